/**
 * The words of a text the index reads, found in one pass over its character codes: the capitalised
 * words, for the plain mentions (plain-mentions.ts), the names written side by side
 * (form-context.ts) and the weak forms (weak-forms.ts); and the lower-case words, counted for the
 * weak forms (see word-counts.ts). A word starts where no letter, digit, apostrophe or hyphen is
 * before it: a capitalised one is an upper-case letter and the letters, digits and hyphens after
 * it; a lower-case one, a lower-case letter and the lower-case letters and digits after it.
 */
import { FNV_OFFSET, fnvStep, mix32 } from '../text/hash';
import { MAX_LOWER_WORD_LENGTH, type WordCounts } from './word-counts';

/** Where a word starts and ends in a text. */
export interface WordSpan {
  start: number;
  end: number;
}

/** Character classes, as bits. */
const LOWER = 1;
const UPPER = 2;
const DIGIT = 4;
const LETTER_OR_DIGIT = 8;
const KNOWN = 16;
const LOWER_LETTER = /^\p{Ll}$/u;
const UPPER_LETTER = /^\p{Lu}$/u;
const NUMBER = /^\p{N}$/u;
const ANY_LETTER = /^\p{L}$/u;

function classify(ch: string): number {
  const lower = LOWER_LETTER.test(ch);
  const upper = UPPER_LETTER.test(ch);
  const digit = NUMBER.test(ch);
  const letter = lower || upper || ANY_LETTER.test(ch);
  return KNOWN | (lower ? LOWER : 0) | (upper ? UPPER : 0) | (digit ? DIGIT : 0) | (letter || digit ? LETTER_OR_DIGIT : 0);
}

/** The class of each code unit of the basic plane, filled as met (ASCII at once). */
const CLASSES = new Uint8Array(0x10000);
for (let c = 0; c < 128; c++) CLASSES[c] = classify(String.fromCharCode(c));

/** The class bits of code point `cp`. */
function classOf(cp: number): number {
  if (cp >= 0x10000) return classify(String.fromCodePoint(cp));
  let k = CLASSES[cp] as number;
  if (!k) CLASSES[cp] = k = classify(String.fromCharCode(cp));
  return k;
}

/** Whether the code point `cp` is a lower-case letter (`\p{Ll}`). */
export const isLowerCode = (cp: number): boolean => ((cp < 128 ? (CLASSES[cp] as number) : classOf(cp)) & LOWER) !== 0;

/** Whether the code point `cp` is a letter or a digit (`[\p{L}\p{N}]`). */
export const isLetterOrDigitCode = (cp: number): boolean => ((cp < 128 ? (CLASSES[cp] as number) : classOf(cp)) & LETTER_OR_DIGIT) !== 0;

/** The code point at `i` of `text` (a lone surrogate as itself). */
export function codePointAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff || i + 1 >= text.length) return c;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000 : c;
}

/** Whether a word may not start right after code point `c` (a letter, a digit, an apostrophe or a hyphen). */
const holds = (c: number, k: number): boolean => (k & LETTER_OR_DIGIT) !== 0 || c === 39 || c === 0x2019 || c === 45;

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
    let k = c < 128 ? (CLASSES[c] as number) : classOf((c = codePointAt(text, i)));
    if (held || !(k & (LOWER | UPPER))) {
      held = holds(c, k);
      i += c > 0xffff ? 2 : 1;
      continue;
    }
    held = true;
    const start = i;
    if (k & UPPER) {
      // Letters, digits and hyphens.
      do {
        i += c > 0xffff ? 2 : 1;
        if (i >= n) break;
        c = text.charCodeAt(i);
        k = c < 128 ? (CLASSES[c] as number) : classOf((c = codePointAt(text, i)));
      } while (k & LETTER_OR_DIGIT || c === 45);
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
      k = c < 128 ? (CLASSES[c] as number) : classOf((c = codePointAt(text, i)));
    } while (k & (LOWER | DIGIT));
    if (lower && i - start <= MAX_LOWER_WORD_LENGTH) lower.add(text, start, i, mix32(h));
  }
  return words;
}

/** The capitalised words of `text` (see {@link readWords}), in order: one pass over the text. */
export function capitalisedWords(text: string): WordSpan[] {
  return readWords(text);
}
