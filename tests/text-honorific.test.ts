// A title before a name is written with or without its closing dot (`Mr. Vell`, `Mr Vell`); the
// title lists hold it bare, so the readers ask them about the bare form.
import { describe, expect, it } from 'vitest';
import { bareTitle } from '../src/text/bare-title';
import { isHonorific } from '../src/text/honorific';

describe('bareTitle', () => {
  it.each([
    ['a title with its dot', 'mrs.', 'mrs'],
    ['a title with none', 'mrs', 'mrs'],
    ['an abbreviated rank', 'lt.', 'lt'],
    ['only the last of two dots', 'dr..', 'dr.'],
    ['a word that is no title', 'vell.', 'vell'],
  ] as const)('%s: %s', (_, word, bare) => {
    expect(bareTitle(word)).toBe(bare);
  });
});

describe('isHonorific', () => {
  it.each([
    ['a title with its dot', 'dr.', true],
    ['the same title bare', 'dr', true],
    ['a rank written out', 'captain', true],
    ['an abbreviated rank with its dot', 'sgt.', true],
    ['a given name', 'anna', false],
    ['a given name with a dot after it', 'anna.', false],
    ['a title with two dots', 'dr..', false],
  ] as const)('%s: %s', (_, word, expected) => {
    expect(isHonorific(word)).toBe(expected);
  });
});
