/**
 * The words of a text the index reads, found in one pass over its character codes: the capitalised
 * words, for the plain mentions (plain-mentions.ts), the names written side by side
 * (form-context.ts) and the weak forms (weak-forms.ts); the lower-case words, counted for the
 * weak forms (see word-counts.ts); and the lower-case words after a determiner, for the context
 * (see determiner-words.ts). A word starts where no letter, digit, apostrophe or hyphen is
 * before it: a capitalised one is an upper-case letter and the letters, digits and hyphens after
 * it; a lower-case one, a lower-case letter and the lower-case letters and digits after it.
 */
import { CODE_CLASSES, CODE_DIGIT, CODE_LETTER_OR_DIGIT, CODE_LOWER, CODE_UPPER, classOf, codePointAt } from '../text/code-classes';
import { FNV_OFFSET, fnvStep, mix32 } from '../text/hash';
import { readAfterDeterminer } from './determiner-words';
import { MAX_LOWER_WORD_LENGTH, type WordCounts } from './word-counts';

/** Where a word starts and ends in a text. */
export interface WordSpan {
  start: number;
  end: number;
}

/** Whether a word may not start right after code point `c` (a letter, a digit, an apostrophe or a hyphen). */
const holds = (c: number, k: number): boolean => (k & CODE_LETTER_OR_DIGIT) !== 0 || c === 39 || c === 0x2019 || c === 45;

/** Either case of letter. */
const CODE_LETTER = CODE_LOWER | CODE_UPPER;

/**
 * The capitalised words of `text`, in order, counting its lower-case words (those of at most
 * `MAX_LOWER_WORD_LENGTH` code units) on `lower` when given, and calling `afterDeterminer` with the
 * start and end of each lower-case word a determiner comes before (see
 * {@link readAfterDeterminer}: a determiner is a run of ASCII letters that no ASCII letter, digit
 * or underscore comes before, wherever it is in the words read here, and none is read inside the
 * word after the last one found). One pass over the character codes.
 */
export function readWords(text: string, lower?: WordCounts, afterDeterminer?: (start: number, end: number) => void): WordSpan[] {
  const words: WordSpan[] = [];
  const n = text.length;
  /** Whether the code point before `i` keeps a word from starting at `i`. */
  let held = false;
  /** Where a determiner may start: not inside the word read after the last one. */
  let from = 0;
  /**
   * Whether the code unit before `i` is no ASCII letter or digit though a word goes on across it
   * (a letter beyond ASCII, a hyphen): an ASCII letter after it may start a determiner.
   */
  let odd = false;
  for (let i = 0; i < n; ) {
    let c = text.charCodeAt(i);
    let k = c < 128 ? (CODE_CLASSES[c] as number) : classOf((c = codePointAt(text, i)));
    if (held || !(k & CODE_LETTER)) {
      if (afterDeterminer && c < 128 && k & CODE_LETTER && i >= from) from = Math.max(from, readAfterDeterminer(text, i, afterDeterminer));
      held = holds(c, k);
      i += c > 0xffff ? 2 : 1;
      continue;
    }
    if (afterDeterminer && c < 128 && i >= from) from = Math.max(from, readAfterDeterminer(text, i, afterDeterminer));
    held = true;
    const start = i;
    if (k & CODE_UPPER) {
      // Letters, digits and hyphens.
      do {
        odd = c >= 128 || c === 45;
        i += c > 0xffff ? 2 : 1;
        if (i >= n) break;
        c = text.charCodeAt(i);
        k = c < 128 ? (CODE_CLASSES[c] as number) : classOf((c = codePointAt(text, i)));
        if (odd && afterDeterminer && c < 128 && k & CODE_LETTER && i >= from) from = Math.max(from, readAfterDeterminer(text, i, afterDeterminer));
      } while (k & CODE_LETTER_OR_DIGIT || c === 45);
      words.push({ start, end: i });
      continue;
    }
    // Lower-case letters and digits, hashed as they are read.
    let h = FNV_OFFSET;
    do {
      h = fnvStep(h, text.charCodeAt(i));
      if (c > 0xffff) h = fnvStep(h, text.charCodeAt(i + 1));
      odd = c >= 128;
      i += c > 0xffff ? 2 : 1;
      if (i >= n) break;
      c = text.charCodeAt(i);
      k = c < 128 ? (CODE_CLASSES[c] as number) : classOf((c = codePointAt(text, i)));
      if (odd && afterDeterminer && c < 128 && k & CODE_LOWER && i >= from) from = Math.max(from, readAfterDeterminer(text, i, afterDeterminer));
    } while (k & (CODE_LOWER | CODE_DIGIT));
    if (lower && i - start <= MAX_LOWER_WORD_LENGTH) lower.add(text, start, i, mix32(h));
  }
  return words;
}
