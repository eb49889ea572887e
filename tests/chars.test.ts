import { describe, expect, it } from 'vitest';
import { isLower, isUpper } from '../src/text/chars';

describe('character classes', () => {
  it.each([
    ['a', true],
    ['z', true],
    ['é', true],
    ['ß', true],
    ['A', false],
    ['É', false],
    ['1', false],
    [' ', false],
    ['-', false],
    ['', false],
    [undefined, false],
  ])('isLower(%j) is %s', (ch, want) => {
    expect(isLower(ch)).toBe(want);
  });

  it.each([
    ['Q', true],
    ['Ø', true],
    ['q', false],
    ['ø', false],
  ])('isUpper(%j) is %s', (ch, want) => {
    expect(isUpper(ch)).toBe(want);
  });
});
