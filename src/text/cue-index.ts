/**
 * Where the cue words of a text stand, found in one pass over its words. A reader that acts only
 * at a few words (`as`, `among`, a plural role noun, a casting verb) visits the places of its own
 * words instead of walking every word of the text and asking its lists at each.
 *
 * Each reader names its words once, as a module constant ({@link CueWords}); the pass over a
 * text's words ({@link CueIndex.note}) asks one table for every list at once, and most words fail
 * its shape test without a look-up.
 */
import { ShapeFilter } from './words';

/** Every list made so far, by its number (its bit in {@link LIST_BITS}). */
const LISTS: CueWords[] = [];
/** The bits of the lists each cue word is in. */
const LIST_BITS = new Map<string, number>();
/** Shapes of every listed word: the first test each word of a text meets. */
const SHAPES = new ShapeFilter();
/** As many lists as one number's bits hold. */
const MAX_LISTS = 31;

/**
 * The lower-case words one reader acts at. Made only as a module constant: {@link CueIndex}
 * indexes the lists made before it.
 */
export class CueWords {
  /** The list's number: its bit in a word's bits. */
  readonly index: number;

  constructor(...lists: Iterable<string>[]) {
    if (LISTS.length >= MAX_LISTS) throw new Error(`review-lens: more than ${MAX_LISTS} cue lists`);
    this.index = LISTS.length;
    LISTS.push(this);
    const bit = 1 << this.index;
    for (const list of lists) {
      for (const w of list) {
        LIST_BITS.set(w, (LIST_BITS.get(w) ?? 0) | bit);
        SHAPES.add(w);
      }
    }
  }
}

const NONE: readonly number[] = [];

/** The places of every {@link CueWords} list's words in one text, each list's in rising order. */
export class CueIndex {
  private readonly places: number[][] = LISTS.map(() => []);

  /**
   * The lists lower-case word `lower` is in, as bits for {@link CueIndex.noteBits}: 0 for most
   * words, which fail the shape test without a look-up.
   */
  static bitsOf(lower: string): number {
    return SHAPES.has(lower) ? (LIST_BITS.get(lower) ?? 0) : 0;
  }

  /** Notes word number `k`, whose lower-case form is `lower`: words are noted in rising order. */
  note(k: number, lower: string): void {
    this.noteBits(k, CueIndex.bitsOf(lower));
  }

  /**
   * Notes word number `k`, in the lists `bits` names ({@link CueIndex.bitsOf} of its lower-case
   * form, asked once for every word of that form): words are noted in rising order.
   */
  noteBits(k: number, bits: number): void {
    while (bits !== 0) {
      const low = bits & -bits;
      (this.places[31 - Math.clz32(low)] as number[]).push(k);
      bits ^= low;
    }
  }

  /** The word numbers of `cue`'s words, rising. */
  of(cue: CueWords): readonly number[] {
    return this.places[cue.index] ?? NONE;
  }
}
