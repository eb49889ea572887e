/**
 * Stage 5, the pairs: quote marks paired block by block with a stack of open marks, and the
 * flattened news quotes whose first part's mark was never closed.
 */
import { QUOTE_PAIRS } from '../../data/quote-pairs';
import { HAS_LETTER_OR_DIGIT, isSpace } from '../../text/chars';
import { firstNumberAtOrAfter } from '../../text/search';
import type { Span } from '../../types';
import type { MarkedQuoteDraft, NormalizedText } from '../stage-types';
import { canClose, canOpen, closesTitleBeforePossessive, DOUBLE_MARKS, OPENERS_OF, RUN_ON_MARKS, SENTENCE_END } from './marks';

/** Longest first part of a flattened quote, in characters. */
const MAX_REOPENED = 2000;

/** What one block leaves: the opener that may run on into the next paragraph, and the double marks left open. */
export interface BlockEnd {
  carry: number | null;
  open: number[];
}

/**
 * Quote-mark pairs in one block, in one pass: openers go on a stack, a closer pops the nearest
 * opener it answers (dropping unclosed marks above it). Only outermost pairs become quotes (pushed
 * on `out`, kind `speech` until the kinds pass), so inner quotes stay inside; an unclosed outer mark
 * does not hide the closed pairs after it. `marks` are the text's quote marks ({@link allMarks}).
 */
export function marksInBlock(input: NormalizedText, block: Span, marks: readonly number[], out: MarkedQuoteDraft[]): BlockEnd {
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
  const pairs: [open: number, close: number][] = [];
  // Every mark of the text was found once, in one native search; this block's start where they begin.
  for (let m = firstNumberAtOrAfter(marks, block.start); m < marks.length && (marks[m] as number) < block.end; m++) {
    const i = marks[m] as number;
    const mark = view[i] as string;
    // A closer for some opener on the stack?
    if (canClose(view, i) || closesTitleBeforePossessive(view, i, stack)) {
      let k = -1;
      const openers = OPENERS_OF.get(mark);
      if (openers !== undefined) for (const opener of openers) k = Math.max(k, places.get(opener)?.at(-1) ?? -1);
      // The same mark, compared by code unit: a wide text's characters are new strings at each read.
      const symmetric = k >= 0 && view.charCodeAt(stack[k] as number) === view.charCodeAt(i);
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
  // The flattened quotes first: a pair inside one (`“A: ‘song’. “B.”`) is not outermost.
  const reopened = reopenedQuotes(view, stack, pairs);
  let coveredTo = -1;
  let r = 0;
  for (const [open, close] of pairs) {
    while (r < reopened.length && (reopened[r] as MarkedQuoteDraft).close.start <= open) r++;
    if (open < coveredTo || (r < reopened.length && (reopened[r] as MarkedQuoteDraft).open.start < open)) continue;
    coveredTo = close;
    let s = open + 1;
    let e = close;
    while (s < e && isSpace(view[s])) s++;
    while (e > s && isSpace(view[e - 1])) e--;
    if (e > s && HAS_LETTER_OR_DIGIT.test(view.slice(s, e))) {
      out.push({ start: s, end: e, kind: 'speech', open: { start: open, end: open + 1 }, close: { start: close, end: close + 1 } });
    }
  }
  for (const q of reopened) out.push(q);
  const used = new Set(reopened.map((q) => q.open.start));
  // The outermost mark left open after every pair and flattened quote (`“A. “B.” … “C.` ¶): the
  // one that may run on into the next paragraph.
  const left = stack.find((i) => i >= coveredTo && !used.has(i));
  const carry = left !== undefined && RUN_ON_MARKS.has(view[left] as string) ? left : null;
  return { carry, open: stack.filter((i) => DOUBLE_MARKS.has(view[i] as string) && !used.has(i)) };
}

/**
 * News flattens a quote that runs over paragraphs into one: `“First part. “Second part.”`, the
 * first part's mark never closed, and `“A. “B. “C.”` when it ran over three. A double mark left
 * open, with a quote right after it opening with the same mark after a sentence end (a closed one,
 * or another open mark that is itself such a part), is a quote up to that sentence end; quotes in
 * other marks may stand inside it (`“He sang ‘Hey Jude’. “Then …”`). `stack` (the open marks) and
 * `pairs` (sorted) rise, so one walk back over both finds them, each part knowing whether the one
 * after it was taken. Returns those quotes, in text order.
 */
function reopenedQuotes(view: string, stack: readonly number[], pairs: readonly [number, number][]): MarkedQuoteDraft[] {
  const used = new Set<number>();
  const found: MarkedQuoteDraft[] = [];
  // Per mark, the first pair opening after the open mark read (an index into `pairs`), and the
  // nearest open mark after it.
  const nextPair = new Map<string, number>();
  const nextOpen = new Map<string, number>();
  let p = pairs.length;
  for (let k = stack.length - 1; k >= 0; k--) {
    const u = stack[k] as number;
    const mark = view[u] as string;
    // `p`: the first pair opening after `u` (the marks fall as the walk goes back).
    while (p > 0 && (pairs[p - 1] as [number, number])[0] > u) {
      p--;
      nextPair.set(view[(pairs[p] as [number, number])[0]] as string, p);
    }
    const pair = nextPair.get(mark);
    const next = pair === undefined ? undefined : pairs[pair];
    const after = nextOpen.get(mark);
    nextOpen.set(mark, u);
    // The next opening of the same mark: the pair's, or a later part of the same flattened quote.
    const reopen = after !== undefined && (!next || after < next[0]) ? (used.has(after) ? after : -1) : next ? next[0] : -1;
    // The last open mark before that quote, outside every quote.
    if (reopen < 0 || !RUN_ON_MARKS.has(mark)) continue;
    if (p > 0 && (pairs[p - 1] as [number, number])[1] > u) continue;
    let e = reopen;
    while (e > u + 1 && isSpace(view[e - 1])) e--;
    if (!endsSentence(view, e) || e - u > MAX_REOPENED) continue;
    let s = u + 1;
    while (s < e && isSpace(view[s])) s++;
    if (!HAS_LETTER_OR_DIGIT.test(view.slice(s, e))) continue;
    found.push({ start: s, end: e, kind: 'speech', open: { start: u, end: u + 1 }, close: { start: e, end: e } });
    used.add(u);
  }
  return found.reverse();
}

/** Closing single marks that may follow a sentence's stop (`… your hair.’ “We …`). */
const INNER_CLOSERS: ReadonlySet<string> = new Set(["'", '’']);

/** True when the text before offset `e` ends a sentence: a stop, perhaps inside a closing single mark. */
function endsSentence(view: string, e: number): boolean {
  return SENTENCE_END.has(view[e - 1] as string) || (INNER_CLOSERS.has(view[e - 1] as string) && SENTENCE_END.has(view[e - 2] as string));
}
