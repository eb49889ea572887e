/**
 * Facts about wink's lexemes (distinct token texts), by wink's id for each, kept for a process:
 * see {@link LexemeCache}. Knows nothing of wink itself; the wink adapter (./read) fills it.
 */

/** Where each fact about a lexeme sits among its slots in a {@link LexemeCache}: its text. */
export const VALUE = 0;
/** Slot of the lexeme's wink type ("word", "punctuation" …). */
export const TYPE = 1;
/** Slot of the lexeme id of the normal form, as wink's machines read it (-1: none of the model's). */
export const NORMAL_ID = 2;
/** Slot of the lexeme's lemma when wink tags it a verb (null: wink gives none). */
export const VERB_LEMMA = 3;
/**
 * Slot of the lexeme's {@link TokenText} (its text, normal form and that form's word number),
 * shared by every token of the lexeme whose normal form is its own: the one place its normal form
 * is kept.
 */
export const TOKEN_TEXT = 4;
const SLOTS = 5;

/**
 * What a token's text is in every token of one lexeme (not of a contraction, whose normal form
 * depends on its place): its text, its normal form and that form's word number. Tokens hold one
 * shared record rather than three fields each, which keeps a long document's tokens smaller.
 */
export interface TokenText {
  readonly value: string;
  readonly normal: string;
  /** The word number of {@link TokenText.normal} (`wordNumber` of src/text/word-numbers). */
  readonly number: number;
}

/** One fact: a string, a number, a token text, null for "asked, none", undefined for "not known yet". */
export type LexemeFact = string | number | TokenText | null | undefined;

/**
 * The highest lexeme id remembered: wink numbers new words as it meets them, so a process that
 * reads millions of reviews would otherwise keep one entry per typo; past this, ids are asked of
 * wink at every token (as wink itself still keeps them).
 */
const MAX_CACHED_LEXEME = 1 << 21;

/**
 * What review-lens remembers of each lexeme id met so far: its text, type, normal form, the
 * lexeme id and the word number of that normal form, and its lemma as a verb; `undefined` where not known yet.
 * A lexeme's facts sit side by side (one memory read for all of a token's), in the order the
 * lexemes were met, so the few thousand a batch meets stay close in memory; a typed array maps
 * each id to its place. (Not an array of facts over the whole lexicon: so large an allocation
 * forces a full garbage collection right after the model is loaded. Not a Map of objects: slower
 * to read.)
 */
export class LexemeCache {
  /** For each lexeme id, 1 + its place in {@link LexemeCache.facts} (0: not met). */
  private index: Int32Array;
  private readonly facts: LexemeFact[] = [];

  constructor(lexemes: number) {
    this.index = new Int32Array(lexemes);
  }

  /**
   * Where lexeme `id`'s facts start, for {@link LexemeCache.at}: -1 when none is known. One look-up
   * for all the facts of a token.
   */
  base(id: number): number {
    const k = id < this.index.length ? (this.index[id] as number) : 0;
    return (k - 1) * SLOTS;
  }

  /** Fact `slot` of the lexeme whose facts start at `base` (a base of -1 or less knows none). */
  at(base: number, slot: number): LexemeFact {
    return base < 0 ? undefined : this.facts[base + slot];
  }

  /** Fact `slot` of lexeme `id`, or undefined. */
  get(id: number, slot: number): LexemeFact {
    return this.at(this.base(id), slot);
  }

  /** Remembers fact `slot` of lexeme `id` (not past {@link MAX_CACHED_LEXEME}). */
  set(id: number, slot: number, value: Exclude<LexemeFact, undefined>): void {
    if (id > MAX_CACHED_LEXEME) return;
    if (id >= this.index.length) {
      const grown = new Int32Array(Math.max(id + 1, this.index.length + (this.index.length >> 1)));
      grown.set(this.index);
      this.index = grown;
    }
    let k = this.index[id] as number;
    if (k === 0) {
      k = this.facts.length / SLOTS + 1;
      this.index[id] = k;
      for (let f = 0; f < SLOTS; f++) this.facts.push(undefined);
    }
    this.facts[(k - 1) * SLOTS + slot] = value;
  }
}
