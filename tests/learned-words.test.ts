import { describe, expect, it } from 'vitest';
import { LearnedWords, type FeatureTable, type WinkWordCache } from '../src/wink/learned-words';

const WORD = 0;
const NUMBER = 1;
/** wink's token categories by number. */
const CATEGORIES = ['word', 'number'];

/**
 * A stand-in for wink's word cache, as far as LearnedWords relies on it: `add` numbers a new word
 * and its lower-case form and asks `lookup` for the lower-case form while it learns (as wink's
 * part-of-speech feature does); `categoryOf` tells the category a word was learned with, as wink
 * keeps it.
 */
function fakeCache(shipped: string[]): {
  cache: WinkWordCache;
  lexemes: FeatureTable;
  lookupsWhileAdding: (number[] | null)[];
  categoryOf: (id: number) => string | undefined;
} {
  const lexemes: FeatureTable = { hash: Object.create(null) as FeatureTable['hash'], list: [] };
  const categories: number[] = [];
  const lookupsWhileAdding: (number[] | null)[] = [];
  const number = (text: string, category: number): number => {
    const known = lexemes.hash[text];
    if (known !== undefined) return known;
    lexemes.hash[text] = lexemes.list.length;
    categories.push(category);
    return lexemes.list.push(text) - 1;
  };
  for (const w of shipped) number(w, WORD);
  const cache: WinkWordCache = {
    add(text, category) {
      const id = number(text, category);
      number(text.toLowerCase(), category);
      lookupsWhileAdding.push(cache.lookup(text.toLowerCase()));
      return id;
    },
    lookup: (text) => {
      const id = lexemes.hash[text];
      return id === undefined ? null : [id];
    },
  };
  return { cache, lexemes, lookupsWhileAdding, categoryOf: (id) => CATEGORIES[categories[id] as number] };
}

describe('LearnedWords', () => {
  it('hides the words earlier reads learned until this read meets them, as a fresh process would', () => {
    const { cache, lexemes } = fakeCache(['the', 'show']);
    const learned = new LearnedWords(cache, lexemes, [lexemes]);
    learned.beginRead();
    const tv = cache.add('T.V', WORD);
    expect(cache.lookup('T.V')).toEqual([tv]);
    expect(cache.lookup('t.v')).not.toBeNull();

    learned.beginRead();
    const cases: [string, boolean][] = [
      ['the', true],
      ['show', true],
      ['T.V', false],
      ['t.v', false],
      ['never seen', false],
    ];
    for (const [text, known] of cases) expect(cache.lookup(text) !== null, text).toBe(known);
    // Met again: known from then on, under its old number.
    expect(cache.add('T.V', WORD)).toBe(tv);
    expect(cache.lookup('T.V')).toEqual([tv]);
    expect(cache.lookup('t.v')).not.toBeNull();
  });

  it('learns a word anew when it comes back with another category', () => {
    const { cache, lexemes, categoryOf } = fakeCache(['a']);
    const learned = new LearnedWords(cache, lexemes, [lexemes]);
    learned.beginRead();
    const first = cache.add('2x', NUMBER);
    learned.beginRead();
    expect(cache.add('2x', NUMBER)).toBe(first);
    learned.beginRead();
    const again = cache.add('2x', WORD);
    expect(again).not.toBe(first);
    expect(categoryOf(again)).toBe('word');
    // Within one read the first category stands, as in wink itself.
    expect(cache.add('2x', NUMBER)).toBe(again);
  });

  it('meets a learned word and its lower-case form again without learning either anew', () => {
    const { cache, lexemes, categoryOf } = fakeCache(['a']);
    const learned = new LearnedWords(cache, lexemes, [lexemes]);
    learned.beginRead();
    const kwon = cache.add('Kwon', WORD);
    const size = lexemes.list.length;
    learned.beginRead();
    expect(cache.lookup('kwon')).toBeNull();
    expect(cache.add('Kwon', WORD)).toBe(kwon);
    expect(lexemes.list.length).toBe(size);
    expect(cache.lookup('Kwon')).toEqual([kwon]);
    expect(cache.lookup('kwon')).not.toBeNull();
    // The lower-case form learned anew with another category, in a read of its own: a later read
    // that meets the word learns the form anew once more, as a word.
    learned.beginRead();
    const asNumber = cache.add('kwon', NUMBER);
    expect(categoryOf(asNumber)).toBe('number');
    learned.beginRead();
    expect(cache.add('Kwon', WORD)).toBe(kwon);
    const lower = cache.lookup('kwon')?.[0] as number;
    expect(lower).not.toBe(asNumber);
    expect(categoryOf(lower)).toBe('word');
  });

  it('lets wink see every word while it learns one', () => {
    const { cache, lexemes, lookupsWhileAdding } = fakeCache(['a']);
    const learned = new LearnedWords(cache, lexemes, [lexemes]);
    learned.beginRead();
    cache.add('Kwon', WORD);
    learned.beginRead();
    cache.add('KWON', WORD);
    expect(lookupsWhileAdding.every((found) => found !== null)).toBe(true);
  });

  it('tells the model’s own words from learned ones, and counts what was learned', () => {
    const { cache, lexemes } = fakeCache(['a', 'b']);
    const shapes: FeatureTable = { hash: Object.create(null) as FeatureTable['hash'], list: ['xx'] };
    const learned = new LearnedWords(cache, lexemes, [lexemes, shapes]);
    learned.beginRead();
    cache.add('Zed', WORD);
    shapes.list.push('Xxx');
    const cases: [number, boolean][] = [
      [0, true],
      [1, true],
      [2, false],
      [3, false],
    ];
    for (const [id, shipped] of cases) expect(learned.isShipped(id), String(id)).toBe(shipped);
    expect(learned.grown).toBe(3);
  });

  it('keeps learned words as values equal to what was read', () => {
    const { cache, lexemes } = fakeCache([]);
    const learned = new LearnedWords(cache, lexemes, [lexemes]);
    learned.beginRead();
    const text = `intro ${'Supercalifragilistic'} outro`;
    const id = cache.add(text.slice(6, 26), WORD);
    expect(lexemes.list[id]).toBe('Supercalifragilistic');
  });
});
