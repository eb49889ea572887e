/**
 * Stage 7a, for each section: the lean its heading gives it, apart from the section's words. A
 * score of the part it names ("Sound: 4/10", "The Art - 9/10") or a pole it names ("The bad",
 * "What I liked", {@link POLE_HEADINGS}).
 */
import { POLE_HEADINGS } from '../data/sentiment-pole-headings';
import { isSpaceCode } from '../text/chars';
import { findRating, ratingScore } from './7-rating';

/** Marks before a heading's numbering: white space and "#", "*", "_", "=", ">", "~", dashes. */
const LEAD_MARKS: ReadonlySet<string> = new Set(['#', '*', '_', '=', '>', '~', '-', '–', '—']);
/** Most figures of a heading's number ("12. ") and letters of a roman one ("iii. "). */
const MAX_NUMBER_DIGITS = 3;
const MAX_ROMAN_LETTERS = 6;
/** Letters of a roman number. */
const ROMAN_LETTERS: ReadonlySet<string> = new Set(['i', 'v', 'x', 'l', 'c']);

const isSpaceAt = (text: string, k: number): boolean => k < text.length && isSpaceCode(text.charCodeAt(k));

/** The end of a run of at least 1 and at most `max` characters from `k` that `ok` accepts, or -1. */
function runEnd(text: string, k: number, max: number, ok: (ch: string) => boolean): number {
  let j = k;
  while (j < text.length && j - k < max && ok(text[j] as string)) j++;
  return j > k ? j : -1;
}

/** The end of a numbering at `k` in lower-case `text` ("2. ", "iii) ", "b. "): a number, "." or ")", a space; or `k` when none. */
function numberingEnd(text: string, k: number): number {
  const isDigit = (ch: string): boolean => ch >= '0' && ch <= '9';
  const isLowerLetter = (ch: string): boolean => ch >= 'a' && ch <= 'z';
  for (const end of [runEnd(text, k, MAX_NUMBER_DIGITS, isDigit), runEnd(text, k, MAX_ROMAN_LETTERS, (ch) => ROMAN_LETTERS.has(ch)), runEnd(text, k, 1, isLowerLetter)]) {
    if (end >= 0 && (text[end] === '.' || text[end] === ')') && isSpaceAt(text, end + 1)) return end + 2;
  }
  return k;
}

/**
 * How many characters of markup and numbering open lower-case `heading` ("## ", "**", "2. ",
 * "iii. ", "b) ", "> "): marks, a numbering, then white space, "*" or "_". One walk forwards.
 */
function leadLength(heading: string): number {
  let k = 0;
  while (k < heading.length && (isSpaceAt(heading, k) || LEAD_MARKS.has(heading[k] as string))) k++;
  k = numberingEnd(heading, k);
  while (k < heading.length && (isSpaceAt(heading, k) || heading[k] === '*' || heading[k] === '_')) k++;
  return k;
}
/** Markup and punctuation after them: a closing colon, dash, bold, full stop. */
const TAIL = new Set([' ', '\t', ':', '*', '_', '=', '~', '.', '!', '-', '–', '—']);

/** `text` without the {@link TAIL} characters at its end (one walk back, no regular expression to backtrack). */
function trimTail(text: string): string {
  let end = text.length;
  while (end > 0 && TAIL.has(text[end - 1] as string)) end--;
  return text.slice(0, end);
}

/** A heading's words as {@link POLE_HEADINGS} holds them: lower case, straight apostrophes, single spaces. */
export function poleKey(heading: string): string {
  const lower = heading.toLowerCase().replace(/[’‘]/g, "'");
  return trimTail(lower.slice(leadLength(lower))).replace(/\s+/g, ' ');
}

/**
 * The lean, -1..1, a heading gives its section: the score of a rating in it, or ±1 for a pole it
 * names; null for none.
 */
export function headingLean(heading: string): number | null {
  const rating = findRating(heading);
  if (rating) return ratingScore(rating);
  return POLE_HEADINGS.get(poleKey(heading)) ?? null;
}
