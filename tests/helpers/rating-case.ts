// One row of a findRating table: the value and scale read, and the text the rating's offsets give
// back, or no rating at all.
import { expect } from 'vitest';
import { findRating } from '../../src/stages/7-rating';

/** What a row expects: the rating read and the exact text its offsets cover, or null for none. */
export type RatingAt = { value: number; scale: number; text: string } | null;

/** Asserts that `findRating(text)` reads `want` (value, scale and the text at its offsets), or nothing. */
export function expectRatingAt(text: string, want: RatingAt): void {
  const r = findRating(text);
  if (want === null) {
    expect(r).toBeNull();
    return;
  }
  expect(r).toMatchObject({ value: want.value, scale: want.scale });
  expect(text.slice(r!.start, r!.end)).toBe(want.text);
}
