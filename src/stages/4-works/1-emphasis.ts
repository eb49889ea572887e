/**
 * Pass 1b: title-case phrases in markdown emphasis (`*My Mister*`), as writers set titles, and in
 * code marks, which some bloggers use as quote marks (`` `Person of Interest` ``).
 */
import { LABEL_WORDS } from '../../data/work-cues';
import { isSpace, isWordChar } from '../../text/chars';
import { isTitlePhrase, lineWords } from '../../text/title-case';
import type { Span } from '../../types';
import { titleFinding, type Finding, type WorksContext } from './context';

/**
 * Spans wrapped in markdown emphasis on one line: `*x*`, `**x**`, `_x_`, or in single code marks
 * (not inside a word, as in `snake_case`). Marks pair in order, so the scan is linear.
 */
export function emphasisedSpans(view: string): Span[] {
  const spans: Span[] = [];
  if (view.indexOf('*') < 0 && view.indexOf('_') < 0 && view.indexOf('`') < 0) return spans;
  let open = -1;
  let openLength = 0;
  for (let i = 0; i < view.length; i++) {
    const ch = view[i];
    if (ch === '\n') open = -1;
    if (ch !== '*' && ch !== '_' && ch !== '`') continue;
    let j = i;
    while (j < view.length && view[j] === ch) j++;
    const length = j - i;
    // Emphasis opens after a space or an opening bracket and closes before a space or punctuation
    // that ends there, so marks inside words and URLs (`._RI_.jpg`, `snake_case`) are left alone.
    const before = view[i - 1];
    const after = view[j];
    const canOpenHere = before === undefined || isSpace(before) || '([{"“‘'.includes(before);
    const canCloseHere = after === undefined || isSpace(after) || (/[.,;:!?)\]'’”"]/.test(after) && !isWordChar(view[j + 1]));
    if (length <= 2) {
      if (open >= 0 && view[open] === ch && openLength === length && !isSpace(before) && canCloseHere) {
        spans.push({ start: open + length, end: i });
        open = -1;
      } else if (canOpenHere && after !== undefined && !isSpace(after)) {
        open = i;
        openLength = length;
      }
    }
    i = j - 1;
  }
  return spans;
}

/**
 * 1b. An emphasised title-case phrase of two words or more: one italic word is emphasis ("_you_",
 * "*Anne*"), and a label set in italics ("*Minor SPOILERS*") is no title.
 */
export function emphasisedTitles(ctx: WorksContext): Finding[] {
  const out: Finding[] = [];
  for (const span of emphasisedSpans(ctx.view)) {
    const phrase = ctx.view.slice(span.start, span.end);
    // A bracket or a spaced dash inside joins two things ("**Ann - Kim Lee (Golden Time)**"): a
    // line that labels a name and a work, not one title.
    if (phrase.includes('(') || phrase.includes(' - ')) continue;
    if (/\s/.test(phrase) && isTitlePhrase(phrase) && !lineWords(phrase).some((w) => LABEL_WORDS.has(w.toLowerCase()))) out.push(titleFinding(ctx.formOf(span)));
  }
  return out;
}
