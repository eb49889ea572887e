// A "person" every mention of whom stands where an outlet does ("told the X", "in an interview with
// the X", "writing in the X") is an outlet: never a speaker, nor a rival for "he" / "she". A name
// after "told" without an article is still a person.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src';
import { isOutlet } from '../src/stages/6-speakers/phrases';

type Case = [text: string, speakers: (string | null)[]];

const speakersOf = (text: string): (string | null)[] =>
  analyzeReview(text).quotes.map((q) => q.speaker?.name ?? null);

const cases: Case[] = [
  // a show named after its host, only ever an outlet here: no rival for "she"
  [
    'Ruth Vance won the prize. In an interview with the Sandra Kessler Show, her agent said she was "over the moon about it". "It is a quiet film about loud people," she said.',
    [null, 'Ruth Vance'],
  ],
  // the same name told something, without an article: a person, so "she" stays unclear
  [
    'Ruth Vance won the prize. Her agent told Sandra Kessler she was "over the moon about it". "It is a quiet film about loud people," she said.',
    [null, null],
  ],
];

const outletNames: [name: string, outlet: boolean][] = [
  ['Herald-Mail', true],
  ['Sky One', true],
  ['Washington Post', true],
  ['Sandra Kessler', false],
];

describe('a name used only as an outlet is no one', () => {
  it.each(cases)('%s', (text, speakers) => {
    expect(speakersOf(text)).toEqual(speakers);
  });
  it.each(outletNames)('%s is an outlet by its words: %s', (name, outlet) => {
    expect(isOutlet(name)).toBe(outlet);
  });
});
