/**
 * A one-word name written with a capitalised `The` in mid-sentence (`as The Hulk`, `change The
 * Grinch's mind`) is named by the article too: the writer holds `The` to be part of the name, as a
 * lower-case `the` there would not be. A capital `The` opening a sentence says nothing, and one
 * after a capitalised word or before one belongs to a longer run, most often a title (`Burn The
 * Witch`, `The Dark Tower`).
 */
import type { Span } from '../types';
import { isLetter, isLower, isUpper } from '../text/chars';

const ARTICLE = 'The ';

/**
 * The form `The X` where the one-word mention `m` stands right after a capitalised `The` that
 * follows a lower-case word or a comma, and no capitalised word follows the name; else null.
 */
export function articleForm(text: string, m: Span): string | null {
  const form = text.slice(m.start, m.end);
  if (form.includes(' ') || m.start < ARTICLE.length + 2) return null;
  if (text.slice(m.start - ARTICLE.length, m.start) !== ARTICLE) return null;
  const space = m.start - ARTICLE.length - 1;
  if (text[space] !== ' ') return null;
  // The word before opens with a lower-case letter (`as`, `change`), or a comma ends it.
  let from = space;
  while (from > 0 && isLetter(text[from - 1])) from--;
  if (!(from < space ? isLower(text[from]) : text[space - 1] === ',')) return null;
  // A capitalised word after the name carries the run on, but `I` opens a clause of its own.
  const next = text[m.end + 1];
  if (text[m.end] === ' ' && isUpper(next) && !(next === 'I' && !isLetter(text[m.end + 2]))) return null;
  return ARTICLE + form;
}
