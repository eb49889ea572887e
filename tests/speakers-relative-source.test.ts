// "She said" after a sentence that reports one person through a relative clause ("… for Weller,
// 52, who told reporters she …") means that person, even when another person of that gender was
// named before, as long as no other person the sentence names could be meant.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src';

type Case = [text: string, speakers: (string | null)[]];

const speakersOf = (text: string): (string | null)[] => analyzeReview(text).quotes.map((q) => q.speaker?.name ?? null);

const cases: Case[] = [
  [
    'Mia Roth and Anna Weller arrived together. It was a first award for Anna Weller, 52, who told reporters she had nearly stayed at home. "I only came for the free dinner," she said.',
    ['Anna Weller'],
  ],
  [
    'Tomas Berg and Ivo Brandt shared a car to the festival. The jury prize went to Tomas Berg, who said his crew had filmed in the snow for months. "Half of us still cannot feel our toes," he said.',
    ['Tomas Berg'],
  ],
];

const mustNot: Case[] = [
  // the relative clause says nothing: no speech verb after "who", and two women were named
  [
    'Mia Roth and Anna Weller arrived together. It was a first award for Anna Weller, 52, who lives in Oslo. "I only came for the free dinner," she said.',
    [null],
  ],
  // two women named in the sentence itself: either could be meant
  ['It was a shared award for Anna Weller and Mia Roth, who told reporters she was stunned. "I only came for the free dinner," she said.', [null]],
];

describe('the person a relative clause reports', () => {
  it.each(cases)('%s', (text, want) => expect(speakersOf(text)).toEqual(want));
  it.each(mustNot)('not: %s', (text, want) => expect(speakersOf(text)).toEqual(want));
});
