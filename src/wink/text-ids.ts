/**
 * A table from short texts to lexeme numbers, for the adapter's answer to wink's look-ups (see
 * `LearnedWords`): see {@link TextIds}.
 */
import { fnv1a } from '../text/hash';

/** {@link TextIds.get}'s answer for a text it holds no entry for. */
export const ABSENT = -2;
/** The value that stands for "asked, and the lexeme table has no such text". */
export const NONE = -1;

/**
 * How far from its home slot an entry may lie. The hash is not seeded, so texts made to share a
 * slot could make every probe walk a long run; bounded, a look-up costs a constant, and a text that
 * finds no slot within the bound is simply not held (the table is a memo: its caller asks the
 * lexeme table again). Every entry stays within the bound: `set` and `grow` place none beyond it,
 * and `delete` only moves entries nearer their home.
 */
const MAX_PROBES = 32;

/**
 * Numbers by text (each 0 or more, or {@link NONE}), in an open-addressed table of texts, their
 * hashes and their numbers. wink's tokenizer hands over a new string for every token; a `Map`
 * keyed by such a string asks the engine for the string's hash first, which costs more than
 * hashing a few code units here (the texts are short: the adapter keeps only those of at most a
 * dozen code units).
 */
export class TextIds {
  private keys: Array<string | undefined> = new Array<string | undefined>(1024).fill(undefined);
  private hashes = new Int32Array(1024);
  private values = new Int32Array(1024);
  private count = 0;

  /** Texts held. */
  get size(): number {
    return this.count;
  }

  /** `text`'s number, {@link NONE}, or {@link ABSENT} when the table holds no entry for it. */
  get(text: string): number {
    const h = fnv1a(text) | 0;
    const mask = this.keys.length - 1;
    for (let s = h & mask, n = 0; n < MAX_PROBES; s = (s + 1) & mask, n++) {
      const key = this.keys[s];
      if (key === undefined) return ABSENT;
      if (this.hashes[s] === h && key === text) return this.values[s] as number;
    }
    return ABSENT;
  }

  /** Sets `text`'s entry to `value` (a number of 0 or more, or {@link NONE}). */
  set(text: string, value: number): void {
    if (2 * (this.count + 1) > this.keys.length) this.grow();
    const h = fnv1a(text) | 0;
    const mask = this.keys.length - 1;
    let s = h & mask;
    let n = 0;
    for (; n < MAX_PROBES; s = (s + 1) & mask, n++) {
      const key = this.keys[s];
      if (key === undefined) break;
      if (this.hashes[s] === h && key === text) {
        this.values[s] = value;
        return;
      }
    }
    if (n === MAX_PROBES) return;
    this.keys[s] = text;
    this.hashes[s] = h;
    this.values[s] = value;
    this.count++;
  }

  /**
   * Takes `text`'s entry out, if any. The entries after it in its run move back into the gap
   * (linear probing without tombstones), so a later look-up never stops short of an entry.
   */
  delete(text: string): void {
    const h = fnv1a(text) | 0;
    const mask = this.keys.length - 1;
    let s = h & mask;
    for (let n = 0; ; s = (s + 1) & mask, n++) {
      const key = this.keys[s];
      if (key === undefined || n === MAX_PROBES) return;
      if (this.hashes[s] === h && key === text) break;
    }
    this.count--;
    // Backward shift: an entry further on moves into the gap unless its home slot lies cyclically
    // after the gap and at or before its own place.
    let gap = s;
    for (let t = (s + 1) & mask; ; t = (t + 1) & mask) {
      const key = this.keys[t];
      if (key === undefined) break;
      const home = (this.hashes[t] as number) & mask;
      const stays = gap <= t ? home > gap && home <= t : home > gap || home <= t;
      if (stays) continue;
      this.keys[gap] = key;
      this.hashes[gap] = this.hashes[t] as number;
      this.values[gap] = this.values[t] as number;
      gap = t;
    }
    this.keys[gap] = undefined;
  }

  /** Takes every entry out. */
  clear(): void {
    this.keys.fill(undefined);
    this.count = 0;
  }

  /** Lays the entries out again in a table twice the size. */
  private grow(): void {
    const { keys, hashes, values } = this;
    const slots = keys.length * 2;
    this.keys = new Array<string | undefined>(slots).fill(undefined);
    this.hashes = new Int32Array(slots);
    this.values = new Int32Array(slots);
    const mask = slots - 1;
    for (let t = 0; t < keys.length; t++) {
      const key = keys[t];
      if (key === undefined) continue;
      const h = hashes[t] as number;
      let s = h & mask;
      let n = 0;
      while (this.keys[s] !== undefined && n < MAX_PROBES) {
        s = (s + 1) & mask;
        n++;
      }
      if (n === MAX_PROBES) {
        this.count--;
        continue;
      }
      this.keys[s] = key;
      this.hashes[s] = h;
      this.values[s] = values[t] as number;
    }
  }
}
