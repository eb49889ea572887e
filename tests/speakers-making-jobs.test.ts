// "The director said": a job in the making of a work as a speaker means the one person the text
// gave that job ("X will direct", "directed by X", "director X"), never merely the person named
// last; two people given it, or nobody, leave the quote without a speaker. A pronoun after such a
// quote goes on with the person found.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src';

type Case = [text: string, speakers: (string | null)[]];

const speakersOf = (text: string): (string | null)[] =>
  analyzeReview(text).quotes.map((q) => q.speaker?.name ?? null);

const holders: Case[] = [
  ['Marta Kell will direct the new adaptation of the novel. The director said it was "a wonderful book".', ['Marta Kell']],
  ['Tom Brand will produce the film and Ana Voss will direct it. "We start in May," the director said.', ['Ana Voss']],
  ['Tom Brand will produce the film and Ana Voss will direct it. "We start in May," the producer said.', ['Tom Brand']],
  ['Ben Hart, who directed the first film, is back. "It is like coming home," the director said.', ['Ben Hart']],
  ['Ben Hart was directed by Lia Moor in the play. "She was strict," the director said.', ['Lia Moor']],
  [
    'Rob Lane has been chosen to direct the film of the novel. The director said he was "thrilled" with the project. "It is a wonderful book," he said.',
    ['Rob Lane', 'Rob Lane'],
  ],
];

const nobody: Case[] = [
  // two people given the job: the text does not say which one speaks
  ['Ben Hart directed the first film and Lia Moor directed the second. The director said it was "a joy".', [null]],
  ['Director Ben Hart and Lia Moor, who directed the sequel, met on Monday. "It went well," the director said.', [null]],
];

describe('a job in the making of a work speaks as the one person given it', () => {
  it.each(holders)('%s', (text, speakers) => {
    expect(speakersOf(text)).toEqual(speakers);
  });
});

describe('a job given to two people, or to nobody, names no speaker', () => {
  it.each(nobody)('%s', (text, speakers) => {
    expect(speakersOf(text)).toEqual(speakers);
  });
});
