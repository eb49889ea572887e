// A speaker whose name the names stage cut short is given whole: a stage name's own "The" inside a
// sentence, a number that stands before every mention of the person ("50 Cent"), and a number of
// two to four digits written right after a name the names stage did not list ("Andre 3000"),
// which then opens its sentence as a person would; not a number counting the noun after it.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src';

type Case = [text: string, speakers: (string | null)[]];

const speakersOf = (text: string): (string | null)[] => analyzeReview(text).quotes.map((q) => q.speaker?.name ?? null);

const cases: Case[] = [
  // a number before every mention of the rapper, the fronted clause naming him before "he said"
  [
    'Rapper 50 Cent opened the charity night in Queens. When 50 Cent walked on stage, he thanked the school choir. "These kids sang better than my whole crew," he said.',
    ['50 Cent'],
  ],
  // "The" capitalised inside a sentence belongs to the stage name
  [
    'Speaking on the radio on Friday, The Game called his old crew "family" and said he wanted peace.',
    ['The Game'],
  ],
  // a number closing a stage name, by the verb and by "he" after a sentence the name opens
  ['“We owe it all to the fans,” said Kilo 3000 after the show.', ['Kilo 3000']],
  ['The duo won two prizes on the night. Marco 3000 thanked the crowd in Lisbon. “We owe it all to the fans,” he said.', ['Marco 3000']],
];

const mustNot: Case[] = [
  // an age before a name, said once: the number is not the name's
  ['Madonna toured for a year. At 45 Madonna told the audience: "I am not slowing down."', ['Madonna']],
  // a year is never part of a name
  ['In 2004 Madonna told the audience: "I am not slowing down."', ['Madonna']],
  // a number counting the noun after the name is no part of it
  ['Madonna thanked the crowd. “You were wonderful,” said Madonna 2000 times that night.', ['Madonna']],
];

describe('whole names of speakers', () => {
  it.each(cases)('%s', (text, want) => expect(speakersOf(text)).toEqual(want));
  it.each(mustNot)('not cut in: %s', (text, want) => expect(speakersOf(text)).toEqual(want));
});
