// Report shapes a reader attributes without thinking twice, each with the cases that must stay
// nobody's: a paragraph of quotes carrying on from a run of one person's quotes, a subject set
// after a phrase at the sentence's head (for a view before a quote, and for "she said" read back
// through "She …" sentences), a name reporting a clause right after someone else's quote, a
// surname the names stage cut off ("May"), the agent of a passive labelling verb, a phrase quoted
// inside a named person's view, and a weekday dating the words after the name.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src';

type Case = [text: string, speakers: (string | null)[]];

const speakersOf = (text: string): (string | null)[] => analyzeReview(text).quotes.map((q) => q.speaker?.name ?? null);

/** Quotes opening a paragraph after one closed by a run of one person's quoted statements, with no attribution of their own. */
const nextParagraph: Case[] = [
  [
    'The chef opened a second restaurant last spring.\n\nAsked about the reviews, Marta Kowalczyk said: “I never read them.” “Nobody in the kitchen does.”\n\n“If the tables are full, the critics can say what they like.”',
    ['Marta Kowalczyk', 'Marta Kowalczyk', 'Marta Kowalczyk'],
  ],
  [
    'The chef opened a second restaurant last spring.\n\nMarta Kowalczyk said: “I never read them. “The tables are full.”\n\n“What else would I want?”',
    ['Marta Kowalczyk', 'Marta Kowalczyk', 'Marta Kowalczyk'],
  ],
];

const nextParagraphNobody: Case[] = [
  // a lone quote closing its paragraph leaves the next paragraph's quote open
  [
    'The chef opened a second restaurant last spring.\n\nAsked about the reviews, Marta Kowalczyk said: “I never read them.”\n\n“If the tables are full, the critics can say what they like.”',
    ['Marta Kowalczyk', null],
  ],
  // the run is split by a sentence of the writer's: the second quote is no longer glued to the first
  [
    'The chef opened a second restaurant last spring.\n\nMarta Kowalczyk said: “I never read them.” Her partner laughed. “Nobody does.”\n\n“If the tables are full, the critics can say what they like.”',
    ['Marta Kowalczyk', null, null],
  ],
  // the quote before is a fragment, no statement the speaker goes on with
  [
    'The chef opened a second restaurant last spring.\n\nMarta Kowalczyk called the reviews “beside the point”.\n\n“The tables are full every night.”',
    ['Marta Kowalczyk', null],
  ],
  // the new paragraph's quote is a fragment of its own
  [
    'The chef opened a second restaurant last spring.\n\nMarta Kowalczyk said: “I never read them.”\n\n“wildly overpriced” was the verdict of one guide.',
    ['Marta Kowalczyk', null],
  ],
  // the quote before was never attributed
  ['The chef opened a second restaurant last spring.\n\n“I never read them.”\n\n“The tables are full every night.”', [null, null]],
];

/** A quote after a sentence whose subject holds a view, set after a short phrase at its head. */
const frontedView: Case[] = [
  [
    'Tomas Berg won the prize for his first short. As for the future, Berg firmly believes that short films teach more. “You learn to cut everything you do not need.”',
    ['Berg'],
  ],
  [
    'Tomas Berg won the prize for his first short. In the end, Berg believes that short films teach more. “You learn to cut everything you do not need.”',
    ['Berg'],
  ],
];

const frontedViewNobody: Case[] = [
  // a person in the phrase at the head could hold the view as well
  [
    'Tomas Berg won the prize for his first short. Like Ivo Brandt, Berg believes that short films teach more. “You learn to cut everything you do not need.”',
    [null],
  ],
  // a clause with a verb at the head: the subject is no longer plainly the sentence's topic
  [
    'Tomas Berg won the prize for his first short. When the jury met, Berg believes the vote was close. “You learn to cut everything you do not need.”',
    [null],
  ],
];

/** "she said" after a sentence she opens, read back to the one whose subject follows a phrase at its head. */
const chainPastPhrase: Case[] = [
  [
    'Lena Dorsey co-wrote the 1978 film, which starred Anna Kerr as a nurse. Born in Ohio, Dorsey began as a typist before she worked with Paul Grady.\n\nShe was seen by many as a pioneer. “There were very few women in the room then,” she said in 2003.',
    ['Dorsey'],
  ],
];

const chainPastPhraseNobody: Case[] = [
  // the other woman is named in the phrase at the head
  [
    'Lena Dorsey co-wrote the 1978 film, which starred Anna Kerr as a nurse. Like Anna Kerr, Dorsey began as a typist before she worked with Paul Grady.\n\nShe was seen by many as a pioneer. “There were very few women in the room then,” she said in 2003.',
    [null],
  ],
  // a clause with a subject of its own at the head
  [
    'Lena Dorsey co-wrote the 1978 film, which starred Anna Kerr as a nurse. When the studio closed, Dorsey began as a typist before she worked with Paul Grady.\n\nShe was seen by many as a pioneer. “There were very few women in the room then,” she said in 2003.',
    [null],
  ],
];

