/**
 * A table from short texts to lexeme numbers, for the adapter's answer to wink's look-ups (see
 * `LearnedWords`): see {@link TextIds}.
 */
import { FNV_OFFSET, fnv1a, fnvStep } from '../text/hash';

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

/** The longest text a slot holds in its own memory; a longer one is compared through {@link TextIds}' texts. */
const PACKED_LENGTH = 12;
/** 32-bit words a slot takes: its hash, its number and length, then the text's code units two to a word. */
const SLOT = 8;
/** Where a slot's packed code units start among its words. */
const CHARS = 2;
/** The length code of a text longer than {@link PACKED_LENGTH}. */
const LONG = 15;
/** Bits of a slot's second word that hold the length code; the stored number is above them. */
const LENGTH_BITS = 4;
/** Added to a number to store it, so that {@link NONE} and every number stay clear of an empty slot (0). */
const STORED = 2;

/**
 * Numbers by text (each 0 or more, or {@link NONE}; below 2^26), in an open-addressed table whose
 * slots sit in one typed array: each slot holds its text's hash, its number and length, and a text
 * of at most {@link PACKED_LENGTH} code units itself, so a look-up reads one slot's memory and
 * compares numbers. With thousands of texts held and the rest of the analysis run between two
 * look-ups, each read of a separate array or of a string elsewhere in the heap is likely a cache
 * miss. wink's tokenizer hands over a new string for every token; a `Map` keyed by such a string
 * asks the engine for the string's hash first, which costs more than hashing a few code units
 * here (the adapter keeps only texts of at most a dozen code units).
 */
export class TextIds {
  /** Texts longer than {@link PACKED_LENGTH}, by slot (undefined elsewhere). */
  private keys: Array<string | undefined> = new Array<string | undefined>(1024).fill(undefined);
  /** {@link SLOT} words per slot: hash, stored number and length code (0: no entry), code units. */
  private slots = new Int32Array(1024 * SLOT);
  private count = 0;
  /** The asked text's code units, two to a word (a text of at most {@link PACKED_LENGTH}). */
  private readonly asked = new Int32Array(SLOT - CHARS);

  /** Texts held. */
  get size(): number {
    return this.count;
  }

  /**
   * `text`'s hash; `text`'s code units go into {@link TextIds.asked} when it is short enough, each
   * word written once (two code units, the last one alone, then zeros).
   */
  private hashOf(text: string): number {
    const n = text.length;
    if (n > PACKED_LENGTH) return fnv1a(text) | 0;
    const asked = this.asked;
    let h = FNV_OFFSET;
    let i = 0;
    for (; i + 1 < n; i += 2) {
      const a = text.charCodeAt(i);
      const b = text.charCodeAt(i + 1);
      h = fnvStep(fnvStep(h, a), b);
      asked[i >> 1] = a | (b << 16);
    }
    if (i < n) {
      const a = text.charCodeAt(i);
      h = fnvStep(h, a);
      asked[i >> 1] = a;
      i += 2;
    }
    for (let k = i >> 1; k < SLOT - CHARS; k++) asked[k] = 0;
    return h | 0;
  }

  /** True when slot `at` (its first word) holds `text`, whose hash is `h` (after {@link TextIds.hashOf}). */
  private holds(at: number, h: number, text: string): boolean {
    const slots = this.slots;
    if (slots[at] !== h) return false;
    const code = (slots[at + 1] as number) & ((1 << LENGTH_BITS) - 1);
    if (text.length > PACKED_LENGTH) return code === LONG && this.keys[at / SLOT] === text;
    if (code !== text.length) return false;
    const asked = this.asked;
    for (let k = 0; k < SLOT - CHARS; k++) if (slots[at + CHARS + k] !== asked[k]) return false;
    return true;
  }

  /** `text`'s number, {@link NONE}, or {@link ABSENT} when the table holds no entry for it. */
  get(text: string): number {
    const h = this.hashOf(text);
    const slots = this.slots;
    const mask = this.keys.length - 1;
    for (let s = h & mask, n = 0; n < MAX_PROBES; s = (s + 1) & mask, n++) {
      const stored = slots[s * SLOT + 1] as number;
      if (stored === 0) return ABSENT;
      if (this.holds(s * SLOT, h, text)) return (stored >>> LENGTH_BITS) - STORED;
    }
    return ABSENT;
  }

  /** Sets `text`'s entry to `value` (a number of 0 or more below 2^26, or {@link NONE}). */
  set(text: string, value: number): void {
    if (2 * (this.count + 1) > this.keys.length) this.grow();
    const h = this.hashOf(text);
    const slots = this.slots;
    const mask = this.keys.length - 1;
    const code = text.length > PACKED_LENGTH ? LONG : text.length;
    const stored = ((value + STORED) << LENGTH_BITS) | code;
    let s = h & mask;
    let n = 0;
    for (; n < MAX_PROBES; s = (s + 1) & mask, n++) {
      if (slots[s * SLOT + 1] === 0) break;
      if (this.holds(s * SLOT, h, text)) {
        slots[s * SLOT + 1] = stored;
        return;
      }
    }
    if (n === MAX_PROBES) return;
    const at = s * SLOT;
    slots[at] = h;
    slots[at + 1] = stored;
    if (code === LONG) this.keys[s] = text;
    else slots.set(this.asked, at + CHARS);
    this.count++;
  }

  /**
   * Takes `text`'s entry out, if any. The entries after it in its run move back into the gap
   * (linear probing without tombstones), so a later look-up never stops short of an entry.
   */
  delete(text: string): void {
    const h = this.hashOf(text);
    const slots = this.slots;
    const mask = this.keys.length - 1;
    let s = h & mask;
    for (let n = 0; ; s = (s + 1) & mask, n++) {
      if (slots[s * SLOT + 1] === 0 || n === MAX_PROBES) return;
      if (this.holds(s * SLOT, h, text)) break;
    }
    this.count--;
    // Backward shift: an entry further on moves into the gap unless its home slot lies cyclically
    // after the gap and at or before its own place.
    let gap = s;
    for (let t = (s + 1) & mask; ; t = (t + 1) & mask) {
      if (slots[t * SLOT + 1] === 0) break;
      const home = (slots[t * SLOT] as number) & mask;
      const stays = gap <= t ? home > gap && home <= t : home > gap || home <= t;
      if (stays) continue;
      this.keys[gap] = this.keys[t];
      slots.copyWithin(gap * SLOT, t * SLOT, (t + 1) * SLOT);
      gap = t;
    }
    this.keys[gap] = undefined;
    slots.fill(0, gap * SLOT, (gap + 1) * SLOT);
  }

  /** Takes every entry out. */
  clear(): void {
    this.keys.fill(undefined);
    this.slots.fill(0);
    this.count = 0;
  }

  /** Lays the entries out again in a table twice the size. */
  private grow(): void {
    const { keys, slots } = this;
    const size = keys.length * 2;
    this.keys = new Array<string | undefined>(size).fill(undefined);
    this.slots = new Int32Array(size * SLOT);
    const mask = size - 1;
    for (let t = 0; t < keys.length; t++) {
      if (slots[t * SLOT + 1] === 0) continue;
      const h = slots[t * SLOT] as number;
      let s = h & mask;
      let n = 0;
      while (this.slots[s * SLOT + 1] !== 0 && n < MAX_PROBES) {
        s = (s + 1) & mask;
        n++;
      }
      if (n === MAX_PROBES) {
        this.count--;
        continue;
      }
      this.keys[s] = keys[t];
      this.slots.set(slots.subarray(t * SLOT, (t + 1) * SLOT), s * SLOT);
    }
  }
}
