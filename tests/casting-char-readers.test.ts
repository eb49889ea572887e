// The casting readers read characters and the pronouns `he` and `she` by code unit, not with a
// regular expression per character: these cases say they answer as the expressions did. The
// sentences are made up.
import { describe, expect, it } from 'vitest';
import { heOrSheAt } from '../src/stages/4-names/link-casting-create';
import { isRunChar } from '../src/stages/4-names/link-casting-words';

/** Every whole-word `he` or `she` of `lower`, by start, as the reader finds them one after another. */
function pronounStarts(lower: string): number[] {
  const out: number[] = [];
  for (let at = heOrSheAt(lower, 0); at >= 0; at = heOrSheAt(lower, at + (lower[at] === 's' ? 3 : 2))) out.push(at);
  return out;
}

describe('isRunChar: a character of a word of a name', () => {
  it.each([
    ['a small letter', 'q', true],
    ['a capital', 'Z', true],
    ['a digit', '7', true],
    ['a dot', '.', true],
    ['a straight apostrophe', "'", true],
    ['a curly apostrophe', '’', true],
    ['a hyphen', '-', true],
    ['a letter with an accent', 'ø', true],
    ['a Devanagari digit', '४', true],
    ['a space', ' ', false],
    ['a comma', ',', false],
    ['a bracket', '(', false],
    ['an en dash', '–', false],
    ['an underscore', '_', false],
  ] as const)('%s', (_, ch, want) => {
    expect(isRunChar(ch)).toBe(want);
  });

  it('answers as the expression it stands for on every code unit of the first plane', () => {
    const runChar = /[\p{L}\p{Nd}.'’-]/u;
    const wrong: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if (isRunChar(ch) !== runChar.test(ch)) wrong.push(c);
    }
    expect(wrong).toEqual([]);
  });
});

describe('heOrSheAt: the whole words he and she', () => {
  it.each([
    ['both pronouns', 'then she left and he stayed.', [5, 18]],
    ['at the very start and end', 'he said so to she', [0, 14]],
    ['inside longer words', 'the shelf, ashen sheets and hello there', []],
    ['after a digit or an underscore', '2he x_she', []],
    ['with an apostrophe after', "she's sure he'd come", [0, 11]],
    ['after a letter outside ASCII', 'éhe and éshe', [1, 9]],
    ['next to marks', '(he)-she.', [1, 5]],
  ] as const)('%s', (_, lower, want) => {
    expect(pronounStarts(lower)).toEqual(want);
  });

  it('finds what /\\b(?:he|she)\\b/g finds, in made-up strings of pronoun parts', () => {
    const parts = ['he', 'she', 's', 'h', 'e', ' ', 'a', '_', '1', '.', 'é', "'", '\n', 'the'];
    let seed = 7;
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let r = 0; r < 5000; r++) {
      let s = '';
      for (let i = next(9); i > 0; i--) s += parts[next(parts.length)];
      expect(pronounStarts(s), s).toEqual([...s.matchAll(/\b(?:he|she)\b/gu)].map((m) => m.index));
    }
  });
});
