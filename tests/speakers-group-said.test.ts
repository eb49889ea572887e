// A quote whose own attribution names a group ("“…” they asked themselves", "“…,” we said") is
// the group's: no one person found by the quotes around it is its speaker.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src';

type Case = [text: string, speakers: (string | null)[]];

const speakersOf = (text: string): (string | null)[] =>
  analyzeReview(text).quotes.map((q) => q.speaker?.name ?? null);

const cases: Case[] = [
  [
    'Ana Lind formed the band in May. She told reporters the group were tired of dull music. "We want people to dance." The band had a question they asked every time they wrote a song, Lind said. "Where is the fun in that?" they pondered at every stage.',
    ['Ana Lind', null],
  ],
  // one person's own attribution keeps her quote
  ['Ana Lind formed the band in May. "We love it," she said.', ['Ana Lind']],
];

describe('a quote a group is said to say has no one person as speaker', () => {
  it.each(cases)('%s', (text, speakers) => {
    expect(speakersOf(text)).toEqual(speakers);
  });
});
