import { describe, expect, it } from 'vitest';
import { hasHyphen, hyphenParts, isLower, isUpper } from '../src/text/chars';

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

  it.each([
    ['mary-kate', ['mary', 'kate']],
    ['ji‐woo', ['ji', 'woo']],
    ['ann‑marie-claire', ['ann', 'marie', 'claire']],
    ['plain', ['plain']],
    ['em–dash', ['em–dash']],
    ['-lead', ['', 'lead']],
  ])('hyphenParts(%j) is %j', (word, want) => {
    expect(hyphenParts(word)).toEqual(want);
  });

  it.each([
    ['well-known', true],
    ['non‑stop', true],
    ['pre‐war', true],
    ['1990–1995', false],
    ['a — b', false],
    ['word', false],
  ])('hasHyphen(%j) is %s', (s, want) => {
    expect(hasHyphen(s)).toBe(want);
  });
});
