// A review's labelled parts on lines of their own ("Sound: …", "Enjoyment: …") are no script lines;
// a script's speaker labels stay dialogue.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src';

type Case = [text: string, lines: [kind: string, speaker: string | null][]];

const lines = (text: string): [string, string | null][] => analyzeReview(text).quotes.map((q) => [q.kind, q.speaker?.name ?? null]);

const cases: Case[] = [
  // a review rated part by part
  ['Story: The arc drags for ten episodes before anything happens.\n\nSound: The dub carries it, the score less so.\n\nEnjoyment: I finished it out of spite.', []],
  ['Overall: Too long by half, but the finale lands.', []],
  // a script's lines keep their speakers
  ['RICK: Whatever happened to the boat we bought?\nSAM: Sold it, years back, for a song.', [['dialogue', 'RICK'], ['dialogue', 'SAM']]],
  // a character may be called Art or Story: with any label no review part, every line stays
  [
    'ART: Where were you last night?\nMARY: Out with the girls from work.\nART: Until three?\nMARY: Until whenever I like.',
    [['dialogue', 'ART'], ['dialogue', 'MARY'], ['dialogue', 'ART'], ['dialogue', 'MARY']],
  ],
];

describe('script lines, not a review’s labelled parts', () => {
  it.each(cases)('%j', (text, want) => {
    expect(lines(text)).toEqual(want);
  });
});