/** "He told the crowd:" read back through a sentence whose subject is a description of the person named before it. */
const concert = (who: string, his: string): string =>
  `Hale plays Lyon benefit show\n\nSir Tom Hale has sung at a benefit show in Lyon to raise money for flood victims.\n\nThe British singer played to a 3,000-strong audience on Friday at the city’s old opera house. Money raised will go to a fund which aims to rebuild a school in Dhaka. ${who} played songs from ${his} long career to a crowd which included former French minister Paul Giraud and his wife Anne-Marie. The veteran pop star played the piano throughout the show which lasted for two hours without a break.\n\nHe told the crowd: “I have waited years for this night.”`;

const chainPastDescription: Case[] = [[concert('Sir Tom', 'his'), ['Sir Tom']]];

const chainPastDescriptionNobody: Case[] = [
  // the person the description means is a woman: "he" is unclear
  [concert('Ruth Okafor', 'her'), [null]],
];

/** A name whose verb reports a clause after a quote that ends its sentence. */
const reportedAfter: Case[] = [
  // the same person's run goes on: still theirs
  ['“We were broke,” said Paul Grady. “We slept in the van.” Grady said that the tour was “a joy”.', ['Paul Grady', 'Grady', 'Grady']],
  // the quotes before were hers: the quote is hers, the fragment after is his
  [
    'Lena Dorsey started in 1974. “There were very few women then,” she said. “I had to carve a niche for myself.” Paul Grady said that working with her was “a joy”.',
    ['Lena Dorsey', 'Lena Dorsey', 'Paul Grady'],
  ],
];

/** A surname the names stage cut off a given name ("Brian May", the surname read as a month). */
const cutSurname: Case[] = [
  [
    'Guitarist Brian May has said he expects to tour next year. May said: “The band is rising again.” “We were amazed at the chemistry,” May wrote on his website.',
    ['May', 'May'],
  ],
];

const cutSurnameNobody: Case[] = [
  // the text never wrote the word after a given name: a month, a modal, nobody
  ['The tour starts next year. “We were amazed at the chemistry.” May wrote that the dates would follow.', [null]],
  ['The band met Brian in Leeds. The tour starts in May. “We were amazed at the chemistry.” May wrote that the dates would follow.', [null]],
];

/** The agent of a passive labelling verb, after or before the quote. */
const passiveAgent: Case[] = [
  ['Fletcher died on Monday. Fletcher was described as a “consummate professional” by his friend and fellow broadcaster Michael Pointon.', ['Michael Pointon']],
  ['Thieves took a sapphire described by Sharon Osbourne as “one of the purest in the world”.', ['Sharon Osbourne']],
  ['Thieves took a sapphire described by her friend Sharon Osbourne as a “one-off”.', ['Sharon Osbourne']],
];

const passiveAgentNobody: Case[] = [
  // the agent is a group or a description, no name
  ['Fletcher died on Monday. Fletcher was described as a “consummate professional” by his friends.', [null]],
  ['Thieves took a sapphire described by experts as “one of the purest in the world”.', [null]],
  // the name owns the agent: someone else described it
  ['Thieves took a sapphire described by Sharon Osbourne’s jeweller as “one of the purest in the world”.', [null]],
];

/** A quoted phrase inside the view a named person holds (an attributed quote first, so the fragments read as speech). */
const opening = 'The awards are on Saturday. “It is our year,” said Ruth Okafor. ';

const view: Case[] = [
  [`${opening}The Guardian’s film critic Tom Hale felt that there “might well be” a sweep of awards for the film.`, ['Ruth Okafor', 'Tom Hale']],
  [`${opening}Tom Hale, the paper’s critic, felt that there “might well be” a sweep of awards for the film.`, ['Ruth Okafor', 'Tom Hale']],
];

const viewNobody: Case[] = [
  // no one named holds the view
  [`${opening}Many critics felt that there “might well be” a sweep of awards for the film.`, ['Ruth Okafor', null]],
  // another person between the view and the quote could own the words
  [`${opening}Tom Hale felt that Ivo Marek’s film “might well win” on the night.`, ['Ruth Okafor', null]],
  // a pronoun between: whose words is unclear
  [`${opening}Tom Hale felt that he “might well win” on the night.`, ['Ruth Okafor', null]],
];

/** "expressed" gives a feeling in the person's words, and the run after it goes on with them. */
const expressed: Case[] = [
  [
    'Sharon Osbourne listed the stolen jewels. She expressed her anger at the thief who “wants to take what is yours”. “We worked for everything we have.”',
    ['Sharon Osbourne', 'Sharon Osbourne'],
  ],
];

const expressedNobody: Case[] = [
  // a group's feeling: nobody
  ['The jewels were never found. Fans expressed their anger at the thief who “wants to take what is yours”.', [null]],
];

