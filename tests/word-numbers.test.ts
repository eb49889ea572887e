// Word numbers: word lists asked by the number each token carries for its normal form, with the
// same answers as asking them by the lower-case string.
import { describe, expect, it } from 'vitest';
import { annotate } from '../src/stages/3-annotate';
import { segmentSections } from '../src/stages/2-segment';
import { normalize } from '../src/stages/1-normalize';
import { NumberedTable, NumberedWords, UNLISTED, wordNumber } from '../src/text/word-numbers';
import { WordSet } from '../src/text/words';

const BIRDS = new NumberedWords(['heron', 'crane', 'wren']);
const BOATS = new NumberedWords(['ketch', 'crane']);
const SIZES = new NumberedTable([['wren', 1], ['heron', 9]] as const);
const TOOLS = new WordSet(['chisel', 'saw', 'plane']);

describe('word numbers', () => {
  it.each([
    // word, a bird, a boat, its size
    ['heron', true, false, 9],
    ['crane', true, true, undefined],
    ['ketch', false, true, undefined],
    ['wren', true, false, 1],
    ['sparrow', false, false, undefined],
    ['Heron', false, false, undefined],
  ] as const)('%s is asked by its number', (word, bird, boat, size) => {
    const n = wordNumber(word);
    expect([BIRDS.has(n), BOATS.has(n), SIZES.get(n)]).toEqual([bird, boat, size]);
  });

  it('a word no list holds is unlisted, and no list has it', () => {
    expect(wordNumber('quillwort')).toBe(UNLISTED);
    expect(BIRDS.has(UNLISTED) || BOATS.has(UNLISTED)).toBe(false);
  });

  it('tokens carry their normal form\'s number, a contraction\'s parts too', () => {
    const input = normalize('The crane can’t fly. Herons can.');
    const { tokens } = annotate(input, segmentSections(input).blocks);
    expect(tokens.map((t) => t.normal)).toEqual(['the', 'crane', 'can', 'not', 'fly', '.', 'herons', 'can', '.']);
    expect(tokens.map((t) => t.number)).toEqual(tokens.map((t) => wordNumber(t.normal)));
    expect(tokens.filter((t) => BOATS.has(t.number)).map((t) => t.normal)).toEqual(['crane']);
  });

  it('a word set answers a token by number as it answers its normal form', () => {
    const input = normalize('Saws and a plane; the Chisel, a sawdust PLANE.');
    const { tokens } = annotate(input, segmentSections(input).blocks);
    expect(tokens.filter((t) => TOOLS.hasToken(t)).map((t) => t.value)).toEqual(['plane', 'Chisel', 'PLANE']);
    expect(tokens.map((t) => TOOLS.hasToken(t))).toEqual(tokens.map((t) => TOOLS.has(t.normal)));
  });

  it('a list made once words are numbered throws, rather than miss a word numbered before it', () => {
    wordNumber('heron');
    expect(() => new NumberedWords(['bittern'])).toThrow(/after words were numbered/);
    // Words an earlier list already numbered keep their numbers.
    expect(new NumberedWords(['wren']).has(wordNumber('wren'))).toBe(true);
  });
});
