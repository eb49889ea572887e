/**
 * Unicode classes of code points, as bits, for passes that read a text by its character codes
 * (no one-character string per character): looked up in a table for the basic plane, filled as
 * met, and by the regular expressions for the code points beyond it.
 */

/** A lower-case letter (`\p{Ll}`). */
export const CODE_LOWER = 1;
/** An upper-case letter (`\p{Lu}`). */
export const CODE_UPPER = 2;
/** A digit or other number (`\p{N}`). */
export const CODE_DIGIT = 4;
/** A letter or a number (`[\p{L}\p{N}]`). */
export const CODE_LETTER_OR_DIGIT = 8;
/** Set on every classified code point, so a table entry of 0 means not classified yet. */
const KNOWN = 16;

const LOWER_LETTER = /^\p{Ll}$/u;
const UPPER_LETTER = /^\p{Lu}$/u;
const NUMBER = /^\p{N}$/u;
const ANY_LETTER = /^\p{L}$/u;

/** The class bits of the one-code-point string `ch`, read from its Unicode properties. */
export function classify(ch: string): number {
  const lower = LOWER_LETTER.test(ch);
  const upper = UPPER_LETTER.test(ch);
  const digit = NUMBER.test(ch);
  const letter = lower || upper || ANY_LETTER.test(ch);
  return KNOWN | (lower ? CODE_LOWER : 0) | (upper ? CODE_UPPER : 0) | (digit ? CODE_DIGIT : 0) | (letter || digit ? CODE_LETTER_OR_DIGIT : 0);
}

/**
 * The class bits of each code unit of the basic plane, filled as met: ASCII is filled at once, so a
 * pass may read `CODE_CLASSES[c]` for `c < 128` without {@link classOf}.
 */
export const CODE_CLASSES = new Uint8Array(0x10000);
for (let c = 0; c < 128; c++) CODE_CLASSES[c] = classify(String.fromCharCode(c));

/** The class bits of code point `cp`. */
export function classOf(cp: number): number {
  if (cp >= 0x10000) return classify(String.fromCodePoint(cp));
  let k = CODE_CLASSES[cp] as number;
  if (!k) CODE_CLASSES[cp] = k = classify(String.fromCharCode(cp));
  return k;
}

/** Whether the code point `cp` is a lower-case letter (`\p{Ll}`). */
export const isLowerCode = (cp: number): boolean => ((cp < 128 ? (CODE_CLASSES[cp] as number) : classOf(cp)) & CODE_LOWER) !== 0;

/** Whether the code point `cp` is a letter or a digit (`[\p{L}\p{N}]`). */
export const isLetterOrDigitCode = (cp: number): boolean => ((cp < 128 ? (CODE_CLASSES[cp] as number) : classOf(cp)) & CODE_LETTER_OR_DIGIT) !== 0;

/** The code point at `i` of `text` (a lone surrogate as itself). */
export function codePointAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff || i + 1 >= text.length) return c;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000 : c;
}
