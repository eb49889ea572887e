import { describe, expect, it } from 'vitest';
import { holdsTitleCaseInnerWord } from '../src/text/title-case-inner';
import { scanWords } from '../src/text/words';

/** Asks the whole of `text` as one run. */
const holds = (text: string): boolean => {
  const words = scanWords(text, text.toLowerCase());
  return holdsTitleCaseInnerWord(text, words, 0, words.length - 1);
};

describe('holdsTitleCaseInnerWord: a function word capitalised inside a title-case run', () => {
  it.each([
    ['Louder Than Thunder', true],
    ['Death By Chocolate', true],
    ['Return To Harbour Bay', true],
    ['Ghosts Of The Marsh', true],
    ['Songs From Home', true],
    // A personal name holds none, the first word does not count, and capitals shout.
    ['Marta Kovacs', false],
    ['The Harbour', false],
    ['Ghosts OF The Marsh', true],
    ['Ghosts OF THE Marsh', false],
    ['Ghosts of the Marsh', false],
    // A romanised Korean name may hold such a syllable.
    ['Park In Ho', false],
  ])('%j: %s', (text, want) => {
    expect(holds(text)).toBe(want);
  });
});
