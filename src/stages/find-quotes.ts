/**
 * Stage 5: find quotes.
 *
 * 1. Quote marks, block by block: curly and straight double quotes, curly and straight single
 *    quotes that are not apostrophes (`it’s`, `‘em`, `rock 'n' roll`), guillemets and CJK brackets.
 *    Inner quotes stay inside the outer one. A quote never crosses a heading or paragraph, except in
 *    the news convention: the paragraph ends inside the quote and the next one reopens it. A
 *    double mark left open, followed by a quote reopening with the same mark after a sentence end,
 *    is a quote up to that end (news flattening a quote that ran over paragraphs).
 * 2. Script lines `Name : words` from stage 2 are `dialogue`.
 * 3. Kinds: `title` when the words are a work's mention, `speech` when there is sentence
 *    punctuation, three words or more, or a speech verb before the quote in its sentence or right
 *    after it; otherwise `term` (scare quotes: “risk”).
 * Every step is linear: one search for all quote marks, then one pass per block over its marks with
 * a stack of open marks.
 */
import { APOSTROPHE_MARKS, ELISIONS, QUOTE_CHARS, QUOTE_PAIRS } from '../data/quote-pairs';
import { SPEECH_VERBS } from '../data/speech-verbs';
import type { Span } from '../types';
import { HAS_LETTER_OR_DIGIT, isLetter, isSpace, isWordChar } from '../text/chars';
import { isTitlePhrase } from '../text/title-case';
import { firstAtOrAfter, firstNumberAtOrAfter } from '../text/search';
import type { Annotation, NormalizedText, QuoteDraft, QuoteFinding, Segmentation, WorkDraft } from './stage-types';

const OPENING_CONTEXT = new Set(['', ' ', '\t', '\n', '(', '[', '{', '—', '–', '-', ':', '“', '"', '‘', "'", '«', '/']);

/** Any quote mark ({@link QUOTE_CHARS}). */
const QUOTE_MARK = new RegExp(`[${[...QUOTE_CHARS].join('')}]`, 'g');

/** Closing mark → the opening marks it answers ({@link QUOTE_PAIRS} read the other way). */
const OPENERS_OF = new Map<string, string[]>();
for (const [open, closers] of QUOTE_PAIRS) for (const close of closers) OPENERS_OF.set(close, [...(OPENERS_OF.get(close) ?? []), open]);

/** Can the mark at `i` open a quote? */
function canOpen(view: string, i: number, lower: string): boolean {
  const before = i > 0 ? (view[i - 1] as string) : '';
  const after = view[i + 1];
  if (after === undefined || isSpace(after)) return false;
  const mark = view[i] as string;
  if (!APOSTROPHE_MARKS.has(mark) && mark !== '"') return true;
  if (!OPENING_CONTEXT.has(before)) return false;
  // `‘em`, `'n'`, `'90s`: an apostrophe cutting a word short.
  if (/\d/.test(after)) return false;
  let k = i + 1;
  while (k < view.length && isLetter(view[k])) k++;
  return !(k > i + 1 && !isWordChar(view[k]) && ELISIONS.has(lower.slice(i + 1, k)));
}

/** Can the mark at `j` close a quote? */
function canClose(view: string, j: number): boolean {
  const before = view[j - 1];
  if (before === undefined || isSpace(before)) return false;
  const mark = view[j] as string;
  if (!APOSTROPHE_MARKS.has(mark) && mark !== '"' && mark !== '“') return true;
  return !isWordChar(view[j + 1]);
}

/** Words in a span of the view. */
function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => HAS_LETTER_OR_DIGIT.test(w)).length;
}

/** Opening marks whose quote may run on into the next paragraph (news style). */
const RUN_ON_MARKS: ReadonlySet<string> = new Set(['“', '"', '«', '„']);

/**
 * Quote-mark pairs in one block, in one pass: openers go on a stack, a closer pops the nearest
 * opener it answers (dropping unclosed marks above it). Only outermost pairs become quotes, so
 * inner quotes stay inside; an unclosed outer mark does not hide the closed pairs after it.
 * `carried` is an opener from the paragraph before whose quote runs on into this one, which then
 * starts with the same mark again. Returns the opener this block leaves unclosed, if any, that
 * could run on.
 */
