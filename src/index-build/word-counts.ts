/**
 * The lower-case words of a work's reviews, with their uses (see weak-forms.ts: a capitalised word
 * the reviews also write in lower case is an ordinary word, not a name). Read with one scan of
 * character codes per text: each word's hash is computed as it is read and the word is looked up
 * against the text in place, so only a word not counted before is copied out of the text.
 *
 * Memory is bounded, and the counts do not hang on the order of the reviews: at most
 * {@link MAX_LOWER_WORDS} distinct words are kept, those whose hash is below a limit; when one more
 * would pass the cap, the limit halves and the words above it go. The words kept are then the
 * ones below the largest limit under which the reviews write at most the cap of distinct words,
 * whatever their order, and each kept word was counted from its first use. A word above the limit
 * reads as never written in lower case.
 */
import { flat, fnv1a, mix32 } from '../text/hash';

/** Distinct lower-case words counted per work. */
export const MAX_LOWER_WORDS = 8192;

/** Longest lower-case word counted: longer ones are no word a name is also written as. */
export const MAX_LOWER_WORD_LENGTH = 40;

/** The hash a word is kept under: its FNV-1a hash, mixed so the limit's high bits and the slot's low bits are both spread. */
export const hashOf = (word: string): number => mix32(fnv1a(word));

/** A lower-case word's counts, in an open-addressed table of words and their hashes. */
export class WordCounts {
  private keys: Array<string | undefined> = new Array<string | undefined>(64);
  private hashes = new Uint32Array(64);
  // Counts stay far below 2^32 in any batch: a Uint32Array halves the table's count bytes.
  private uses = new Uint32Array(64);
  private size = 0;
  /** Words are kept when their hash is below this. */
  private limit = 2 ** 32;

  /** @param cap - distinct words kept at most. */
  constructor(private readonly cap = MAX_LOWER_WORDS) {}

  /** Distinct words kept now. */
  get kept(): number {
    return this.size;
  }

  /** The uses counted of `word` (0 for a word above the limit). */
  get(word: string): number {
    const h = hashOf(word);
    if (h >= this.limit) return 0;
    const mask = this.keys.length - 1;
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const key = this.keys[s];
      if (key === undefined) return 0;
      if (this.hashes[s] === h && key === word) return this.uses[s] as number;
    }
  }

  /** Counts one use of `text.slice(start, end)`, whose hash is `h`. */
  add(text: string, start: number, end: number, h: number): void {
    if (h >= this.limit) return;
    const length = end - start;
    let mask = this.keys.length - 1;
    let s = h & mask;
    for (; ; s = (s + 1) & mask) {
      const key = this.keys[s];
      if (key === undefined) break;
      if (this.hashes[s] === h && key.length === length && text.startsWith(key, start)) {
        this.uses[s] = (this.uses[s] as number) + 1;
        return;
      }
    }
    while (this.size >= this.cap) {
      // Words sharing one hash past the cap (only a crafted input) would halve the limit down to
      // nothing, rebuilding the table each time: at a limit of 1 no new word is taken instead.
      if (this.limit <= 1) return;
      this.limit /= 2;
      this.rebuild(this.keys.length);
      if (h >= this.limit) return;
    }
    if (2 * (this.size + 1) > this.keys.length) this.rebuild(2 * this.keys.length);
    mask = this.keys.length - 1;
    s = h & mask;
    while (this.keys[s] !== undefined) s = (s + 1) & mask;
    this.keys[s] = flat(text.slice(start, end));
    this.hashes[s] = h;
    this.uses[s] = 1;
    this.size++;
  }

  /** Lays the words below the limit out again in a table of `slots` slots. */
  private rebuild(slots: number): void {
    const { keys, hashes, uses } = this;
    this.keys = new Array<string | undefined>(slots);
    this.hashes = new Uint32Array(slots);
    this.uses = new Uint32Array(slots);
    this.size = 0;
    const mask = slots - 1;
    for (let t = 0; t < keys.length; t++) {
      const key = keys[t];
      const h = hashes[t] as number;
      if (key === undefined || h >= this.limit) continue;
      let s = h & mask;
      while (this.keys[s] !== undefined) s = (s + 1) & mask;
      this.keys[s] = key;
      this.hashes[s] = h;
      this.uses[s] = uses[t] as number;
      this.size++;
    }
  }
}
