import { describe, expect, it } from 'vitest';
import { findRating } from '../../src/stages/7-rating';
import type { Rating } from '../../src/types';

// "N out of M" is tried only near each "out of", and a given letter grade only after each " a":
// these hold the matches a search of the whole text finds (each in order, none starting inside the
// one before), at the text's start, in capitals, after a half, next to shares and counts.
const CASES: [string, Rating | null][] = [
  ['7 out of 10', { value: 7, scale: 10, start: 0, end: 11 }],
  ['Three and a half out of five, easily.', { value: 3.5, scale: 5, start: 0, end: 28 }],
  ['***1/2 out of 4', { value: 3.5, scale: 4, start: 0, end: 15 }],
  ['3 1/2 outta 5 for me', { value: 3.5, scale: 5, start: 0, end: 13 }],
  ['OUT OF TEN? I give it 8 OUT OF 10.', { value: 8, scale: 10, start: 22, end: 33 }],
  ['Rated 100.25 out of 100 by me, 9.5 out of 10 by him.', { value: 9.5, scale: 10, start: 31, end: 44 }],
  ['x7 out of 10 and then 6 out of 10 out of 10', { value: 6, scale: 10, start: 22, end: 33 }],
  ['4 out of 5 dentists agree; I say 3 out of 5.', { value: 3, scale: 5, start: 33, end: 43 }],
  ['8 out of 10 of his jokes land, so 6 out of 10.', { value: 6, scale: 10, start: 34, end: 45 }],
  ['I give it a B+.', { value: 9, scale: 12, start: 12, end: 14 }],
  ['I give it an A-', { value: 10, scale: 12, start: 13, end: 15 }],
  ['I would give it a solid B.', { value: 8, scale: 12, start: 24, end: 25 }],
  ['It gets a well-deserved A.', { value: 11, scale: 12, start: 24, end: 25 }],
  ['Gets a solid A', { value: 11, scale: 12, start: 13, end: 14 }],
  ['a a B and a an A', null],
  ['I give it a Disney seal.', null],
  ['A B-movie gets a F', null],
];

describe('rating places found from their literal words', () => {
  it.each(CASES)('%s', (text, rating) => {
    expect(findRating(text, text.toLowerCase())).toEqual(rating);
  });
});

describe('a text whose lower case is longer than itself', () => {
  // `İ` lowers to two code units: the places found in the lower-case text must still be the
  // text's own, so a heading of dotted capitals keeps its rating where it stands.
  const dotted = 'İ'.repeat(30);
  it.each([
    [`${dotted} Verdict: 8 out of 10 stars`, { value: 8, scale: 10, start: 40, end: 57 }],
    [`${dotted} Verdict: 4 stars out of 5`, { value: 4, scale: 5, start: 40, end: 56 }],
  ] as const)('%s', (text, rating) => {
    expect(findRating(text)).toEqual(rating);
  });
});
