// KeyPairs stands in for a map of sets where only a key two entities share is read: it must give
// the same pairs, in the same order, as the sets did.
import { describe, expect, it } from 'vitest';
import { KeyPairs } from '../src/stages/4-names/key-pairs';

/** The pairs a map of sets gives for the same filings: keys of exactly two entities, in filing order. */
function pairsBySets(filings: [string, number][]): [number, number][] {
  const sets = new Map<string, Set<number>>();
  for (const [key, e] of filings) {
    const set = sets.get(key) ?? new Set<number>();
    set.add(e);
    sets.set(key, set);
  }
  return [...sets.values()].filter((s) => s.size === 2).map((s) => [...s] as [number, number]);
}

describe('KeyPairs', () => {
  it.each<[string, [string, number][], [number, number][]]>([
    ['no filing', [], []],
    ['one entity under a key, twice', [['ab', 1], ['ab', 1]], []],
    ['two entities under a key', [['ab', 3], ['ab', 1]], [[3, 1]]],
    ['two entities, each filed twice', [['ab', 2], ['ab', 2], ['ab', 5], ['ab', 5], ['ab', 2]], [[2, 5]]],
    ['three entities under a key', [['ab', 1], ['ab', 2], ['ab', 3]], []],
    ['a third, then the second again', [['ab', 1], ['ab', 2], ['ab', 3], ['ab', 2]], []],
    ['keys in the order first filed', [['zz', 4], ['aa', 7], ['aa', 8], ['zz', 9], ['mm', 1]], [[4, 9], [7, 8]]],
  ])('%s', (_label, filings, pairs) => {
    const keys = new KeyPairs();
    for (const [key, e] of filings) keys.add(key, e);
    const got: [number, number][] = [];
    keys.forEachPair((a, b) => got.push([a, b]));
    expect(got).toEqual(pairs);
    expect(got).toEqual(pairsBySets(filings));
  });
});
