// A fragment after an infinitive inside a clause a person reports ("X added that he would go on to
// explain how he “…”") is that person's; an infinitive with no report around it names nobody.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src';

type Case = [text: string, speakers: (string | null)[]];

const speakersOf = (text: string): (string | null)[] =>
  analyzeReview(text).quotes.map((q) => q.speaker?.name ?? null);

const cases: Case[] = [
  ['Lee Dunn quit the band last year. Dunn added that he would go on tour to explain how he "lost the plot".', ['Dunn']],
  ['Lee Dunn said he hoped to explain to fans why the album was "a mess".', ['Lee Dunn']],
  // no person reports the clause
  ['The old van will continue to say "summer" to a whole generation.', [null]],
];

describe('an infinitive inside a reported clause is the reporter’s', () => {
  it.each(cases)('%s', (text, speakers) => {
    expect(speakersOf(text)).toEqual(speakers);
  });
});
