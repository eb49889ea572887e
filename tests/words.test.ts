import { describe, expect, it } from 'vitest';
import { WORK_NOUNS } from '../src/data/work-cues';
import { cueAt, scanWords, ShapeFilter, singleSpaced, spacesOnly, WordSet, wordsRead } from '../src/text/words';

const scan = (text: string) => scanWords(text, text.toLowerCase(), WORK_NOUNS).map((w) => text.slice(w.start, w.end));

describe('scanWords', () => {
  it.each([
    // A work noun glued to the title after it is split before the capital.
    ['the webtoonNow At Our School', ['the', 'webtoon', 'Now', 'At', 'Our', 'School']],
    ['a dramaKingdom fan', ['a', 'drama', 'Kingdom', 'fan']],
    // Other inner capitals stay one word.
    ['my iPhone and McDonald', ['my', 'iPhone', 'and', 'McDonald']],
    ['dramaqueen Drama', ['dramaqueen', 'Drama']],
    // Hyphens and apostrophes inside a word, possessives cut off.
    ['Cheong-San’s friend Nam-ra’s who’d', ['Cheong-San', 'friend', 'Nam-ra', 'who’d']],
    ['Jeon bae-soo — ok', ['Jeon', 'bae-soo', 'ok']],
    ['Éowyn’s ÉCOLE seriesÉcole', ['Éowyn', 'ÉCOLE', 'series', 'École']],
  ])('%j', (text, words) => {
    expect(scan(text)).toEqual(words);
  });
});

describe('scanWords: a dot between two digits inside a word led by a letter', () => {
  it.each([
    // A code name or a version stays one word.
    ['the droid QT7-3.1 beeps', ['the', 'droid', 'QT7-3.1', 'beeps']],
    ['patch v1.12 and Ösel4.0’s fans', ['patch', 'v1.12', 'and', 'Ösel4.0', 'fans']],
    ['unit R2.5.9 left', ['unit', 'R2.5.9', 'left']],
    // A number alone is no word led by a letter: its dot still parts it.
    ['a 7.5 and 10.0 score', ['a', '7', '5', 'and', '10', '0', 'score']],
    // A stop after a word, or a dot with no digit on one side, still ends the word.
    ['He is B9. 4 more', ['He', 'is', 'B9', '4', 'more']],
    ['in A.2 and Z9.x', ['in', 'A', '2', 'and', 'Z9', 'x']],
  ])('%j', (text, words) => {
    expect(scan(text)).toEqual(words);
  });
});

describe('WordSet', () => {
  const set = new WordSet(['said', 'told'], ['é', 'über']);
  it.each([
    ['said', true],
    ['told', true],
    ['über', true],
    ['é', true],
    ['sail', false],
    ['saidx', false],
    ['uber', false],
    ['', false],
  ])('%j → %s', (word, has) => {
    expect(set.has(word)).toBe(has);
  });
});

describe('ShapeFilter', () => {
  // Shapes are (first code unit, length up to 63) packed into bits: lengths 31 and 32 fall on
  // either side of a 32-bit word of the table, 63 and longer share one shape.
  const filter = new ShapeFilter(['x'.repeat(31), 'y'.repeat(32), 'z'.repeat(70), 'ñandú']);
  it.each([
    ['x'.repeat(31), true],
    ['xa'.padEnd(31, 'b'), true],
    ['x'.repeat(30), false],
    ['x'.repeat(32), false],
    ['y'.repeat(32), true],
    ['y'.repeat(31), false],
    ['y'.repeat(33), false],
    ['z'.repeat(63), true],
    ['z'.repeat(200), true],
    ['z'.repeat(62), false],
    ['ñoño!', true],
    ['ñoño', false],
    ['w', false],
  ])('%j → %s', (word, has) => {
    expect(filter.has(word)).toBe(has);
  });
});

describe('wordsRead and cueAt', () => {
  const CUES = [['played', 'by'], ['the', 'likes', 'of'], ['as']];
  it.each([
    ['Jack, played by Til Schweiger', 1, true, ['played', 'by']],
    ['Jack, played. By Til', 1, true, undefined],
    ['Jack, played. By Til', 1, false, ['played', 'by']],
    ['shows like the likes of Squid Game', 2, true, ['the', 'likes', 'of']],
    ['the likes', 0, true, undefined],
    ['Park as On-Jo', 1, true, ['as']],
    ['Park As On-Jo', 1, true, ['as']],
    ['Park was On-Jo', 1, true, undefined],
  ])('%j at word %d (spaced %s) reads %j', (text, at, spaced, cue) => {
    const words = scanWords(text, text.toLowerCase());
    expect(cueAt(words, at, CUES, spaced)).toEqual(cue);
    if (cue) expect(wordsRead(words, at, cue, spaced)).toBe(true);
  });
});

describe('singleSpaced', () => {
  // The gap between the two words of each text: only one plain space makes them one phrase.
  it.each([
    ['red kite', true],
    ['red  kite', false],
    ['red\tkite', false],
    ['red\nkite', false],
    ['red, kite', false],
    ['red-kite', false],
    ['redkite', false],
  ])('%j → %s', (text, spaced) => {
    const [a, b] = scanWords(text, text.toLowerCase());
    const from = a?.end ?? 0;
    const to = b?.start ?? from;
    expect(singleSpaced(text, from, to)).toBe(spaced);
  });
});

describe('spacesOnly', () => {
  // The gap between the two words of each text: any run of plain spaces, and nothing else.
  it.each([
    ['red kite', true],
    ['red  kite', true],
    ['red   kite', true],
    ['red \tkite', false],
    ['red\nkite', false],
    ['red , kite', false],
    ['redkite', false],
  ])('%j → %s', (text, spaced) => {
    const [a, b] = scanWords(text, text.toLowerCase());
    const from = a?.end ?? 0;
    const to = b?.start ?? from;
    expect(spacesOnly(text, from, to)).toBe(spaced);
  });
});
