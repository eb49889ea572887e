// "She said" after a sentence that reports one person through a relative clause ("… for Weller,
// 52, who told reporters she …") means that person, even when another person of that gender was
// named before, as long as no other person the sentence names could be meant; a clause of another
// verb ("who paused to sign autographs") only for a person plainly of the pronoun's gender.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src';

type Case = [text: string, speakers: (string | null)[]];

const speakersOf = (text: string): (string | null)[] => analyzeReview(text).quotes.map((q) => q.speaker?.name ?? null);

const cases: Case[] = [
  // the subject of a clause of any verb, plainly of the pronoun's gender
  [
    'Mia Roth and Anna Weller arrived together. The loudest cheer was for Anna Weller, who stopped to sign autographs. She said the welcome was "louder than any stadium".',
    ['Anna Weller'],
  ],
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
  // a clause of another verb on a person whose gender the text does not show, two men named before
  [
    'Tomas Berg and Ivo Brandt shared a car to the festival. The jury prize went to Kerr, who lives in Oslo. "Half of us still cannot feel our toes," he said.',
    [null],
  ],
  // two women named in the sentence itself: either could be meant
  ['It was a shared award for Anna Weller and Mia Roth, who told reporters she was stunned. "I only came for the free dinner," she said.', [null]],
];

describe('the person a relative clause reports', () => {
  it.each(cases)('%s', (text, want) => expect(speakersOf(text)).toEqual(want));
  it.each(mustNot)('not: %s', (text, want) => expect(speakersOf(text)).toEqual(want));
});
