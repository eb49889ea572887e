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

/** Numbers per slot of {@link WordCounts}: where the word starts, its length plus one (0: an empty slot), its hash, its uses. */
const SLOT = 4;
/** Offsets in a slot. */
const START = 0;
const LENGTH = 1;
const HASH = 2;
const USES = 3;

/**
 * A lower-case word's counts, in an open-addressed table of words and their hashes. The words are
 * kept as code units in one buffer, not as strings: a work keeps thousands of them for the whole
 * batch, and as strings each would be an object the garbage collector copies and then marks again
 * and again. A slot's four numbers sit side by side in one typed array, so a look-up reads one
 * stretch of memory rather than four arrays, and a rebuild makes one array, not four.
 */
export class WordCounts {
  /**
   * The slots, {@link SLOT} numbers each. Counts stay far below 2^31 in any batch; a hash is
   * stored as its 32 bits read signed.
   */
  private slots = new Int32Array(64 * SLOT);
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
    const slots = this.slots;
    const mask = slots.length / SLOT - 1;
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const at = s * SLOT;
      const length = slots[at + LENGTH] as number;
      if (length === 0) return 0;
      if (slots[at + HASH] === (h | 0) && length - 1 === word.length && this.holds(at, word, 0)) return slots[at + USES] as number;
    }
  }

  /**
   * Counts one use of `text.slice(start, end)`, whose hash is `h`. Most uses are of a word counted
   * before: that path is all this function holds, small enough for the compiler to take into the
   * caller's loop; a new word goes to {@link WordCounts.insert}.
   */
  add(text: string, start: number, end: number, h: number): void {
    if (h >= this.limit) return;
    const length = end - start;
    const slots = this.slots;
    const mask = slots.length / SLOT - 1;
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const at = s * SLOT;
      const held = slots[at + LENGTH] as number;
      if (held === 0) break;
      if (slots[at + HASH] === (h | 0) && held - 1 === length && this.holds(at, text, start)) {
        slots[at + USES] = (slots[at + USES] as number) + 1;
        return;
      }
    }
    this.insert(text, start, end, h);
  }

  /** Counts the first use of `text.slice(start, end)` (hash `h`, below the limit), making room as needed. */
  private insert(text: string, start: number, end: number, h: number): void {
    const length = end - start;
    while (this.size >= this.cap) {
      // Words sharing one hash past the cap (only a crafted input) would halve the limit down to
      // nothing, rebuilding the table each time: at a limit of 1 no new word is taken instead.
      if (this.limit <= 1) return;
      this.limit /= 2;
      this.rebuild(this.slots.length / SLOT);
      if (h >= this.limit) return;
    }
    if (2 * (this.size + 1) > this.slots.length / SLOT) this.rebuild((2 * this.slots.length) / SLOT);
    const slots = this.slots;
    const mask = slots.length / SLOT - 1;
    let s = h & mask;
    while (slots[s * SLOT + LENGTH] !== 0) s = (s + 1) & mask;
    if (this.used + length > this.chars.length) {
      const chars = new Uint16Array(2 * Math.max(this.chars.length, this.used + length));
      chars.set(this.chars.subarray(0, this.used));
      this.chars = chars;
    }
    for (let i = 0; i < length; i++) this.chars[this.used + i] = text.charCodeAt(start + i);
    const at = s * SLOT;
    slots[at + START] = this.used;
    slots[at + LENGTH] = length + 1;
    slots[at + HASH] = h | 0;
    slots[at + USES] = 1;
    this.used += length;
    this.size++;
  }

  /** Whether the slot at `at` holds the code units of `text` from `from` on (its length already matched). */
  private holds(at: number, text: string, from: number): boolean {
    const first = this.slots[at + START] as number;
    const length = (this.slots[at + LENGTH] as number) - 1;
    for (let i = 0; i < length; i++) if (this.chars[first + i] !== text.charCodeAt(from + i)) return false;
    return true;
  }

  /**
   * Lays the words below the limit out again in a table of `count` slots. A table of the same size
   * (the limit halved) is refilled in place from a copy, and the words left out are dropped from
   * the code units, which are packed again in place; a larger table (more words) leaves the code
   * units where they are. Either way no buffer is made but the larger table: a new typed array is
   * memory the system must zero and map in, a cost the rebuilds of every work added up to.
   */
  private rebuild(count: number): void {
    const old = this.slots;
    const inPlace = count * SLOT === old.length;
    let from: Int32Array = old;
    let slots = old;
    if (inPlace) {
      from = scratchInts(old.length);
      from.set(old);
      old.fill(0);
    } else {
      slots = new Int32Array(count * SLOT);
      this.slots = slots;
    }
    // Only a lower limit drops words, and only then are the code units packed again.
    const chars = this.chars;
    const oldChars: Uint16Array = inPlace ? scratchUnits(this.used) : chars;
    if (inPlace) {
      oldChars.set(chars.subarray(0, this.used));
      this.used = 0;
    }
    this.size = 0;
    const mask = count - 1;
    // The scratch copy may be longer than the table it holds: only the table's part is read.
    for (let t = 0; t < old.length; t += SLOT) {
      const length = from[t + LENGTH] as number;
      const h = (from[t + HASH] as number) >>> 0;
      if (length === 0 || h >= this.limit) continue;
      let s = h & mask;
      while (slots[s * SLOT + LENGTH] !== 0) s = (s + 1) & mask;
      let first = from[t + START] as number;
      if (inPlace) {
        // Copied by hand: a subarray per word is an object per word kept, at every rebuild.
        for (let i = 0; i < length - 1; i++) chars[this.used + i] = oldChars[first + i] as number;
        first = this.used;
        this.used += length - 1;
      }
      const at = s * SLOT;
      slots[at + START] = first;
      slots[at + LENGTH] = length;
      slots[at + HASH] = h | 0;
      slots[at + USES] = from[t + USES] as number;
      this.size++;
    }
  }
}

/**
 * Buffers a rebuild copies a table and its code units into before refilling them in place: one
 * build reads one work's words at a time, so one pair serves every table, grown as needed.
 */
let SCRATCH_INTS = new Int32Array(0);
let SCRATCH_UNITS = new Uint16Array(0);

/** A scratch buffer of at least `n` numbers (its contents are overwritten). */
function scratchInts(n: number): Int32Array {
  if (SCRATCH_INTS.length < n) SCRATCH_INTS = new Int32Array(n);
  return SCRATCH_INTS;
}

/** A scratch buffer of at least `n` code units (its contents are overwritten). */
function scratchUnits(n: number): Uint16Array {
  if (SCRATCH_UNITS.length < n) SCRATCH_UNITS = new Uint16Array(n);
  return SCRATCH_UNITS;
}
