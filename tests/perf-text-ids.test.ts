import { describe, expect, it } from 'vitest';
import { addDocument, countDocuments, hashDocument, SKETCH_SIZE } from '../src/index-build/distinct-count';
import { fnv1a } from '../src/text/hash';
import { ABSENT, NONE, TextIds } from '../src/wink/text-ids';

/** A seeded pseudo-random generator (xorshift), so the cases are the same on every run. */
function random(seed: number): () => number {
  let x = seed;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 2 ** 32;
  };
}

/** A short made-up word from the generator (letters a to h, 1 to 6 of them: many share a slot). */
function word(next: () => number): string {
  let w = '';
  const n = 1 + Math.floor(next() * 6);
  for (let i = 0; i < n; i++) w += String.fromCharCode(97 + Math.floor(next() * 8));
  return w;
}

describe('TextIds', () => {
  it.each([
    ['a text never set', [], 'plim', ABSENT],
    ['a number set', [['plim', 4]], 'plim', 4],
    ['none set', [['vorn', NONE]], 'vorn', NONE],
    ['the latest of two sets', [['vorn', 3], ['vorn', 9]], 'vorn', 9],
    ['a text one code unit apart from one set', [['vorn', 3]], 'vorm', ABSENT],
    ['a text of twelve code units', [['quindlemarks', 7]], 'quindlemarks', 7],
    ['a text longer than twelve code units', [['quindlemarkers', 8]], 'quindlemarkers', 8],
    ['a long text one code unit apart from one set', [['quindlemarkers', 8]], 'quindlemarkerz', ABSENT],
    ['a text whose code units differ only above the low byte', [['a\u2019s', 5]], 'a\u2018s', ABSENT],
    ['a text with a code unit above the low byte', [['a\u2019s', 5]], 'a\u2019s', 5],
    ['a shorter text that starts like one set', [['vorna', 6]], 'vorn', ABSENT],
  ] as const)('answers %s', (_, sets, asked, expected) => {
    const ids = new TextIds();
    for (const [text, value] of sets) ids.set(text, value);
    expect(ids.get(asked)).toBe(expected);
  });

  it('answers as a Map does through sets, deletes, growth and a clear', () => {
    const next = random(20261201);
    const ids = new TextIds();
    const map = new Map<string, number>();
    for (let step = 0; step < 20_000; step++) {
      const w = word(next);
      const roll = next();
      if (roll < 0.5) {
        const value = roll < 0.1 ? NONE : Math.floor(next() * 1000);
        ids.set(w, value);
        map.set(w, value);
      } else if (roll < 0.8) {
        ids.delete(w);
        map.delete(w);
      }
      if (step === 12_000) {
        ids.clear();
        map.clear();
      }
      expect(ids.get(w)).toBe(map.get(w) ?? ABSENT);
      expect(ids.size).toBe(map.size);
    }
    for (const [w, value] of map) expect(ids.get(w)).toBe(value);
  });

  it('holds a bounded run of texts made to share one slot, and never answers a wrong number', () => {
    // Texts whose hashes end alike land in one home slot of the first table (1,024 slots).
    const crowded: string[] = [];
    for (let i = 0; crowded.length < 200; i++) if ((fnv1a(`w${i}`) & 1023) === 7) crowded.push(`w${i}`);
    const ids = new TextIds();
    crowded.forEach((w, i) => ids.set(w, i));
    const held = crowded.filter((w) => ids.get(w) !== ABSENT);
    expect(held.length).toBeGreaterThan(0);
    expect(held.length).toBeLessThan(crowded.length);
    expect(ids.size).toBe(held.length);
    crowded.forEach((w, i) => expect([i, ABSENT]).toContain(ids.get(w)));
    // Taking held texts out lets later ones in; none answers another's number.
    for (const w of held.slice(0, 10)) ids.delete(w);
    crowded.forEach((w, i) => ids.set(w, i + 1000));
    crowded.forEach((w, i) => expect([i + 1000, ABSENT]).toContain(ids.get(w)));
  });
});

describe('addDocument', () => {
  /** The sketch as its definition gives it: the smallest SKETCH_SIZE distinct hashes, sorted. */
  const expected = (docs: number[]): number[] => [...new Set(docs.map(hashDocument))].sort((a, b) => a - b).slice(0, SKETCH_SIZE);

  it.each([
    ['a few documents, one twice', [3, 1, 4, 1, 5]],
    ['as many documents as the sketch holds', Array.from({ length: SKETCH_SIZE }, (_, i) => i * 7)],
    ['more documents than the sketch holds, in a shuffled order', Array.from({ length: 3 * SKETCH_SIZE }, (_, i) => (i * 7919) % (3 * SKETCH_SIZE))],
  ])('keeps the smallest hashes in order: %s', (_, docs) => {
    const sketch: number[] = [];
    for (const d of docs) addDocument(sketch, d);
    expect(sketch).toEqual(expected(docs));
    if (new Set(docs).size < SKETCH_SIZE) expect(countDocuments(sketch)).toBe(new Set(docs).size);
  });
});
