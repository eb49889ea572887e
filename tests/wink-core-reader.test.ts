import model from 'wink-eng-lite-web-model';
import { describe, expect, it } from 'vitest';
import { coreReader } from '../src/wink/core-model';

type Feature = { list: unknown[]; hash?: Record<string, number>; index?: number; intrinsicSize?: number; maxIndex?: number };
type Loaded = {
  lexicon: Uint32Array;
  xpansions: Uint32Array;
  packing: { efList: string[] };
  features: { lexeme: Feature; suffix: Feature } & Record<string, Feature>;
};
const ownCore = model.core as unknown as () => Loaded;

/** A loaded core model as one string: typed arrays and sets as arrays, hashes with sorted keys. */
function canonical(core: Loaded): string {
  return JSON.stringify(core, (_key, value: unknown) => {
    if (value instanceof Uint32Array) return Array.from(value);
    if (value instanceof Set) return ['Set', ...value];
    if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === null) {
      const sorted: Record<string, unknown> = {};
      for (const k of Object.keys(value).sort()) sorted[k] = (value as Record<string, unknown>)[k];
      return { hash: sorted };
    }
    return value;
  });
}

describe("the core model reader (wink's core model without copying its whole file)", () => {
  const read = coreReader(model as unknown as { core: () => Loaded });

  it("is not the model's own reader where Node has parsed the model's file", () => {
    expect(read).not.toBe(model.core);
  });

  it("gives wink the same core model as the model's own reader", () => {
    const own = ownCore();
    const fast = read();
    expect(fast.lexicon.length).toBe(own.lexicon.length);
    expect(fast.packing.efList).toEqual(own.packing.efList);
    expect(canonical(fast)).toBe(canonical(own));
  });

  // Words of every kind the lexicon holds, chosen for this test: each has the same number and
  // packed facts in both readings.
  it.each(['the', 'cozy', 'cosy', 'Seoul', 'running', "n't", 'zombie', '!', 'qzxvrl'])('numbers %j as the model does', (word) => {
    const own = ownCore();
    const fast = read();
    const id = own.features.lexeme.hash?.[word];
    expect(fast.features.lexeme.hash?.[word]).toBe(id);
    if (id !== undefined) expect(Array.from(fast.lexicon.subarray(id * 4, id * 4 + 4))).toEqual(Array.from(own.lexicon.subarray(id * 4, id * 4 + 4)));
  });

  it('gives each load tables of its own: what wink learns in one never reaches the next', () => {
    const first = read();
    const lexeme = first.features.lexeme;
    const size = lexeme.list.length;
    expect(first.features.suffix.list).not.toContain('qzv');
    lexeme.list.push('Wobblegrass');
    (lexeme.hash as Record<string, number>).Wobblegrass = size;
    first.features.suffix.list.push('qzv');
    first.lexicon[0] = 12345;
    const second = read();
    expect(second.features.lexeme.list.length).toBe(size);
    expect(second.features.lexeme.hash?.Wobblegrass).toBeUndefined();
    expect(second.features.suffix.list).not.toContain('qzv');
    expect(second.lexicon[0]).toBe(ownCore().lexicon[0]);
  });

  it("is the model's own reader for a model Node did not load (a bundle, a browser)", () => {
    const core = () => ownCore();
    expect(coreReader({ core })).toBe(core);
  });
});
