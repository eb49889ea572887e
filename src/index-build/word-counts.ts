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
import { fnv1a, mix32 } from '../text/hash';

/** Distinct lower-case words counted per work. */
export const MAX_LOWER_WORDS = 8192;

/** Longest lower-case word counted: longer ones are no word a name is also written as. */
export const MAX_LOWER_WORD_LENGTH = 40;

/** The hash a word is kept under: its FNV-1a hash, mixed so the limit's high bits and the slot's low bits are both spread. */
export const hashOf = (word: string): number => mix32(fnv1a(word));

/**
 * A lower-case word's counts, in an open-addressed table of words and their hashes. The words are
 * kept as code units in one buffer, not as strings: a work keeps thousands of them for the whole
 * batch, and as strings each would be an object the garbage collector copies and then marks again
 * and again.
 */
export class WordCounts {
  /** Where each slot's word starts in {@link WordCounts.chars}. */
  private starts = new Int32Array(64);
  /** Each slot's word length plus one (0: an empty slot). */
  private lengths = new Int32Array(64);
  private hashes = new Uint32Array(64);
  // Counts stay far below 2^32 in any batch: a Uint32Array halves the table's count bytes.
  private uses = new Uint32Array(64);
  /** The kept words' code units, one after another. */
  private chars = new Uint16Array(1024);
  /** Code units of {@link WordCounts.chars} in use. */
  private used = 0;
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
    const mask = this.lengths.length - 1;
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const length = this.lengths[s] as number;
      if (length === 0) return 0;
      if (this.hashes[s] === h && length - 1 === word.length && this.holds(s, word, 0)) return this.uses[s] as number;
    }
  }

  /** Counts one use of `text.slice(start, end)`, whose hash is `h`. */
  add(text: string, start: number, end: number, h: number): void {
    if (h >= this.limit) return;
    const length = end - start;
    let mask = this.lengths.length - 1;
    let s = h & mask;
    for (; ; s = (s + 1) & mask) {
      const held = this.lengths[s] as number;
      if (held === 0) break;
      if (this.hashes[s] === h && held - 1 === length && this.holds(s, text, start)) {
        this.uses[s] = (this.uses[s] as number) + 1;
        return;
      }
    }
    while (this.size >= this.cap) {
      // Words sharing one hash past the cap (only a crafted input) would halve the limit down to
      // nothing, rebuilding the table each time: at a limit of 1 no new word is taken instead.
      if (this.limit <= 1) return;
      this.limit /= 2;
      this.rebuild(this.lengths.length);
      if (h >= this.limit) return;
    }
    if (2 * (this.size + 1) > this.lengths.length) this.rebuild(2 * this.lengths.length);
    mask = this.lengths.length - 1;
    s = h & mask;
    while (this.lengths[s] !== 0) s = (s + 1) & mask;
    if (this.used + length > this.chars.length) {
      const chars = new Uint16Array(2 * Math.max(this.chars.length, this.used + length));
      chars.set(this.chars.subarray(0, this.used));
      this.chars = chars;
    }
    for (let i = 0; i < length; i++) this.chars[this.used + i] = text.charCodeAt(start + i);
    this.starts[s] = this.used;
    this.used += length;
    this.lengths[s] = length + 1;
    this.hashes[s] = h;
    this.uses[s] = 1;
    this.size++;
  }

  /** Whether slot `s` holds the code units of `text` from `from` on (its length already matched). */
  private holds(s: number, text: string, from: number): boolean {
    const at = this.starts[s] as number;
    const length = (this.lengths[s] as number) - 1;
    for (let i = 0; i < length; i++) if (this.chars[at + i] !== text.charCodeAt(from + i)) return false;
    return true;
  }

  /**
   * Lays the words below the limit out again in a table of `slots` slots, their code units in a
   * buffer of their own (the words left out are dropped from it).
   */
  private rebuild(slots: number): void {
    const { starts, lengths, hashes, uses, chars } = this;
    this.starts = new Int32Array(slots);
    this.lengths = new Int32Array(slots);
    this.hashes = new Uint32Array(slots);
    this.uses = new Uint32Array(slots);
    this.chars = new Uint16Array(chars.length);
    this.used = 0;
    this.size = 0;
    const mask = slots - 1;
    for (let t = 0; t < lengths.length; t++) {
      const length = lengths[t] as number;
      const h = hashes[t] as number;
      if (length === 0 || h >= this.limit) continue;
      let s = h & mask;
      while (this.lengths[s] !== 0) s = (s + 1) & mask;
      const at = starts[t] as number;
      // Copied by hand: a subarray per word is an object per word kept, at every rebuild.
      for (let i = 0; i < length - 1; i++) this.chars[this.used + i] = chars[at + i] as number;
      this.starts[s] = this.used;
      this.used += length - 1;
      this.lengths[s] = length;
      this.hashes[s] = h;
      this.uses[s] = uses[t] as number;
      this.size++;
    }
  }
}
