/**
 * The lower-case word a determiner comes before ("the titans", "his bankai"), read from the
 * character codes where a determiner may start (see capitalised-words.ts, whose one pass over a
 * text calls {@link readAfterDeterminer} at every such place): a form mostly written so is a common
 * noun, not a name (see form-context.ts).
 */
import { INDEX_DETERMINERS } from '../data/index-context-words';
import { codePointAt, isLetterOrDigitCode, isLowerCode } from '../text/code-classes';

/** The longest word read after a determiner; a longer run of letters is none. */
const MAX_WORD = 16;
/** Spaces between a determiner and its word. */
const MAX_GAP = 3;

/**
 * The determiners (lower case) by their length. Each must be ASCII letters only: `determinerAt`
 * compares a whole run of ASCII letters with them, so a determiner with any other character would
 * never be found.
 */
const DETERMINERS_BY_LENGTH: string[][] = [];
for (const d of INDEX_DETERMINERS) {
  if (!/^[a-z]+$/.test(d)) throw new Error(`review-lens: expected an index determiner of ASCII lower-case letters, got ${JSON.stringify(d)}`);
  (DETERMINERS_BY_LENGTH[d.length] ??= []).push(d);
}
/** The longest determiner: a longer run of letters is read no further. */
const MAX_DETERMINER = DETERMINERS_BY_LENGTH.length - 1;

/** Whether the code unit `c` is an ASCII letter. */
export const asciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** Whether the code unit `c` is an ASCII letter, digit or underscore (what a word boundary reads). */
const asciiWordCode = (c: number): boolean => asciiLetter(c) || (c >= 48 && c <= 57) || c === 95;
/** The spaces between a determiner and its word. */
const gapCode = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 0xa0;
/** Whether the code point `cp` is an apostrophe a lower-case word after a determiner may hold. */
const wordApostrophe = (cp: number): boolean => cp === 39 || cp === 0x2019;

/**
 * The end of the lower-case word after a determiner that starts at `at` of `text`, or -1: a
 * lower-case letter, then 2 to {@link MAX_WORD} - 1 lower-case letters or apostrophes, the most
 * of them after which no letter or digit comes (so "the dogs' bone" reads "dogs'", and a word
 * longer than {@link MAX_WORD} none). Code points, as the words are read elsewhere.
 */
function wordAfterDeterminer(text: string, at: number): number {
  let cp = codePointAt(text, at);
  if (!isLowerCode(cp)) return -1;
  let i = at + (cp > 0xffff ? 2 : 1);
  let best = -1;
  for (let read = 1; ; ) {
    const next = i < text.length ? codePointAt(text, i) : -1;
    if (read >= 3 && (next < 0 || !isLetterOrDigitCode(next))) best = i;
    if (read === MAX_WORD || next < 0 || !(isLowerCode(next) || wordApostrophe(next))) return best;
    i += next > 0xffff ? 2 : 1;
    read++;
  }
}

/** Whether `text.slice(p, q)`, its first letter in either case, is one of {@link INDEX_DETERMINERS}. */
function determinerAt(text: string, p: number, q: number): boolean {
  const same = DETERMINERS_BY_LENGTH[q - p];
  if (same === undefined) return false;
  for (const d of same) {
    if ((text.charCodeAt(p) | 0x20) !== d.charCodeAt(0)) continue;
    let k = 1;
    while (k < d.length && text.charCodeAt(p + k) === d.charCodeAt(k)) k++;
    if (k === d.length) return true;
  }
  return false;
}

/**
 * At `p` of `text`, an ASCII letter: when a run of ASCII letters starts there (no ASCII letter,
 * digit or underscore before it) that is a determiner (its first letter in either case), followed
 * by one to {@link MAX_GAP} spaces and a lower-case word (see {@link wordAfterDeterminer}), calls
 * `visit` with that word's start and end and returns its end; else returns -1.
 */
export function readAfterDeterminer(text: string, p: number, visit: (start: number, end: number) => void): number {
  if (p > 0 && asciiWordCode(text.charCodeAt(p - 1))) return -1;
  const n = text.length;
  let q = p + 1;
  while (q < n && q - p <= MAX_DETERMINER && asciiLetter(text.charCodeAt(q))) q++;
  if (q - p > MAX_DETERMINER || !determinerAt(text, p, q)) return -1;
  let gap = q;
  while (gap < n && gap - q < MAX_GAP && gapCode(text.charCodeAt(gap))) gap++;
  if (gap === q || gap >= n || gapCode(text.charCodeAt(gap))) return -1;
  const end = wordAfterDeterminer(text, gap);
  if (end < 0) return -1;
  visit(gap, end);
  return end;
}
