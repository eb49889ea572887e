/**
 * The words of a text the index reads, found in one pass over its character codes: the capitalised
 * words, for the plain mentions (plain-mentions.ts), the names written side by side
 * (form-context.ts) and the weak forms (weak-forms.ts); and the lower-case words, counted for the
 * weak forms (see word-counts.ts). A word starts where no letter, digit, apostrophe or hyphen is
 * before it: a capitalised one is an upper-case letter and the letters, digits and hyphens after
 * it; a lower-case one, a lower-case letter and the lower-case letters and digits after it.
 */
import { CODE_CLASSES, CODE_DIGIT, CODE_LETTER_OR_DIGIT, CODE_LOWER, CODE_UPPER, classOf, codePointAt } from '../text/code-classes';
import { FNV_OFFSET, fnvStep, mix32 } from '../text/hash';
import { MAX_LOWER_WORD_LENGTH, type WordCounts } from './word-counts';

/** Where a word starts and ends in a text. */
export interface WordSpan {
  start: number;
  end: number;
}

/** Whether a word may not start right after code point `c` (a letter, a digit, an apostrophe or a hyphen). */
const holds = (c: number, k: number): boolean => (k & CODE_LETTER_OR_DIGIT) !== 0 || c === 39 || c === 0x2019 || c === 45;

/**
 * The capitalised words of `text`, in order, counting its lower-case words (those of at most
 * `MAX_LOWER_WORD_LENGTH` code units) on `lower` when given. One pass over the character codes.
 */
export function readWords(text: string, lower?: WordCounts): WordSpan[] {
  const words: WordSpan[] = [];
  const n = text.length;
  /** Whether the code point before `i` keeps a word from starting at `i`. */
  let held = false;
  for (let i = 0; i < n; ) {
    let c = text.charCodeAt(i);
    let k = c < 128 ? (CODE_CLASSES[c] as number) : classOf((c = codePointAt(text, i)));
    if (held || !(k & (CODE_LOWER | CODE_UPPER))) {
      held = holds(c, k);
      i += c > 0xffff ? 2 : 1;
      continue;
    }
    held = true;
    const start = i;
    if (k & CODE_UPPER) {
      // Letters, digits and hyphens.
      do {
        i += c > 0xffff ? 2 : 1;
        if (i >= n) break;
        c = text.charCodeAt(i);
        k = c < 128 ? (CODE_CLASSES[c] as number) : classOf((c = codePointAt(text, i)));
      } while (k & CODE_LETTER_OR_DIGIT || c === 45);
      words.push({ start, end: i });
      continue;
    }
    // Lower-case letters and digits, hashed as they are read.
    let h = FNV_OFFSET;
    do {
      h = fnvStep(h, text.charCodeAt(i));
      if (c > 0xffff) h = fnvStep(h, text.charCodeAt(i + 1));
      i += c > 0xffff ? 2 : 1;
      if (i >= n) break;
      c = text.charCodeAt(i);
      k = c < 128 ? (CODE_CLASSES[c] as number) : classOf((c = codePointAt(text, i)));
    } while (k & (CODE_LOWER | CODE_DIGIT));
    if (lower && i - start <= MAX_LOWER_WORD_LENGTH) lower.add(text, start, i, mix32(h));
  }
  return words;
}
