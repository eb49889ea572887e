/**
 * Stage 4, name merging: keys filed with entities, where only a key that exactly two entities share
 * matters (see {@link KeyPairs}).
 */

/**
 * Which keys exactly two different entities were filed under. A key filed with one entity, the
 * most of them, costs one map entry, not a set of its own.
 */
export class KeyPairs {
  /** The first entity filed under each key, in the order the keys were first filed. */
  private readonly first = new Map<string, number>();
  /** The second, different entity filed under a key; -1 once a third was. */
  private readonly second = new Map<string, number>();

  /** Files `entity` under `key` (filing it again changes nothing). */
  add(key: string, entity: number): void {
    const a = this.first.get(key);
    if (a === undefined) {
      this.first.set(key, entity);
      return;
    }
    if (a === entity) return;
    const b = this.second.get(key);
    if (b === undefined) this.second.set(key, entity);
    else if (b !== entity) this.second.set(key, -1);
  }

  /** Calls `fn` with the two entities of each key exactly two share, in the order they were filed, keys in the order first filed. */
  forEachPair(fn: (a: number, b: number) => void): void {
    if (this.second.size === 0) return;
    for (const [key, a] of this.first) {
      const b = this.second.get(key);
      if (b !== undefined && b >= 0) fn(a, b);
    }
  }
}
