import { describe, expect, it } from 'vitest';
import { breaksPhrase } from '../src/text/phrase-break';

describe('breaksPhrase: a gap between two words that ends a phrase', () => {
  it.each([
    [' ', false],
    ['', false],
    [', ', false],
    [' - ', false],
    ['. ', true],
    ['! ', true],
    ['? ', true],
    ['; ', true],
    [': ', true],
    [' (', true],
    [') ', true],
    [' [', true],
    ['] ', true],
    ['\n', true],
    [' \n\n ', true],
  ])('%j breaks a phrase: %s', (gap, want) => {
    expect(breaksPhrase(gap)).toBe(want);
  });
});
