// An initialism is two or more capital letters and nothing else: "the FCC said" names a body,
// "LAPD" opens no part; a capitalised word, one letter or a mixed word is not one.
import { describe, expect, it } from 'vitest';
import { isInitialism } from '../src/text/chars';

describe('isInitialism', () => {
  it.each([
    ['FCC', true],
    ['AFI', true],
    ['ÉTÉ', true],
    ['NYPD', true],
    ['A', false],
    ['Ada', false],
    ['McD', false],
    ['R2', false],
    ['', false],
  ] as const)('%j → %s', (word, expected) => {
    expect(isInitialism(word)).toBe(expected);
  });
});
