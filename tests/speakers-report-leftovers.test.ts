// Report shapes a reader attributes without thinking twice, each with the cases that must stay
// nobody's: a paragraph of quotes carrying on from a run of one person's quotes, a subject set
// after a phrase at the sentence's head (for a view before a quote, and for "he said" read back
// through "He …" sentences), a name reporting a clause right after someone else's quote, the agent
// of a passive labelling verb, a phrase quoted inside a named person's view, a person speaking for
// a body, a group that speaks, and a weekday dating the words after the name. All names invented.
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
    'Rosa Linde has finished her fourth novel. For now, Linde firmly believes that a sequel would be a mistake. “Some stories should stop where they stop.”',
    ['Linde'],
  ],
  [
    'Rosa Linde has finished her fourth novel. At sixty, Linde believes that a sequel would be a mistake. “Some stories should stop where they stop.”',
    ['Linde'],
  ],
];

const frontedViewNobody: Case[] = [
  // a person in the phrase at the head could hold the view as well
  [
    'Rosa Linde has finished her fourth novel. Like Greta Holm, Linde believes that a sequel would be a mistake. “Some stories should stop where they stop.”',
    [null],
  ],
  // a clause with a verb at the head: the subject is no longer plainly the sentence's topic
  [
    'Rosa Linde has finished her fourth novel. When the publisher called, Linde believes the deal was already done. “Some stories should stop where they stop.”',
    [null],
  ],
];

/** "he said" after a sentence he opens, read back to the one whose subject follows a phrase at its head. */
const chain = (head: string): string =>
  `Omar Haddad met Paul Okoro in 1990. ${head}, Haddad trained as a violinist.\n\nHe was known for working fast. “I wrote most of it on the night train,” he said.`;

const chainPastPhrase: Case[] = [
  [chain('Raised in Cairo'), ['Haddad']],
  [chain('In 1985'), ['Haddad']],
  // a clause with a subject of its own at the head: the main clause's subject is the sentence's
  [chain('When the orchestra folded'), ['Haddad']],
];

const chainPastPhraseNobody: Case[] = [
  // another man is named in the phrase at the head
  [chain('Like Sami Nasser'), [null]],
];

/** A name whose verb reports a clause after a quote that ends its sentence. */
const reportedAfter: Case[] = [
  // the same person's run goes on: still theirs
  ['“We trained in a car park,” said Ann Lee. “Nobody gave us a pitch.” Lee said that the new ground was “a dream”.', ['Ann Lee', 'Lee', 'Lee']],
  // the quote is glued to her run in this paragraph: hers; the fragment after is his
  [
    'Ann Lee runs the youth teams. “We train twice a week,” she said. “The parents drive the children everywhere.” Tom Hale said that her work was “beyond praise”.',
    ['Ann Lee', 'Ann Lee', 'Tom Hale'],
  ],
  // across a paragraph break the name keeps the quote, with or without a role word before it
  ['“We were poor,” said captain Ann Lee.\n\n“The referee made mistakes all afternoon.” Tom Hale said he would write to the league.', ['Ann Lee', 'Tom Hale']],
  ['“We were poor,” said captain Ann Lee.\n\n“The referee made mistakes all afternoon.” Manager Tom Hale said he would write to the league.', ['Ann Lee', 'Manager Tom Hale']],
  // a sentence of the writer's between her run and the quote: the name keeps it
  ['“We were poor,” said captain Ann Lee. The rain never stopped. “The referee made mistakes all afternoon.” Tom Hale said he would write to the league.', ['Ann Lee', 'Tom Hale']],
];

/** The agent of a passive labelling verb, after or before the quote. */
const passiveAgent: Case[] = [
  ['The chef retired last year. Lund was hailed as “the best cook I ever trained” by her old mentor Pavel Ruzicka.', ['Pavel Ruzicka']],
  ['The museum bought a vase dubbed by Ilse Marten as “the finest of its age”.', ['Ilse Marten']],
  ['The museum bought a vase dubbed by her friend Ilse Marten as “the finest fake in Europe”.', ['Ilse Marten']],
];

const passiveAgentNobody: Case[] = [
  // the agent is a group or a description, no name
  ['The chef retired last year. Lund was hailed as “the best cook I ever trained” by her old colleagues.', [null]],
  ['The museum bought a vase dubbed by experts as “the finest of its age”.', [null]],
  // the name owns the agent: someone else described it
  ['The museum bought a vase dubbed by Ilse Marten’s assistant as “the finest of its age”.', [null]],
];

/** A quoted phrase inside the view a named person holds (an attributed quote first, so the fragments read as speech). */
const opening = 'The final is on Sunday. “We are ready,” said Ruth Okafor. ';

