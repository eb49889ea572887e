import { describe, expect, it } from 'vitest';
import { LearnedWords, type FeatureTable, type WinkWordCache } from '../src/wink/learned-words';

/**
 * A stand-in for wink's word cache with contractions: `lookup` gives a contraction's expansions
 * (four numbers each) and counts how often it is asked.
 */
function contractionCache(words: string[], contractions: Record<string, number[]>): { cache: WinkWordCache; lexemes: FeatureTable; asked: () => number } {
  const lexemes: FeatureTable = { hash: Object.create(null) as FeatureTable['hash'], list: [] };
  for (const w of words) lexemes.hash[w] = lexemes.list.push(w) - 1;
  let asked = 0;
  const cache: WinkWordCache = {
    add(text) {
      const known = lexemes.hash[text];
      if (known !== undefined) return known;
      lexemes.hash[text] = lexemes.list.length;
      return lexemes.list.push(text) - 1;
    },
    lookup(text) {
      asked++;
      const id = lexemes.hash[text];
      if (id === undefined) return null;
      return contractions[text] ?? [id];
    },
  };
  return { cache, lexemes, asked: () => asked };
}

describe('LearnedWords look-ups', () => {
  const { cache, lexemes, asked } = contractionCache(['film', "won't", 'grim', "she'd"], { "won't": [7, 8, 9, 10, 11, 12, 13, 14], "she'd": [3, 4, 5, 6, 1, 2, 3, 4] });
  const learned = new LearnedWords(cache, lexemes, [lexemes]);
  learned.beginRead();

  it.each([
    ['film', [0]],
    ["won't", [7, 8, 9, 10, 11, 12, 13, 14]],
    ['grim', [2]],
    ["she'd", [3, 4, 5, 6, 1, 2, 3, 4]],
    ['unseen', null],
  ])('answers %j as wink does, read after read', (text, expected) => {
    for (let read = 0; read < 3; read++) {
      learned.beginRead();
      expect(cache.lookup(text)).toEqual(expected);
    }
  });

  it('asks wink once for a plain model word, and at every look-up of a contraction', () => {
    const before = asked();
    for (let i = 0; i < 5; i++) {
      cache.lookup('film');
      cache.lookup("won't");
    }
    expect(asked() - before).toBe(5);
  });

  it('finds a word wink learns after a look-up missed it, and a word learned anew under its new number', () => {
    const fresh = contractionCache(['a'], {});
    const words = new LearnedWords(fresh.cache, fresh.lexemes, [fresh.lexemes]);
    words.beginRead();
    expect(fresh.cache.lookup('Quillon')).toBeNull();
    const id = fresh.cache.add('Quillon', 0);
    expect(fresh.cache.lookup('Quillon')).toEqual([id]);
    words.beginRead();
    expect(fresh.cache.lookup('Quillon')).toBeNull();
    // Met again with another category: taken out of the table and learned anew.
    const again = fresh.cache.add('Quillon', 1);
    expect(again).not.toBe(id);
    expect(fresh.cache.lookup('Quillon')).toEqual([again]);
  });
});
