// A lower-case word one space after the word before it goes on with the clause (`X guitarist`,
// `was released`); a capital, a mark or a line break before it does not.
import { describe, expect, it } from 'vitest';
import { isSpacedLower, spacedLower } from '../src/text/spaced-lower';
import { scanWords } from '../src/text/words';

const wordsOf = (text: string) => scanWords(text, text.toLowerCase());

describe('a lower-case word after a space', () => {
  it.each([
    ['a lower-case word after one space', 'Vell guitarist', 1, 'guitarist'],
    ['a capitalised word', 'Vell Guitarist', 1, undefined],
    ['a word after a comma', 'Vell, guitarist', 1, undefined],
    ['a word after a line break', 'Vell\nguitarist', 1, undefined],
    ['a word past the end', 'Vell guitarist', 2, undefined],
    ['a word before the start', 'Vell guitarist', -1, undefined],
  ] as const)('%s: %s, word %i', (_, text, k, lower) => {
    const words = wordsOf(text);
    expect(spacedLower(words, k)?.lower).toBe(lower);
    expect(isSpacedLower(words[k])).toBe(lower !== undefined);
  });
});
