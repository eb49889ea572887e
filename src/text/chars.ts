/**
 * Character tests shared by the stages. Each works on one UTF-16 code unit or code point, with a
 * fast path for ASCII so that passes over the whole text stay cheap.
 */

const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const LETTER = /\p{L}/u;
const LETTER_START = /^\p{L}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const MARK = /\p{M}/u;

/** The first letter or digit of a string (`.exec(s)?.[0]`). */
export const FIRST_LETTER_OR_DIGIT = /\p{L}|\p{N}/u;
/** A string holding a letter or a digit somewhere. */
export const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** A string of upper-case letters only ("NIS", "MRS"). */
export const ALL_UPPER = /^\p{Lu}+$/u;

/** True for a word of two or more capital letters and nothing else ("AFI", "FCC"): an initialism. */
export function isInitialism(w: string): boolean {
  return w.length >= 2 && ALL_UPPER.test(w);
}

/** True for an upper-case letter. */
export function isUpper(ch: string | undefined): boolean {
  if (ch === undefined || ch === '') return false;
  const c = ch.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER.test(ch);
}

/** True for a lower-case letter. */
export function isLower(ch: string | undefined): boolean {
  if (ch === undefined || ch === '') return false;
  const c = ch.charCodeAt(0);
  if (c < 128) return c >= 97 && c <= 122;
  return LOWER.test(ch);
}

/** True for any letter. */
export function isLetter(ch: string | undefined): boolean {
  if (ch === undefined || ch === '') return false;
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER.test(ch);
}

/** True when string `s` begins with a letter (a whole code point, so letters outside the BMP count). */
export function startsWithLetter(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER_START.test(s);
}

/** True for a letter or a digit. */
export function isWordChar(ch: string | undefined): boolean {
  if (ch === undefined || ch === '') return false;
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
  return LETTER_OR_DIGIT.test(ch);
}

/**
 * True for a UTF-16 code unit that `/\s/` matches (ECMAScript white space and line terminators):
 * passes that cut text at white space test each code unit without a regex or a split.
 */
export function isSpaceCode(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * How many runs without white space (as `/\s+/` cuts them) in `text` hold a letter or a digit:
 * `text.split(/\s+/).filter((w) => HAS_LETTER_OR_DIGIT.test(w)).length`, counted without making
 * the pieces.
 */
export function countLetterRuns(text: string): number {
  const n = text.length;
  let count = 0;
  let i = 0;
  while (i < n) {
    while (i < n && isSpaceCode(text.charCodeAt(i))) i++;
    if (i === n) break;
    const start = i;
    let found = false;
    let wide = false;
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if (isSpaceCode(c)) break;
      if (c >= 128) wide = true;
      else if (!found && ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57))) found = true;
    }
    // A letter outside ASCII may be a surrogate pair: the whole run is tested as the split's piece was.
    if (found || (wide && HAS_LETTER_OR_DIGIT.test(text.slice(start, i)))) count++;
  }
  return count;
}

/** True for a combining mark (accents written as separate code points). */
export function isMark(ch: string | undefined): boolean {
  if (ch === undefined || ch === '' || ch.charCodeAt(0) < 0x300) return false;
  return MARK.test(ch);
}

/** True for the white space the normalized view can hold (space, tab, newline). */
export const isSpace = (ch: string | undefined): boolean => ch === ' ' || ch === '\t' || ch === '\n';

/** Apostrophes that may sit inside a word (`it’s`, `Nam-ra's`). */
export const isApostrophe = (ch: string | undefined): boolean => ch === "'" || ch === '’' || ch === 'ʼ';

/** Hyphens that join the parts of a name (`Cheong-San`). */
export const isHyphen = (ch: string | undefined): boolean => ch === '-' || ch === '‐' || ch === '‑';

/** Any of the hyphens {@link isHyphen} accepts, as a pattern to split or test a string with. */
const ANY_HYPHEN = /[-‐‑]/u;

/** The parts of a word between its hyphens (ASCII, U+2010, U+2011): `"jean-luc"` gives `["jean", "luc"]`. */
export const hyphenParts = (word: string): string[] => word.split(ANY_HYPHEN);

/** True when a string holds a hyphen {@link isHyphen} accepts. */
export const hasHyphen = (s: string): boolean => ANY_HYPHEN.test(s);

/** Dashes that set off an attribution (`” – Wu-Jin`). */
export const isDash = (ch: string | undefined): boolean => ch === '–' || ch === '—' || ch === '-' || ch === '―';

/** True when `value` starts with an ASCII capital (`A` to `Z`), read by code unit. */
export function startsWithAsciiCapital(value: string): boolean {
  const c = value.length > 0 ? value.charCodeAt(0) : -1;
  return c >= 65 && c <= 90;
}

/** True when `value` holds an ASCII digit (what `/\d/` matches), read by code unit. */
export function hasAsciiDigit(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/**
 * The code unit at `k` of `view`, or -1 outside it. Compared as a number: a one-character string
 * read from a text with characters beyond Latin-1 is a new string each time, and comparing it makes
 * the optimizing compiler recompile the pass; a code unit is a small integer in every text.
 */
export const codeAt = (view: string, k: number): number => (k >= 0 && k < view.length ? view.charCodeAt(k) : -1);

/** Code units the passes compare with {@link codeAt}: one small integer each, so no string is made. */
export const TAB = 0x09;
/** ` ` */
export const SPACE = 0x20;
/** `.` */
export const PERIOD = 0x2e;
/** `(` */
export const OPEN_BRACKET = 0x28;
/** `)` */
export const CLOSE_BRACKET = 0x29;
/** `,` */
export const COMMA = 0x2c;
/** `-` */
export const HYPHEN = 0x2d;
/** `/` */
export const SLASH = 0x2f;
/** `0` */
export const DIGIT_ZERO = 0x30;
/** `9` */
export const DIGIT_NINE = 0x39;
/** `:` */
export const COLON = 0x3a;
/** `?` */
export const QUESTION_MARK = 0x3f;
/** `!` */
export const EXCLAMATION_MARK = 0x21;
/** `a` */
export const LOWER_A = 0x61;
/** `z` */
export const LOWER_Z = 0x7a;
/** `–` */
export const EN_DASH = 0x2013;

/** True for the code unit of an ASCII digit. */
export const isDigitCode = (c: number): boolean => c >= DIGIT_ZERO && c <= DIGIT_NINE;
