// The syllable reader that reads code units in place must say what the syllable expression says of
// the same slice, and the glued-word count what koreanSyllableCount says of it. Words are made up or
// common romanised syllables.
import { describe, expect, it } from 'vitest';
import { gluedSyllableCount, isKoreanSyllable, koreanSyllableCount, koreanSyllableIn } from '../src/text/korean';

describe('koreanSyllableIn', () => {
  it.each<[string, boolean]>([
    ['hyeok', true],
    ['cheong', true],
    ['Soo', true],
    ['KKANG', true],
    ['wae', true],
    ['yu', true],
    ['o', true],
    ['ng', false],
    ['hanks', false],
    ['bro', false],
    ['', false],
    ['jeoungng', false],
    ['fa', false],
    ['ca', false],
    ['yeeeeong', false],
    ['h\u0131', false],
  ])('%s reads as a syllable: %s', (word, want) => {
    expect(koreanSyllableIn(word, 0, word.length)).toBe(want);
    expect(isKoreanSyllable(word)).toBe(want);
  });

  it('reads a slice inside a longer string as the slice itself', () => {
    const text = 'Mr Park Seo-jun, Tom';
    expect(koreanSyllableIn(text, 3, 7)).toBe(false);
    expect(koreanSyllableIn(text, 8, 11)).toBe(true);
    expect(koreanSyllableIn(text, 12, 15)).toBe(true);
    expect(koreanSyllableIn(text, 17, 20)).toBe(true);
    expect(koreanSyllableIn(text, 15, 20)).toBe(false);
  });

  it('agrees with the expression on every string of up to four of these characters', () => {
    const alphabet = ['a', 'e', 'o', 'w', 'y', 'k', 'n', 'g', 'h', 's', 'c', 'j', 'B', 'T', 'f', '-', ' '];
    let strings = [''];
    let disagreements = 0;
    for (let length = 1; length <= 4; length++) {
      strings = strings.flatMap((s) => alphabet.map((ch) => s + ch));
      for (const s of strings) if (koreanSyllableIn(s, 0, s.length) !== isKoreanSyllable(s)) disagreements++;
    }
    expect(disagreements).toBe(0);
  });
});

describe('gluedSyllableCount', () => {
  it.each<[string, number]>([
    ['Minjun', 2],
    ['seungho', 3],
    ['Hyeonjaeho', 3],
    ['Soo', 1],
    ['Hanks', 0],
    ['Dorsey', 2],
    ['Hanks Dorsey', 0],
    ['abcdefghijklmnop', 0],
  ])('%s splits into %i syllables', (word, want) => {
    expect(gluedSyllableCount(word, 0, word.length)).toBe(want);
    expect(koreanSyllableCount(word)).toBe(want);
  });

  it('counts the word between two offsets of a longer name', () => {
    const name = 'Kim Minjun';
    expect(gluedSyllableCount(name, 4, 10)).toBe(2);
    expect(gluedSyllableCount(name, 0, 3)).toBe(1);
    expect(gluedSyllableCount(name, 3, 3)).toBe(0);
  });
});
