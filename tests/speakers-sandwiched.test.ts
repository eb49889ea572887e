// In a report, a paragraph that is only a quote, between quotes of one person in the paragraphs
// before and after it, with nobody else named between, is that person's too. Someone else named
// between, or a novel's dialogue, leaves it unattributed.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src';

type Case = [text: string, speakers: (string | null)[]];

const speakersOf = (text: string): (string | null)[] => analyzeReview(text).quotes.map((q) => q.speaker?.name ?? null);

const cases: Case[] = [
  [
    'The critic Nora Vance expects a good night for the film.\n\n“It could take four prizes,” said Nora Vance. Vance also tipped the score, and added that the sound team had a chance.\n\n“There is a warmth to this film that voters like.”\n\n“It has the best cast of the year,” said Ms Vance.',
    ['Nora Vance', 'Nora Vance', 'Ms Vance'],
  ],
  // another person named between: unclear
  [
    'The critic Nora Vance expects a good night for the film.\n\n“It could take four prizes,” said Nora Vance. Producer Ida Brandt disagreed.\n\n“There is a warmth to this film that voters like.”\n\n“It has the best cast of the year,” said Ms Vance.',
    ['Nora Vance', null, 'Ms Vance'],
  ],
];

describe('a quote paragraph between two of one person’s quotes', () => {
  it.each(cases)('%s', (text, speakers) => {
    expect(speakersOf(text)).toEqual(speakers);
  });
});
