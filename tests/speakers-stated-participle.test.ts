// A saying participle right after an adjective, with no comma ("he had been reluctant saying he
// “…”"), is the sentence's subject's, as after a comma; after a noun it names nobody.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src';

type Case = [text: string, speakers: (string | null)[]];

const speakersOf = (text: string): (string | null)[] =>
  analyzeReview(text).quotes.map((q) => q.speaker?.name ?? null);

const cases: Case[] = [
  ['Tessa Marlowe turned the part down at first. She was doubtful saying the script felt "thin and rushed".', ['Tessa Marlowe']],
  ['Owen Farrell left the stage early. He seemed visibly shaken adding that the crowd had been "cruel beyond words".', ['Owen Farrell']],
  ['Owen Farrell looked unhappy saying the tour was "over for now".', ['Owen Farrell']],
  // after a noun, the participle is its noun's: a sign, not the person
  ['Owen Farrell walked past a sign saying "closed for repairs".', [null]],
];

describe('a saying participle after an adjective is the subject’s', () => {
  it.each(cases)('%s', (text, speakers) => {
    expect(speakersOf(text)).toEqual(speakers);
  });
});
