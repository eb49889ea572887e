import { describe, expect, it } from 'vitest';
import { capitalisedWords } from '../src/text/capitalised-words';

/** The words as `[start, end, text]`, for readable failures. */
const words = (text: string) => {
  const at = capitalisedWords(text);
  const out: [number, number, string][] = [];
  for (let k = 0; k < at.length; k += 2) out.push([at[k] as number, at[k + 1] as number, text.slice(at[k], at[k + 1])]);
  return out;
};

/** What the regex the scan stands for finds. */
const byRegex = (text: string) => [...text.matchAll(/(?<!\p{L})\p{Lu}\p{L}*/gu)].map((m) => [m.index, m.index + m[0].length, m[0]]);

describe('capitalisedWords', () => {
  it.each([
    ['we met Marta Quill at noon', [[7, 12, 'Marta'], [13, 18, 'Quill']]],
    // A capital inside a word starts none; a digit or a hyphen ends a word.
    ['an eBook and McIntyre', [[13, 21, 'McIntyre']]],
    ['R2D2 and Jean-Luc', [[0, 1, 'R'], [2, 3, 'D'], [9, 13, 'Jean'], [14, 17, 'Luc']]],
    // Letters outside ASCII, capitals and not.
    ['the Élan of Ørsted, über Ägypten', [[4, 8, 'Élan'], [12, 18, 'Ørsted'], [25, 32, 'Ägypten']]],
    ['한국 Seoul', [[3, 8, 'Seoul']]],
    // A letter outside the Basic Multilingual Plane is one code point of two code units.
    ['𝐀bc x𝐁 𝐂', [[0, 4, '𝐀bc'], [9, 11, '𝐂']]],
    ['', []],
    ['Zed', [[0, 3, 'Zed']]],
  ])('%j', (text, expected) => {
    expect(words(text)).toEqual(expected);
  });

  it('finds what the regex finds, on random mixes of letters, marks and surrogates', () => {
    const alphabet = ['A', 'b', 'Z', 'q', ' ', '-', '1', 'É', 'é', 'ß', 'Σ', 'ω', '한', '\u0301', '𝐀', '𝐚', '\ud835', '\udc00', '’', '\n'];
    // A fixed linear congruential sequence: the same strings on every run.
    let seed = 12345;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648);
    for (let t = 0; t < 2000; t++) {
      let text = '';
      const length = next() % 24;
      for (let k = 0; k < length; k++) text += alphabet[next() % alphabet.length];
      expect(words(text)).toEqual(byRegex(text));
    }
  });
});