function marksInBlock(
  input: NormalizedText,
  block: Span,
  marks: readonly number[],
  out: QuoteDraft[],
  carried: number | null,
): { carry: number | null; open: number[] } {
  const { view, lower } = input;
  const stack: number[] = [];
  // Where each opening mark stands on the stack (its places, rising), so a closer finds the
  // nearest opener it answers without stepping over every unanswered opener in between.
  const places = new Map<string, number[]>();
  const push = (i: number): void => {
    const mark = view[i] as string;
    let list = places.get(mark);
    if (!list) places.set(mark, (list = []));
    list.push(stack.length);
    stack.push(i);
  };
  if (carried !== null) push(carried);
  const pairs: [open: number, close: number][] = [];
  // Every mark of the text was found once, in one native search; this block's start where they begin.
  const from = carried === null ? block.start : block.start + 1;
  for (let m = firstNumberAtOrAfter(marks, from); m < marks.length && (marks[m] as number) < block.end; m++) {
    const i = marks[m] as number;
    const mark = view[i] as string;
    // A closer for some opener on the stack?
    if (canClose(view, i) || closesTitleBeforePossessive(view, i, stack)) {
      let k = -1;
      for (const opener of OPENERS_OF.get(mark) ?? []) k = Math.max(k, places.get(opener)?.at(-1) ?? -1);
      const symmetric = k >= 0 && view[stack[k] as number] === mark;
      if (k >= 0 && (!symmetric || !canOpen(view, i, lower) || k === stack.length - 1)) {
        const open = stack[k] as number;
        stack.length = k;
        for (const list of places.values()) while (list.length > 0 && (list.at(-1) as number) >= k) list.pop();
        pairs.push([open, i]);
        continue;
      }
    }
    if (QUOTE_PAIRS.has(mark) && canOpen(view, i, lower)) push(i);
  }
  pairs.sort((a, b) => a[0] - b[0]);
  let coveredTo = -1;
  for (const [open, close] of pairs) {
    if (open < coveredTo) continue;
    coveredTo = close;
    let s = open + 1;
    let e = close;
    while (s < e && isSpace(view[s])) s++;
    while (e > s && isSpace(view[e - 1])) e--;
    if (e > s && HAS_LETTER_OR_DIGIT.test(view.slice(s, e))) {
      out.push({ start: s, end: e, kind: 'speech', open: { start: open, end: open + 1 }, close: { start: close, end: close + 1 }, scriptSpeaker: null });
    }
  }
  const reopened = reopenedQuotes(view, stack, pairs, out);
  const left = stack[0];
  const carry = left !== undefined && left >= coveredTo && RUN_ON_MARKS.has(view[left] as string) ? left : null;
  return { carry, open: stack.filter((i) => DOUBLE_MARKS.has(view[i] as string) && !reopened.has(i)) };
}

/**
 * News flattens a quote that runs over paragraphs into one: `“First part. “Second part.”`, the
 * first part's mark never closed. A double mark left open, with a quote right after it opening
 * with the same mark after a sentence end, is a quote up to that sentence end. `stack` (the open
 * marks) and `pairs` (sorted) rise, so one walk over both finds them. Returns the marks used.
 */
function reopenedQuotes(view: string, stack: readonly number[], pairs: readonly [number, number][], out: QuoteDraft[]): Set<number> {
  const used = new Set<number>();
  let p = 0;
  for (let k = 0; k < stack.length; k++) {
    const u = stack[k] as number;
    while (p < pairs.length && (pairs[p] as [number, number])[0] < u) p++;
    const next = pairs[p];
    // The last open mark before that quote, outside every quote, and of the same kind.
    if (!next || (stack[k + 1] ?? Infinity) < next[0] || !RUN_ON_MARKS.has(view[u] as string) || view[next[0]] !== view[u]) continue;
    if (p > 0 && (pairs[p - 1] as [number, number])[1] > u) continue;
    let e = next[0];
    while (e > u + 1 && isSpace(view[e - 1])) e--;
    if (!SENTENCE_END.has(view[e - 1] as string) || e - u > MAX_REOPENED) continue;
    let s = u + 1;
    while (s < e && isSpace(view[s])) s++;
    if (!HAS_LETTER_OR_DIGIT.test(view.slice(s, e))) continue;
    out.push({ start: s, end: e, kind: 'speech', open: { start: u, end: u + 1 }, close: { start: e, end: e }, scriptSpeaker: null });
    used.add(u);
  }
  return used;
}

/** Marks that end a sentence, before a reopened quote mark. */
const SENTENCE_END: ReadonlySet<string> = new Set(['.', '!', '?', '…']);

/** Longest first part of a flattened quote, in characters. */
const MAX_REOPENED = 2000;

