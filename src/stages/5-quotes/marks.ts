/**
 * Stage 5, the marks: where the quote marks are, and whether one can open or close a quote here.
 * A curly or straight single quote is an apostrophe, not a quote mark, when it cuts a word short
 * (`it’s`, `‘em`, `rock 'n' roll`, `'90s`).
 */
import { APOSTROPHE_MARKS, ELISIONS, GLUED_STOPS, QUOTE_CHARS, QUOTE_PAIRS } from '../../data/quote-pairs';
import { hasAsciiDigit, isLetter, isSpace, isWordChar } from '../../text/chars';
import { isTitlePhrase } from '../../text/title-case';

const OPENING_CONTEXT = new Set(['', ' ', '\t', '\n', '(', '[', '{', '—', '–', '-', ':', '“', '"', '‘', "'", '«', '/']);

/** Any quote mark ({@link QUOTE_CHARS}). */
const QUOTE_MARK = new RegExp(`[${[...QUOTE_CHARS].join('')}]`, 'g');

/** Closing mark → the opening marks it answers ({@link QUOTE_PAIRS} read the other way). */
export const OPENERS_OF: ReadonlyMap<string, readonly string[]> = (() => {
  const of = new Map<string, string[]>();
  for (const [open, closers] of QUOTE_PAIRS) for (const close of closers) of.set(close, [...(of.get(close) ?? []), open]);
  return of;
})();

/** Opening marks whose quote may run on into the next paragraph (news style). */
export const RUN_ON_MARKS: ReadonlySet<string> = new Set(['“', '"', '«', '„']);

/** Marks that are never apostrophes: one left open is worth a warning. */
export const DOUBLE_MARKS: ReadonlySet<string> = new Set(['“', '"', '«', '„', '「', '『', '〝']);

/** Marks that end a sentence, before a reopened quote mark. */
export const SENTENCE_END: ReadonlySet<string> = new Set(['.', '!', '?', '…']);

/** Offsets of every quote mark of the view, rising: one native search for the whole text. */
export function allMarks(view: string): number[] {
  const marks: number[] = [];
  QUOTE_MARK.lastIndex = 0;
  for (let m = QUOTE_MARK.exec(view); m !== null; m = QUOTE_MARK.exec(view)) marks.push(m.index);
  return marks;
}

/** Can the mark at `i` open a quote? */
export function canOpen(view: string, i: number, lower: string): boolean {
  const before = i > 0 ? (view[i - 1] as string) : '';
  // Reads stay inside the text, and the mark is compared by code unit (34 is "): a character string
  // of a wide text is a new string at each read, which the optimizing compiler does not expect.
  const after = i + 1 < view.length ? view[i + 1] : undefined;
  if (after === undefined || isSpace(after)) return false;
  const mark = view[i] as string;
  if (!APOSTROPHE_MARKS.has(mark) && view.charCodeAt(i) !== 34) return true;
  if (gluedBetweenSentences(view, i)) return true;
  if (!OPENING_CONTEXT.has(before)) return false;
  // `‘em`, `'n'`, `'90s`: an apostrophe cutting a word short.
  if (hasAsciiDigit(after)) return false;
  let k = i + 1;
  while (k < view.length && isLetter(view[k])) k++;
  return !(k > i + 1 && !isWordChar(view[k]) && ELISIONS.has(lower.slice(i + 1, k)));
}

/** Can the mark at `j` close a quote? */
export function canClose(view: string, j: number): boolean {
  // In bounds, and by code unit (34 is ", 0x201c is “), as in canOpen.
  const before = j > 0 ? view[j - 1] : undefined;
  if (before === undefined || isSpace(before)) return false;
  const mark = view[j] as string;
  const code = view.charCodeAt(j);
  if (!APOSTROPHE_MARKS.has(mark) && code !== 34 && code !== 0x201c) return true;
  return !isWordChar(j + 1 < view.length ? view[j + 1] : undefined) || (code === 34 && gluedBetweenSentences(view, j));
}

/**
 * `half a day."Being a musical`, `the red carpet."It's unlike`: a straight double mark between a
 * sentence's stop and the next word with no space either side, as texts whose spaces were lost
 * write it. It closes the quote open before it, or else opens one; the pairing decides which.
 */
function gluedBetweenSentences(view: string, i: number): boolean {
  return view.charCodeAt(i) === 34 && i > 0 && GLUED_STOPS.has(view[i - 1] as string) && isLetter(i + 1 < view.length ? view[i + 1] : undefined);
}

/**
 * "'Throw Momma From The Train's director": a single quote around a title closes on the
 * apostrophe of a possessive, when what it holds since its opener (the top of `stack`) is a title.
 */
export function closesTitleBeforePossessive(view: string, i: number, stack: readonly number[]): boolean {
  const open = stack[stack.length - 1];
  const mark = view[i];
  if (open === undefined || (mark !== "'" && mark !== '’') || view[i + 1] !== 's' || isWordChar(view[i + 2])) return false;
  const opener = view[open];
  return (opener === "'" || opener === '‘') && i - open < 80 && isTitlePhrase(view.slice(open + 1, i));
}
