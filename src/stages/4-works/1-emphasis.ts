/**
 * Pass 1b: title-case phrases in markdown emphasis (`*My Mister*`), as writers set titles, and in
 * code marks, which some bloggers use as quote marks (`` `Person of Interest` ``).
 */
import { GIVEN_NAMES } from '../../data/given-names';
import { LABEL_WORDS, NOUN_TAGS } from '../../data/work-cues';
import { isSpace, isWordChar } from '../../text/chars';
import { firstAtOrAfter } from '../../text/search';
import { isTitlePhrase, lineWords } from '../../text/title-case';
import type { Span } from '../../types';
import { titleFinding, type Finding, type WorksContext } from './context';
import { allCaps } from './shapes';

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
 * 1b. An emphasised title-case phrase of two words or more, and a label set in italics ("*Minor
 * SPOILERS*") is no title; one italic word only as {@link loneItalicTitle} allows.
 */
export function emphasisedTitles(ctx: WorksContext): Finding[] {
  const out: Finding[] = [];
  for (const span of emphasisedSpans(ctx.view)) {
    const phrase = ctx.view.slice(span.start, span.end);
    if (loneItalicTitle(ctx, span)) out.push(titleFinding(phrase));
    // A bracket or a spaced dash inside joins two things ("**Ann - Kim Lee (Golden Time)**"): a
    // line that labels a name and a work, not one title.
    if (phrase.includes('(') || phrase.includes(' - ')) continue;
    if (/\s/.test(phrase) && isTitlePhrase(phrase) && !lineWords(phrase).some((w) => LABEL_WORDS.has(w.toLowerCase()))) out.push(titleFinding(ctx.formOf(span)));
  }
  return out;
}

/**
 * 1b. One word in single italic marks that names something (`_Casablanca_`, `*Inception*`): a
 * capitalised noun that is not a given name ("*Anne*" is stress on a character), not in capitals
 * ("*NOT*"), not a word the text also writes in lower case ("*Really* good" … "really"); stress
 * falls on other kinds of words ("_you_", "*Never*"), and bold (`**Note**`) marks labels.
 */
function loneItalicTitle(ctx: WorksContext, span: Span): boolean {
  const { view, words } = ctx;
  const w = words[firstAtOrAfter(words, span.start)];
  if (!w || w.start !== span.start || w.end !== span.end || !w.capitalised || w.possessive) return false;
  const mark = view[span.start - 1];
  if (view[span.start - 2] === mark || view[span.end + 1] === mark) return false;
  if (GIVEN_NAMES.has(w.lower) || LABEL_WORDS.has(w.lower) || allCaps(view, w) || ctx.writesLower(w.lower)) return false;
  return NOUN_TAGS.has(ctx.posAt(w.start)) && midSentence(view, span.start - 1);
}

/**
 * True when the mark at `at` stands inside a sentence: after a space and a word or a comma, or
 * after "e.g." / "i.e.", not after "the"; an italic word that opens a sentence or a list item ("2.
 * _Hell_") is as often a heading or an episode's name as a work mentioned.
 */
function midSentence(view: string, at: number): boolean {
  if (view[at - 1] !== ' ') return false;
  // "the _Aurora_", "the _Standard_": a ship's or a paper's name, set in italics by old habit.
  if (view.startsWith('the', at - 4) && !isWordChar(view[at - 5])) return false;
  const prev = view[at - 2];
  if (prev === '.') return view.startsWith('e.g', at - 5) || view.startsWith('i.e', at - 5);
  return prev !== undefined && (isWordChar(prev) || prev === ',' || prev === '(');
}
