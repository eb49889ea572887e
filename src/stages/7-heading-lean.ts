/**
 * Stage 7a, for each section: the lean its heading gives it, apart from the section's words. A
 * score of the part it names ("Sound: 4/10", "The Art - 9/10") or a pole it names ("The bad",
 * "What I liked", {@link POLE_HEADINGS}).
 */
import { POLE_HEADINGS } from '../data/sentiment-pole-headings';
import { findRating, ratingScore } from './7-rating';

/** Markup and numbering before a heading's words: "## ", "**", "2. ", "III. ", "b) ", "> ". */
const LEAD = /^[\s#*_=>~\-–—]*(?:(?:\d{1,3}|[ivxlc]{1,6}|[a-z])[.)]\s)?[\s*_]*/;
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
  return trimTail(heading.toLowerCase().replace(/[’‘]/g, "'").replace(LEAD, '')).replace(/\s+/g, ' ');
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
