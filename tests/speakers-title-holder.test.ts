// A speaker that is a title and no listed name ("the Bishop said") is the person the text set
// beside that title between commas; with nobody set beside it, the speaker stays as found.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src';

type Case = [text: string, speakers: (string | null)[]];

const speakersOf = (text: string): (string | null)[] => analyzeReview(text).quotes.map((q) => q.speaker?.name ?? null);

const cases: Case[] = [
  // the title first, then the person between commas, with titles of their own before the name
  ['The Bishop of Leeds, the Rt Rev Dr Alan Brook, called the film “a fine thing”. The Bishop said: “It moved me.”', ['Dr Alan Brook', 'Dr Alan Brook']],
  ['The Sheriff of Lund, Sir Alan Brook, came late. The Sheriff said: “Go home.”', ['Sir Alan Brook']],
  ['The Cardinal, Dr Alan Brook, came late. The Cardinal said: “Go home.”', ['Dr Alan Brook']],
];

const unchanged: Case[] = [
  // nobody set beside the title
  ['The Bishop said: “It moved me.”', ['Bishop']],
];

describe('a title as speaker is the person set beside it', () => {
  it.each(cases)('%s', (text, speakers) => {
    expect(speakersOf(text)).toEqual(speakers);
  });
});

describe('a title with nobody beside it stays as found', () => {
  it.each(unchanged)('%s', (text, speakers) => {
    expect(speakersOf(text)).toEqual(speakers);
  });
});
