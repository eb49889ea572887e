/**
 * Stage 4, name merging: a map from a key to the set of things filed under it, the index the merge
 * passes build to find which entities share a word or a form.
 */

/** Files `value` under `key` in `map`, making the key's set on first use. */
export function addToSetMap<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const set = map.get(key);
  if (set) set.add(value);
  // Added, not passed as a list: a set made from an array walks it through the iterator protocol.
  else map.set(key, new Set<V>().add(value));
}

/** Appends `value` to the list under `key` in `map`, making the key's list on first use. */
export function addToListMap<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
