/**
 * wink's lexeme table as a set of small maps, each filled at its first question: see
 * {@link LexemeTable}.
 */

/** What a table of numbers by text answers and takes: the part of `Map` that wink's table needs. */
export interface TextTable {
  get(text: string): number | undefined;
  set(text: string, value: number): unknown;
  has(text: string): boolean;
  delete(text: string): boolean;
  keys(): Iterable<string>;
}

/**
 * Slots of the buckets whose first two code units are both ASCII: 128 first units by 129 second
 * ones (the last for a word of one unit, which has a bucket of its own).
 */
const ASCII_SLOTS = 128 * 129;

/** The lower-case form of the ASCII code `c` (only A-Z change, as `toLowerCase` changes them). */
const lowerAscii = (c: number): number => (c >= 65 && c <= 90 ? c + 32 : c);

/**
 * The model's words, numbered by their place in its list, asked and changed as a `Map` is.
 *
 * Filling one map with the model's 87,593 words hashes every one of them, a large part of a fresh
 * process's first analysis, while a short text asks for a few hundred. The model's list is sorted
 * by lower-case form after its first {@link LexemeTable.head} words (checked for the releases the
 * core reader accepts: tests/wink-lexeme-table.test.ts), so the words whose lower-case form starts
 * with the same two code units (or is the same single one) stand together: each such bucket is
 * found by binary search and filled into a map of its own when a word of it is first asked,
 * written or deleted. A word always falls in the same bucket, so the answers are those of one map
 * filled with the whole list in its order (a later equal word's number overwriting an earlier's).
 */
export class LexemeTable implements TextTable {
  /** Buckets by their two ASCII code units (the second 128 for a one-unit word); unfilled: undefined. */
  private readonly ascii: (Map<string, number> | undefined)[] = new Array<Map<string, number> | undefined>(ASCII_SLOTS);
  /** Buckets of the other words, by the lower-case prefix that names them. */
  private readonly other = new Map<string, Map<string, number>>();
  /** How many of the list's words the buckets are filled from (the list wink later adds to is longer). */
  private readonly shipped: number;

  /**
   * @param list - The model's words in its order; never changed here.
   * @param head - How many words at the list's start stand outside its lower-case order.
   */
  constructor(
    private readonly list: readonly unknown[],
    private readonly head: number,
  ) {
    this.shipped = list.length;
  }

  /** The number of `text`. */
  get(text: string): number | undefined {
    return this.bucket(text).get(text);
  }

  /** Numbers `text` `value`. */
  set(text: string, value: number): this {
    this.bucket(text).set(text, value);
    return this;
  }

  /** Whether `text` has a number. */
  has(text: string): boolean {
    return this.bucket(text).has(text);
  }

  /** Drops `text`'s number; whether it had one. */
  delete(text: string): boolean {
    return this.bucket(text).delete(text);
  }

  /** Every numbered text once (fills every bucket). */
  keys(): IterableIterator<string> {
    for (let k = this.head; k < this.shipped; k++) this.bucket(this.list[k] as string);
    for (let k = 0; k < this.head; k++) this.bucket(this.list[k] as string);
    const all = new Set<string>();
    for (const map of this.ascii) if (map !== undefined) for (const key of map.keys()) all.add(key);
    for (const map of this.other.values()) for (const key of map.keys()) all.add(key);
    return all.keys();
  }

  /** The map of `text`'s bucket, filled at the first question. */
  private bucket(text: string): Map<string, number> {
    const c0 = text.length > 0 ? text.charCodeAt(0) : -1;
    const c1 = text.length > 1 ? text.charCodeAt(1) : 128;
    if (c0 >= 0 && c0 < 128 && c1 <= 128) {
      const slot = lowerAscii(c0) * 129 + lowerAscii(c1);
      return this.ascii[slot] ?? (this.ascii[slot] = this.fill(text.toLowerCase()));
    }
    const lower = text.toLowerCase();
    const prefix = lower.length > 2 ? lower.slice(0, 2) : lower;
    let map = this.other.get(prefix);
    if (map === undefined) this.other.set(prefix, (map = this.fill(lower)));
    return map;
  }

  /**
   * A map of every listed word whose lower-case form begins with `lower`'s first two code units
   * (is `lower`, when that is shorter), in list order.
   */
  private fill(lower: string): Map<string, number> {
    const map = new Map<string, number>();
    const whole = lower.length < 2;
    const prefix = whole ? lower : lower.slice(0, 2);
    const inBucket = (word: string): boolean => (whole ? word === prefix : word.startsWith(prefix));
    for (let k = 0; k < this.head; k++) {
      const word = this.list[k] as string;
      if (inBucket(word.toLowerCase())) map.set(word, k);
    }
    // The first word not before the prefix, then the first after the bucket (sorted: one run).
    let lo = this.head;
    let hi = this.shipped;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.list[mid] as string).toLowerCase() < prefix) lo = mid + 1;
      else hi = mid;
    }
    const from = lo;
    hi = this.shipped;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (inBucket((this.list[mid] as string).toLowerCase())) lo = mid + 1;
      else hi = mid;
    }
    for (let k = from; k < lo; k++) map.set(this.list[k] as string, k);
    return map;
  }
}
