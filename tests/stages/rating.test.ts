import { describe, expect, it } from 'vitest';
import { findRating } from '../../src/stages/7-rating';
import type { Rating } from '../../src/types';

// The rating stage alone: the view of a text in, the writer's last explicit score out (value, scale
// and the span it was read from), or null.
const WHOLE: [string, Rating | null][] = [
  ['Final verdict: 8/10 for the chemistry alone.', { value: 8, scale: 10, start: 15, end: 19 }],
  ['★★★★☆ from this viewer, who cried twice.', { value: 4, scale: 5, start: 0, end: 5 }],
  ['All told I would give it 4 out of 5.', { value: 4, scale: 5, start: 25, end: 35 }],
  ['Too early to score it: I am two episodes in, out of 16.', null],
  ['No score this time, just a few thoughts on the finale.', null],
];

describe('findRating: text in, rating out', () => {
  it.each(WHOLE)('%j → %o', (text, rating) => {
    expect(findRating(text)).toEqual(rating);
  });
});

// How reviewers write a score, each with the value and scale it means and the words it spans.
describe('findRating reads the usual ways of writing a score', () => {
  it.each([
    ['The finale let me down: 8 of 10 stars anyway.', 8, 10, '8 of 10 stars'],
    ['Worth a watch, 4/5.', 4, 5, '4/5'],
    ['I land on three and a half stars for this one.', 3.5, 5, 'three and a half stars'],
    ['My honest score is 3.5 out of 5.', 3.5, 5, '3.5 out of 5'],
    ['Overall ★★★★☆', 4, 5, '★★★★☆'],
    ['Overall ★★★½', 3.5, 5, '★★★½'],
    ['Overall ★★½☆☆', 2.5, 5, '★★½☆☆'],
    ['Overall ☆☆☆☆☆, sadly.', 0, 5, '☆☆☆☆☆'],
    ['A slog; half a star is generous.', 0.5, 5, 'half a star'],
    ['It earns 4½ stars from me.', 4.5, 5, '4½ stars'],
    ['Seven out of ten stars, and I mean it.', 7, 10, 'Seven out of ten stars'],
    ['I would say 3 stars out of 4.', 3, 4, '3 stars out of 4'],
    ['Two and a half stars for the acting alone.', 2.5, 5, 'Two and a half stars'],
    ['An easy 9 / 10.', 9, 10, '9 / 10'],
    ['Score 72/100 overall.', 72, 100, '72/100'],
    ['Five stars, then on reflection 4/5.', 4, 5, '4/5'],
    ['Act 2 drags; 3/4 for it.', 3, 4, '3/4'],
    ['Two leads, one verdict: 4 stars.', 4, 5, '4 stars'],
    ['Against the odds it won me over: 4/5.', 4, 5, '4/5'],
  ] as const)('%j → %d of %d', (text, value, scale, words) => {
    const r = findRating(text);
    expect(r).toMatchObject({ value, scale });
    expect(text.slice(r?.start, r?.end)).toBe(words);
  });

  it.each([
    'We watched 2 of 6 episodes before bed.',
    'The cast includes someone stars adore.',
    'She won 3 of 10 stars of the year awards.',
    'Ten stars would not be enough.',
    'The poster shows ★★ and a moon.',
    'A ☆★★ pattern on the wall.',
    'Rated for ages 12/13 and up.',
    'Three and a half hours long.',
    'Nine out of 10 of the gags fall flat.',
    'I fell asleep 3/4 of the way through.',
    'It runs an hour and 3/4 and feels longer.',
    'The two stars have no chemistry at all.',
    'Her three stars carry the film.',
    'Made by Five Star Pictures in a hurry.',
    'Bookmakers offered odds of 1/4 on her leaving first.',
    'He was odds on at 2/5 to go first.',
    'The novel is now the 4/5 favourite for the prize.',
    'Punters made the comedian a 1/10 shot.',
  ])('%j has no rating', (text) => {
    expect(findRating(text)).toBeNull();
  });
});
