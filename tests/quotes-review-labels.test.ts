// A review's labelled parts on lines of their own ("Sound: …", "Enjoyment: …") are no script lines,
// nor is one labelled line alone; a script's speaker labels stay dialogue.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src';

type Case = [text: string, lines: [kind: string, speaker: string | null][]];

const lines = (text: string): [string, string | null][] => analyzeReview(text).quotes.map((q) => [q.kind, q.speaker?.name ?? null]);

const cases: Case[] = [
  // a review rated part by part
  ['Story: The arc drags for ten episodes before anything happens.\n\nSound: The dub carries it, the score less so.\n\nEnjoyment: I finished it out of spite.', []],
  ['Overall: Too long by half, but the finale lands.', []],
  ['A rental I regret.\n\nEye Candy: two car chases and a burning pier\n\nMy Grade: C-', []],
  // one labelled line alone is no exchange: an aside to the reader or a title before a colon
  ['The studio cut the best scene.\n\nHey Studio: people noticed, and they will not forget.', []],
  ['I watched it twice.\n\nBad Harvest: The Long Winter follows a farm family through a storm.', []],
  // ... unless it is set off as a quoted script line
  ['The best exchange comes late.\n\n> RICK: Whatever happened to the boat we bought?', [['dialogue', 'RICK']]],
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
