import { describe, expect, it } from 'vitest';
import { KeptArray } from '../src/text/kept-array';

type Take = { length: number; fill?: number; write?: number };

describe('KeptArray', () => {
  // Each case: the takes in order; after each, the caller writes `write` into every slot. Every
  // take must read as a new array: the length asked, every slot the fill, whatever came before.
  it.each<[string, Take[]]>([
    ['one take', [{ length: 5 }]],
    ['a shorter take after a longer one written over', [{ length: 40, write: 7 }, { length: 12 }]],
    ['a longer take after a shorter one written over', [{ length: 3, write: 9 }, { length: 2000 }]],
    ['the same length twice, the second with a fill', [{ length: 30, write: 5 }, { length: 30, fill: -1 }]],
    ['an empty take between two', [{ length: 8, write: 3 }, { length: 0 }, { length: 8 }]],
    ['a take past the kept size, then a small one', [{ length: 70_000, write: 4 }, { length: 16 }]],
  ])('%s', (_name, takes) => {
    const kept = new KeptArray((n) => new Int32Array(n));
    for (const { length, fill = 0, write } of takes) {
      const a = kept.take(length, fill);
      expect(a).toBeInstanceOf(Int32Array);
      expect(a.length).toBe(length);
      expect(a.every((x) => x === fill)).toBe(true);
      if (write !== undefined) a.fill(write);
    }
  });

  it('keeps the fraction of a float fill', () => {
    const kept = new KeptArray((n) => new Float64Array(n));
    kept.take(6).fill(2.5);
    expect([...kept.take(4, 0.25)]).toEqual([0.25, 0.25, 0.25, 0.25]);
  });
});
