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
  ['RICK: Of all the gin joints in all the towns in all the world.\nSAM: Play it once more, for old times.', [['dialogue', 'RICK'], ['dialogue', 'SAM']]],
];

describe('script lines, not a review’s labelled parts', () => {
  it.each(cases)('%j', (text, want) => {
    expect(lines(text)).toEqual(want);
  });
});
