import { describe, expect, it } from 'vitest';
import { LexemeCache, NORMAL_ID, TYPE, VALUE, VERB_LEMMA } from '../src/wink/lexeme-cache';

describe('LexemeCache', () => {
  it('keeps each fact of each lexeme apart, past its first size too', () => {
    const cache = new LexemeCache(4);
    const facts: [number, number, string | number | null][] = [
      [0, VALUE, 'The'],
      [0, NORMAL_ID, 4],
      [3, TYPE, 'punctuation'],
      [3, NORMAL_ID, 17],
      [10, VALUE, 'Cheong-San'],
      [90_000, VERB_LEMMA, 'lack'],
      [90_000, VALUE, 'lacked'],
      [2, VERB_LEMMA, null],
    ];
    for (const [id, slot, value] of facts) cache.set(id, slot, value);
    for (const [id, slot, value] of facts) expect(cache.get(id, slot)).toBe(value);
    expect(cache.get(0, TYPE)).toBeUndefined();
    expect(cache.get(1, VALUE)).toBeUndefined();
    expect(cache.get(11, VALUE)).toBeUndefined();
    expect(cache.get(5_000_000, VALUE)).toBeUndefined();
  });

  it('remembers nothing past the highest id it keeps (2,097,152)', () => {
    const cache = new LexemeCache(10);
    cache.set(1 << 21, VALUE, 'kept');
    cache.set((1 << 21) + 1, VALUE, 'not kept');
    expect(cache.get(1 << 21, VALUE)).toBe('kept');
    expect(cache.get((1 << 21) + 1, VALUE)).toBeUndefined();
  });
});
