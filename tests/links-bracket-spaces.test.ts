// A bracket typed with a space just inside it ("C ( A)", "C ( A )") casts as a tight one does:
// careless typing leaves such spaces, and the names in it are the same. Sentences are made up.
import { describe, expect, it } from 'vitest';
import { sortedLinks as links } from './helpers/links';

describe('a space inside the bracket after a part', () => {
  it.each([
    ['a space after the opening bracket', 'In the second act Tobin ( Mara Quell) finally leaves the farm.', [['Tobin', 'Mara Quell']]],
    ['a space on both sides', 'In the second act Tobin ( Mara Quell ) finally leaves the farm.', [['Tobin', 'Mara Quell']]],
    ['two parts, one bracket spaced', 'Orla (Dana Moss) is the sister of Tobin ( Mara Quell). The ending is sad.', [['Orla', 'Dana Moss'], ['Tobin', 'Mara Quell']]],
  ] as const)('%s', (_, text, want) => {
    expect(links(text)).toEqual(want);
  });

  it.each([
    // A bracket of plain words is no casting, spaced or not.
    ['an aside of lower-case words', 'In the second act Tobin ( the younger brother ) finally leaves the farm.'],
  ] as const)('no link: %s', (_, text) => {
    expect(links(text)).toEqual([]);
  });
});
