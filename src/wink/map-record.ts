/**
 * wink's lexeme table as a map (a `Map` or a {@link TextTable} like it) that wink still reads and
 * writes as its plain object: see {@link mapRecord}.
 */

import type { TextTable } from './lexeme-table';

/** Words no longer than this are copies already; a longer one may be a view into its whole text. */
export const MAX_COPIED_LENGTH = 12;

/** Numbers by text, as the lexeme table gives them: what review-lens itself asks of the table. */
export interface TextNumbers {
  /** `text`'s number, or undefined when the table holds none. */
  get(text: string): number | undefined;
}

/** The map behind each record {@link mapRecord} made. */
const MAPS = new WeakMap<object, TextTable>();

/** A copy of `s` that shares no memory with the string it was cut from. */
export const copyOf = (s: string): string => JSON.parse(JSON.stringify(s)) as string;

/**
 * An object that reads, writes, deletes and lists `map`'s entries as its own properties (a record
 * with no prototype, as the model's reader makes wink's tables).
 *
 * wink looks words up in its lexeme table as properties of a plain object. Filling an object with
 * the model's 87,593 words at every load takes a good part of a fresh process's start; a `Map` of
 * them is filled in about two thirds of that time, and a table of buckets filled at their first
 * question (the lexeme table: see LexemeTable) fills only what is asked. wink's own reads and writes of the table (a
 * contraction's look-up, a new word) are few and go through this object; review-lens's own ask the
 * map ({@link textNumbers}).
 * A key written longer than {@link MAX_COPIED_LENGTH} is kept as a copy: it may be a view into the
 * whole text it was read from, which an object's key never holds on to either.
 */
export function mapRecord(map: TextTable): Record<string, number> {
  const record = new Proxy(Object.create(null) as Record<string, number>, {
    get: (_target, key) => (typeof key === 'string' ? map.get(key) : undefined),
    set: (_target, key, value: number) => {
      if (typeof key !== 'string') return false;
      map.set(key.length > MAX_COPIED_LENGTH ? copyOf(key) : key, value);
      return true;
    },
    has: (_target, key) => typeof key === 'string' && map.has(key),
    deleteProperty: (_target, key) => {
      if (typeof key === 'string') map.delete(key);
      return true;
    },
    ownKeys: () => [...map.keys()],
    getOwnPropertyDescriptor: (_target, key) => {
      if (typeof key !== 'string' || !map.has(key)) return undefined;
      return { value: map.get(key), writable: true, enumerable: true, configurable: true };
    },
    defineProperty: () => false,
  });
  MAPS.set(record, map);
  return record;
}

/**
 * What review-lens asks of a lexeme table `record`: the map behind it when {@link mapRecord} made
 * it (no trap per question), else its own properties (the model's own reader's plain object).
 */
export function textNumbers(record: Record<string, number | undefined>): TextNumbers {
  return MAPS.get(record) ?? { get: (text) => record[text] };
}
