// A report has a body speak ("the Harbour Arts Council said"): its statement has no person as
// speaker, so the quote, and the quotes that go on with it, are given nobody. A person the text
// names with a title, a rank or a role beside such a body keeps their quote.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src';

type Case = [text: string, speakers: (string | null)[]];

const speakersOf = (text: string): (string | null)[] => analyzeReview(text).quotes.map((q) => q.speaker?.name ?? null);

const bodies: Case[] = [
  ['The Harbour Arts Council said in a statement: “We are delighted with the result.”', [null]],
  ['Netherby Broadcasting said: “The show will return next spring.”', [null]],
  ['The Glass Awards said the night was “a triumph for everyone”.', [null]],
  ['The Northern Writers Guild said: “We are shocked.”', [null]],
  // the quote after the body's goes on with the body: nobody either
  ['The Harbour Arts Council said: “We are delighted.” “The gallery opens in May.”', [null, null]],
];

const people: Case[] = [
  // a person after the body's statement keeps their own quote
  ['The Glass Awards said: “It was a triumph.” Mara Quint, its chair, added: “We hope to return.”', [null, 'Mara Quint']],
  ['“We are delighted with the result,” said Mara Quint.', ['Mara Quint']],
  ['Judge Mara Quint said: “The appeal is dismissed.”', ['Mara Quint']],
];

describe('a body that speaks in a report is no speaker', () => {
  it.each(bodies)('%s', (text, speakers) => {
    expect(speakersOf(text)).toEqual(speakers);
  });
});

describe('people named beside a body keep their quotes', () => {
  it.each(people)('%s', (text, speakers) => {
    expect(speakersOf(text)).toEqual(speakers);
  });
});
