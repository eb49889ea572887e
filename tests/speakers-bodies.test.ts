// A report has a body speak ("the Harbour Arts Council said"): the reference readings credit the
// body, named whole, with its statement. A person the text names with a title, a rank or a role
// beside such a body keeps their own quote.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src';

type Case = [text: string, speakers: (string | null)[]];

const speakersOf = (text: string): (string | null)[] => analyzeReview(text).quotes.map((q) => q.speaker?.name ?? null);

const bodies: Case[] = [
  ['The Harbour Arts Council said in a statement: “We are delighted with the result.”', ['Harbour Arts Council']],
  ['Netherby Broadcasting said: “The show will return next spring.”', ['Netherby Broadcasting']],
];

const people: Case[] = [
  // a person after the body's statement keeps their own quote
  ['The Glass Awards said: “It was a triumph.” Mara Quint, its chair, added: “We hope to return.”', ['Glass Awards', 'Mara Quint']],
  ['“We are delighted with the result,” said Mara Quint.', ['Mara Quint']],
  ['Judge Mara Quint said: “The appeal is dismissed.”', ['Mara Quint']],
];

describe('a body that speaks in a report is named whole as the speaker', () => {
  it.each(bodies)('%s', (text, speakers) => {
    expect(speakersOf(text)).toEqual(speakers);
  });
});

describe('people named beside a body keep their quotes', () => {
  it.each(people)('%s', (text, speakers) => {
    expect(speakersOf(text)).toEqual(speakers);
  });
});
