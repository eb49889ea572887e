// The lexeme table of buckets filled at their first question must answer, take and list words as
// one Map filled with the whole list in its order does; and it relies on the model's list being
// sorted by lower-case form after its head, which is checked here for the installed model.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { LexemeTable } from '../src/wink/lexeme-table';

const require = createRequire(import.meta.url);
const modelList = (require('wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json') as { features: { lexeme: { list: string[] } } }).features.lexeme.list;

/** A Map of `list`'s words by their place, filled in list order. */
const mapOf = (list: readonly string[]): Map<string, number> => {
  const map = new Map<string, number>();
  list.forEach((word, k) => map.set(word, k));
  return map;
};

// A small list in the model's shape: a marker out of order, then words sorted by lower-case form,
// with case pairs, a repeated word, one-unit words, words beyond ASCII and a NUL as second unit.
const SMALL = ['~unknown~', '', '!', 'a', 'A', 'a\u0000z', 'ab', 'Ab', 'abc', 'b', 'b', '\u0130stanbul', 'zz', '\u00df', '\u00e9', '\u00e9t', '\u00c9t'];

describe('a lexeme table filled bucket by bucket', () => {
  it("holds for the installed model: its list is sorted by lower-case form after the first word", () => {
    let unsorted = 0;
    for (let k = 2; k < modelList.length; k++) if ((modelList[k - 1] as string).toLowerCase() > (modelList[k] as string).toLowerCase()) unsorted++;
    expect(unsorted).toBe(0);
  });

  it("numbers every word of the model's list as one map of the whole list does", () => {
    const table = new LexemeTable(modelList, 1);
    const map = mapOf(modelList);
    let differ = 0;
    for (const word of modelList) if (table.get(word) !== map.get(word)) differ++;
    expect(differ).toBe(0);
    expect(table.get('the')).toBe(modelList.indexOf('the'));
    expect(table.get('zombie')).toBe(modelList.indexOf('zombie'));
    expect(table.get('zombie')).toBeGreaterThan(0);
  });

  it('is given a small list in the model\'s order', () => {
    for (let k = 2; k < SMALL.length; k++) expect((SMALL[k - 1] as string).toLowerCase() <= (SMALL[k] as string).toLowerCase()).toBe(true);
  });

  it.each([
    ['a', 3],
    ['A', 4],
    ['a\u0000z', 5],
    ['ab', 6],
    ['Ab', 7],
    ['abc', 8],
    ['b', 10],
    ['', 1],
    ['!', 2],
    ['~unknown~', 0],
    ['\u00df', 13],
    ['\u00c9t', 16],
    ['\u0130stanbul', 11],
    ['\u00e9', 14],
    ['aB', undefined],
    ['abd', undefined],
    ['\u0130', undefined],
    ['\u212a', undefined],
    ['__proto__', undefined],
    ['toString', undefined],
  ])('answers %j as the map of the same list does', (word, expected) => {
    const table = new LexemeTable(SMALL, 1);
    const map = mapOf(SMALL);
    expect(map.get(word)).toBe(expected);
    expect(table.get(word)).toBe(expected);
    expect(table.has(word)).toBe(expected !== undefined);
  });

  it('answers a word whichever other words were asked before it', () => {
    const map = mapOf(SMALL);
    for (const first of SMALL) {
      const table = new LexemeTable(SMALL, 1);
      table.get(first);
      for (const word of [...SMALL, 'aB', '\u212a']) expect(table.get(word)).toBe(map.get(word));
    }
  });

  it('takes new words, deletes words and lists every word once, as the map does', () => {
    const table = new LexemeTable(SMALL, 1);
    const map = mapOf(SMALL);
    for (const t of [table, map]) {
      t.set('Wobblegrass', 17);
      t.set('ab', 20);
      t.delete('b');
      t.delete('\u00e9t');
      t.set('\u212aelvin', 21);
    }
    for (const word of [...SMALL, 'Wobblegrass', '\u212aelvin']) expect(table.get(word)).toBe(map.get(word));
    expect(table.delete('nowhere')).toBe(false);
    expect([...table.keys()].sort()).toEqual([...map.keys()].sort());
    expect(new Set(table.keys()).size).toBe(map.size);
  });
});