const view: Case[] = [
  [`${opening}Tom Hale believes the younger players are “hungrier than ever” this season.`, ['Ruth Okafor', 'Tom Hale']],
  [`${opening}Tom Hale, the club’s coach, thinks that there is “nothing left to fear” now.`, ['Ruth Okafor', 'Tom Hale']],
];

const viewNobody: Case[] = [
  // no one named holds the view
  [`${opening}Most pundits believe the younger players are “hungrier than ever” this season.`, ['Ruth Okafor', null]],
  // another person between the view and the quote could own the words
  [`${opening}Tom Hale thinks Dan Pyke’s side is “hungrier than ever” this season.`, ['Ruth Okafor', null]],
  // a pronoun between, of either gender or none: whose words is unclear
  [`${opening}Tom Hale thinks he is “hungrier than ever” this season.`, ['Ruth Okafor', null]],
  [`${opening}Tom Hale thinks they are “hungrier than ever” this season.`, ['Ruth Okafor', null]],
  [`${opening}Tom Hale thinks it is “nothing to fear” at all.`, ['Ruth Okafor', null]],
];

/** "expressed" gives a feeling in the person's words. */
const expressed: Case[] = [
  ['Hanna Berg lost two drafts in the fire. Berg expressed her thanks to the crews who “worked through the night”.', ['Berg']],
  ['Hanna Berg lost two drafts in the fire. She expressed relief that the rest was “safely backed up”.', ['Hanna Berg']],
];

const expressedNobody: Case[] = [
  // a group's feeling: nobody
  ['The drafts were never found. Readers expressed relief that the rest was “safely backed up”.', [null]],
];

/** A person named as a member of a body, opening the sentence, speaks, not the body; a group opening the sentence is nobody. */
const member: Case[] = [
  ['The path will close in May. Ben Orr of the Walkers Trust has warned that it is “close to collapse”.', ['Ben Orr']],
  ['The kilns arrived on Monday. Tom Hale from the Potters’ Guild told members they were “a gift to us all”.', ['Tom Hale']],
  // words describing the body, in lower case, between "of" and its name; a body in lower case
  ['The path will close in May. Ben Orr of walking charity Footfall said it was “close to collapse”.', ['Ben Orr']],
  ['The path will close in May. Ben Orr of the local ramblers’ trust said it was “close to collapse”.', ['Ben Orr']],
  // a body's name the tagger reads as a verb is still its name
  ['The kilns arrived on Monday. Tom Hale of the Potters Guild said they were “a gift to us all”.', ['Tom Hale']],
  // a body speaking is named whole, not by its last word
  ['The grants were cut in March. The Society of Authors said in a letter: “We are deeply worried.”', ['Society of Authors']],
];

const memberNobody: Case[] = [
  ['The plan was announced on Monday. Teachers said it had been “rushed through”.', [null]],
  ['The crash closed the road. Police said the driver had been “very lucky”.', [null]],
  ['The ward reopened last week. Nurses said the new rota was “far better”.', [null]],
  ['The film opened last week. Critics said it was “far too long”.', [null]],
];

/** Someone else speaks: the person named before "of" / "from" does not open the sentence. */
const memberNotSpeaker: [text: string, notSpeaker: string][] = [
  ['The claim was filed in June. Lawyers for Ben Orr of the Walkers Trust said it was “without merit”.', 'Ben Orr'],
  ['The claim was filed in June. The daughter of Ben Orr of the Walkers Trust said it was “without merit”.', 'Ben Orr'],
  ['The claim was filed in June. Supporters of Tom Hale from the Potters’ Guild said it was “without merit”.', 'Tom Hale'],
];

/** A weekday after the speaker's name dates the words. */
const weekday: Case[] = [
  ['“We shot the whole film in a month,” said Novak Tuesday.', ['Novak']],
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

describe('a name reporting a clause after a closed quote speaks it unless the quote is glued to someone else’s run in its paragraph', () => {
  it.each(reportedAfter)('%s', (text, speakers) => expect(speakersOf(text)).toEqual(speakers));
});

describe('the agent of "was described as … by X" and "described by X as …"', () => {
  it.each(passiveAgent)('%s', (text, speakers) => expect(speakersOf(text)).toEqual(speakers));
  it.each(passiveAgentNobody)('stays nobody: %s', (text, speakers) => expect(speakersOf(text)).toEqual(speakers));
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
  it.each(memberNotSpeaker)('not the person named before the body: %s', (text, name) => {
    const [speaker] = speakersOf(text);
    expect(speaker).not.toBe(name);
    expect(speakersOf(text)).toHaveLength(1);
  });
});