/** Marks that are never apostrophes: one left open is worth a warning. */
const DOUBLE_MARKS: ReadonlySet<string> = new Set(['“', '"', '«', '„', '「', '『', '〝']);

/**
 * "'Throw Momma From The Train's director": a single quote around a title closes on the
 * apostrophe of a possessive, when what it holds since its opener is a title.
 */
function closesTitleBeforePossessive(view: string, i: number, stack: readonly number[]): boolean {
  const open = stack[stack.length - 1];
  const mark = view[i];
  if (open === undefined || (mark !== "'" && mark !== '’') || view[i + 1] !== 's' || isWordChar(view[i + 2])) return false;
  const opener = view[open];
  return (opener === "'" || opener === '‘') && i - open < 80 && isTitlePhrase(view.slice(open + 1, i));
}

/**
 * For each token, the index of the last speech verb at or before it (-1 when none): whether a
 * quote has a speech verb before it in its sentence is then one comparison, not a walk back to the
 * sentence's start for every quote of a long sentence.
 */
function lastSpeechVerbs(tokens: Annotation['tokens']): Int32Array {
  const last = new Int32Array(tokens.length);
  let v = -1;
  for (let t = 0; t < tokens.length; t++) {
    if (SPEECH_VERBS.has((tokens[t] as { normal: string }).normal)) v = t;
    last[t] = v;
  }
  return last;
}

/** True when a speech verb stands before the quote in its sentence, or right after its closing mark. */
function speechVerbNearQuote(ann: Annotation, q: QuoteDraft, lastVerb: () => Int32Array): boolean {
  const { tokens, sentences } = ann;
  const at = firstAtOrAfter(tokens, q.open.start);
  const tok = tokens[at];
  if (tok && at > 0) {
    const sentence = sentences[tok.sentence];
    if (sentence && (lastVerb()[at - 1] as number) >= sentence.firstToken) return true;
  }
  // ", said X" / "X said" after the quote.
  const after = firstAtOrAfter(tokens, q.close.end);
  for (let t = after; t < after + 4 && t < tokens.length; t++) {
    const token = tokens[t] as { normal: string; type: string };
    if (SPEECH_VERBS.has(token.normal)) return true;
    if (token.type === 'punctuation' && token.normal !== ',') break;
  }
  return false;
}

/** Stage 5: every quote, in document order, with its kind. */
export function findQuotes(input: NormalizedText, seg: Segmentation, ann: Annotation, works: readonly WorkDraft[]): QuoteFinding {
  const quotes: QuoteDraft[] = [];
  const unclosed: number[] = [];
  const dialogueStarts = new Set(seg.dialogue.map((d) => d.speaker.start));
  let carried: number | null = null;
  const marks: number[] = [];
  QUOTE_MARK.lastIndex = 0;
  for (let m = QUOTE_MARK.exec(input.view); m !== null; m = QUOTE_MARK.exec(input.view)) marks.push(m.index);
  seg.blocks.forEach((block, b) => {
    if (dialogueStarts.has(block.start)) {
      carried = null;
      return;
    }
    const { carry, open } = marksInBlock(input, block, marks, quotes, carried);
    // News style: a paragraph that ends inside a quote and a next one that opens with the same mark.
    const next = seg.blocks[b + 1];
    carried = carry !== null && next && !next.isHeading && !block.isHeading && input.view[next.start] === input.view[carry] ? carry : null;
    for (const i of open) if (i !== carried) unclosed.push(i);
  });
  // Work mentions by their span, keyed only for a text with quotes.
  const workSpans = new Set(quotes.length > 0 ? works.flatMap((w) => w.mentions.map((m) => `${m.start}:${m.end}`)) : []);
  let verbs: Int32Array | null = null;
  const lastVerb = (): Int32Array => (verbs ??= lastSpeechVerbs(ann.tokens));
  for (const q of quotes) {
    const words = input.view.slice(q.start, q.end);
    if (workSpans.has(`${q.start}:${q.end}`)) q.kind = 'title';
    else if (/[.!?…]$/.test(words) || wordCount(words) >= 3 || speechVerbNearQuote(ann, q, lastVerb)) q.kind = 'speech';
    else q.kind = 'term';
  }
  for (const d of seg.dialogue) {
    quotes.push({ start: d.words.start, end: d.words.end, kind: 'dialogue', open: d.speaker, close: { start: d.words.end, end: d.words.end }, scriptSpeaker: d.speaker });
  }
  return { quotes: quotes.sort((a, b) => a.start - b.start), unclosed };
}