/** A person named as a member of a body speaks, not the body; a group opening the sentence is nobody. */
const member: Case[] = [
  ['The union is angry. Nigel Fenn from the Musicians’ Union said British players are “held back” by the rules.', ['Nigel Fenn']],
  ['The union is angry. Nigel Fenn of the Players Guild said British players are “held back” by the rules.', ['Nigel Fenn']],
  // a body speaking is named whole, not by its last word
  ['The drama began on Sunday. The Muslim Council of Britain said in a statement: “We are deeply concerned by the portrayal.”', ['Muslim Council of Britain']],
];

const memberNobody: Case[] = [
  ['The festival ended on Sunday. Judges said the film handled its subject with “great care”.', [null]],
  ['The trial went on. Witnesses have told the court the actor “looked nervous” that night.', [null]],
  ['The film opened last week. Critics said the film was “far too long”.', [null]],
];

/** A weekday after the speaker's name dates the words. */
const weekday: Case[] = [
  ['“We shot the whole film in a month,” said Spielberg Tuesday.', ['Spielberg']],
  ['“We shot the whole film in a month,” said director Hana Novak Friday.', ['Hana Novak']],
  ['“We shot the whole film in a month,” said Tuesday Weld.', ['Tuesday Weld']],
];

const weekdayNobody: Case[] = [
  // a day alone names nobody
  ['“We shot the whole film in a month,” said Tuesday.', [null]],
];

describe('a paragraph of quotes goes on with the speaker of the paragraph before', () => {
  it.each(nextParagraph)('%s', (text, speakers) => expect(speakersOf(text)).toEqual(speakers));
  it.each(nextParagraphNobody)('stays nobody: %s', (text, speakers) => expect(speakersOf(text)).toEqual(speakers));
});

describe('a view held by the subject after a phrase at the head of its sentence', () => {
  it.each(frontedView)('%s', (text, speakers) => expect(speakersOf(text)).toEqual(speakers));
  it.each(frontedViewNobody)('stays nobody: %s', (text, speakers) => expect(speakersOf(text)).toEqual(speakers));
});

describe('a weekday after the name is no part of it', () => {
  it.each(weekday)('%s', (text, speakers) => expect(speakersOf(text)).toEqual(speakers));
  it.each(weekdayNobody)('stays nobody: %s', (text, speakers) => expect(speakersOf(text)).toEqual(speakers));
});

describe('a pronoun chain reads its subject past a phrase at the head of a sentence', () => {
  it.each(chainPastPhrase)('%s', (text, speakers) => expect(speakersOf(text)).toEqual(speakers));
  it.each(chainPastPhraseNobody)('stays nobody: %s', (text, speakers) => expect(speakersOf(text)).toEqual(speakers));
});

describe('a name reporting a clause after a closed quote speaks it only when the run before is theirs', () => {
  it.each(reportedAfter)('%s', (text, speakers) => expect(speakersOf(text)).toEqual(speakers));
});

describe('a surname cut off a given name the text wrote before it', () => {
  it.each(cutSurname)('%s', (text, speakers) => expect(speakersOf(text)).toEqual(speakers));
  it.each(cutSurnameNobody)('stays nobody: %s', (text, speakers) => expect(speakersOf(text)).toEqual(speakers));
});

describe('the agent of "was described as … by X" and "described by X as …"', () => {
  it.each(passiveAgent)('%s', (text, speakers) => expect(speakersOf(text)).toEqual(speakers));
  it.each(passiveAgentNobody)('stays nobody: %s', (text, speakers) => expect(speakersOf(text)).toEqual(speakers));
});

describe('a pronoun chain reads back through a description of the person named before', () => {
  it.each(chainPastDescription)('%s', (text, speakers) => expect(speakersOf(text)).toEqual(speakers));
  it.each(chainPastDescriptionNobody)('stays nobody: %s', (text, speakers) => expect(speakersOf(text)).toEqual(speakers));
});

describe('a quoted phrase inside a named person’s view', () => {
  it.each(view)('%s', (text, speakers) => expect(speakersOf(text)).toEqual(speakers));
  it.each(viewNobody)('stays nobody: %s', (text, speakers) => expect(speakersOf(text)).toEqual(speakers));
});

describe('a feeling expressed in the person’s words', () => {
  it.each(expressed)('%s', (text, speakers) => expect(speakersOf(text)).toEqual(speakers));
  it.each(expressedNobody)('stays nobody: %s', (text, speakers) => expect(speakersOf(text)).toEqual(speakers));
});

describe('a member of a body speaks; a group is nobody', () => {
  it.each(member)('%s', (text, speakers) => expect(speakersOf(text)).toEqual(speakers));
  it.each(memberNobody)('stays nobody: %s', (text, speakers) => expect(speakersOf(text)).toEqual(speakers));
});
