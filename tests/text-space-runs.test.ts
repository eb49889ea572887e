import { describe, expect, it } from 'vitest';
import { countLetterRuns, HAS_LETTER_OR_DIGIT, isSpaceCode } from '../src/text/chars';
import { lineWords } from '../src/text/title-case';

/** What the counting and cutting must agree with: the split on white space they replace. */
const splitCount = (text: string): number => text.split(/\s+/).filter((w) => HAS_LETTER_OR_DIGIT.test(w)).length;

describe('isSpaceCode', () => {
  it('agrees with /\\s/ on every UTF-16 code unit', () => {
    const differ: number[] = [];
    for (let c = 0; c < 0x10000; c++) if (isSpaceCode(c) !== /\s/.test(String.fromCharCode(c))) differ.push(c);
    expect(differ).toEqual([]);
  });
});

describe('countLetterRuns', () => {
  it.each([
    ['', 0],
    ['   ', 0],
    ['two words', 2],
    ['  padded  on both sides  ', 4],
    ['a — dash between', 3],
    ['tabs\tand\nnew\r\nlines', 4],
    ['no\u00a0break\u2003em\u3000ideographic\ufeffmark', 5],
    ['-- ... !!', 0],
    ['digits 42 and 7th', 4],
    ['café naïve', 2],
    ['ελληνικά λέξεις', 2],
    ['한국어 단어', 2],
    ['𝐁𝐨𝐥𝐝 math letters', 3],
    ['😀 🎬 emoji only', 2],
    ['\ud835 lone surrogate', 2],
  ])('%j has %i runs with a letter or digit', (text, runs) => {
    expect(countLetterRuns(text)).toBe(runs);
    expect(countLetterRuns(text)).toBe(splitCount(text));
  });
});

describe('lineWords', () => {
  it.each([
    ['A Walk Through the Garden', ['A', 'Walk', 'Through', 'the', 'Garden']],
    ['  "Quoted," she wrote — twice!  ', ['Quoted', 'she', 'wrote', 'twice']],
    ['Part\u00a0Two:\u2009the End', ['Part', 'Two', 'the', 'End']],
    ['*** ---', []],
    ["Rock'n'roll isn't dead", ["Rock'n'roll", "isn't", 'dead']],
  ])('%j gives %j', (line, words) => {
    expect(lineWords(line)).toEqual(words);
  });
});
