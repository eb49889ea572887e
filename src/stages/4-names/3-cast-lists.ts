/**
 * Step 3, a cast list with parts in brackets: `Starring: A (C), B (D) and E (F)`, `the cast
 * includes A (C), B (D)`, `Cast: A (C)`. After such a lead each item is an actor and its bracket
 * holds the part, the other way round from a plot summary's `C (A)`; read before the brackets'
 * own reading, so this order wins. The list ends at the first gap that is no list's. Items get
 * the role `actor` only through a link: the plain cast lists are `readCastLists`'s.
 *
 * Two guards keep the order from being turned wrongly. A finite `stars` without a colon is written
 * in both orders (`it stars A (C)`, a recap's `the sequel stars C (A)`), so there the text's other
 * mentions decide: reviews call characters by their given names and actors by their surnames. And
 * a list where brackets holding works (a title the works stage found, a list: `A (Big, Splash)`)
 * are at least as many as those holding parts is a filmography: its items are actors and none of
 * its brackets is read as a part, in either order.
 */
import { CAST_LIST_LEADS, CAST_LIST_NOUNS, CAST_LIST_VERBS_BOTH_ORDERS } from '../../data/casting-vocab';
import { isListedFirstName } from '../../text/listed-first-name';
import { CueWords } from '../../text/cue-index';
import { cueAt, type Word } from '../../text/words';
import { leadStart } from './context';
import { addRole, gapBefore, link, listedPieceAt, listGap, possessive, type CueContext } from './3-cue-readers';
import type { Piece } from './piece';

/** The first words of the leads: {@link readCastListParts} visits these. */
const LEAD_STARTS = new CueWords(CAST_LIST_LEADS.map((cue) => cue[0] as string));

/** How many items one list may hold: the walk is bounded. */
const MAX_ITEMS = 16;
/** The longest bracket an item may carry, in characters. */
const MAX_BRACKET = 60;

/** Where a cast list starts, and whether its lead fixes the order (else the text's mentions decide). */
interface ListStart {
  readonly at: number;
  readonly orderFixed: boolean;
}

/** The start of the list after a cast-list lead that starts at word `i`, or null. */
function afterLead(c: CueContext, i: number): ListStart | null {
  const { words } = c;
  const w = words[i] as Word;
  // A capitalised lead only opens a sentence or a line ("Starring: …", "Cast: …").
  if (w.capitalised && i > 0 && !c.sentenceStarts.has(i) && !/[\n.!?]/.test(gapBefore(c, i))) return null;
  const cue = cueAt(words, i, CAST_LIST_LEADS, true);
  if (!cue) return null;
  const at = i + cue.length;
  if (at >= words.length) return null;
  const gap = gapBefore(c, at);
  if (gap.includes(':')) return gap.trim() === ':' ? { at, orderFixed: true } : null;
  if (gap !== ' ' || (cue.length === 1 && CAST_LIST_NOUNS.has(cue[0] as string))) return null;
  return { at, orderFixed: !(cue.length === 1 && CAST_LIST_VERBS_BOTH_ORDERS.has(cue[0] as string)) };
}

/** How often each capitalised word (lower-cased) is written in the text: built once, when a list needs it. */
function capitalisedCounts(words: readonly Word[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const w of words) if (w.capitalised) counts.set(w.lower, (counts.get(w.lower) ?? 0) + 1);
  return counts;
}

/**
 * True when the text's other mentions say the brackets hold the parts: the parts' given names or
 * the actors' surnames are written again outside the list more often than the actors' given names
 * or the parts' surnames are. `inList` counts each word's writings inside the list itself.
 */
function bracketsArePartsByMentions(c: CueContext, pairs: readonly (readonly [Piece, Piece])[], counts: ReadonlyMap<string, number>, inList: ReadonlyMap<string, number>): boolean {
  const elsewhere = (k: number): boolean => {
    const lower = (c.words[k] as Word).lower;
    return (counts.get(lower) ?? 0) > (inList.get(lower) ?? 0);
  };
  let vote = 0;
  for (const [part, actor] of pairs) {
    if (elsewhere(part.first)) vote++;
    if (elsewhere(actor.last)) vote++;
    if (actor.last > actor.first && elsewhere(actor.first)) vote--;
    if (part.last > part.first && elsewhere(part.last)) vote--;
  }
  return vote > 0;
}

/**
 * True when `q`, alone in the bracket after the actor `p`, names a part: `p` is a full name
 * without a title, and `q` is a full name opening on a listed given name, a titled form or a
 * listed given name (a lone other word there is as often a work or a place: `A (Inferno)`); or `p` is one word that is no listed
 * given name, a surname, and `q` is a listed given name alone (`Cast: Vale (Ruth)`).
 */
function partOfItem(c: CueContext, p: Piece, q: Piece): boolean {
  if (p.shape === 'common' || q.shape === 'common' || p.titled || possessive(c, q)) return false;
  const given = (x: Piece): boolean => x.first === x.last && !x.titled && isListedFirstName((c.words[x.first] as Word).lower);
  if (p.last === p.first) return !given(p) && given(q);
  // A full name in the bracket opens on a given name: a title of several words seldom does.
  return (q.last > q.first && !q.titled && isListedFirstName((c.words[q.first] as Word).lower)) || q.titled || given(q);
}

/** The index of the `)` that closes the bracket opening at `open`, or -1 when another `(` comes first or it does not close within {@link MAX_BRACKET}. */
function bracketClose(view: string, open: number): number {
  const limit = Math.min(view.length, open + MAX_BRACKET);
  for (let k = open + 1; k < limit; k++) {
    if (view[k] === '(') return -1;
    if (view[k] === ')') return k;
  }
  return -1;
}

/** The index of the first word from `k` that starts at or after `close`. */
function wordFrom(c: CueContext, k: number, close: number): number {
  while (k < c.words.length && (c.words[k] as Word).start < close) k++;
  return k;
}

/**
 * True when the bracket opening at `open` holds works: a title the works stage found there, or a
 * list of capitalised items (`A (Big, Splash)`). A part is one name; a job in a cast's bracket
 * (`A (New York Cab Driver)`) is no work.
 */
function bracketHoldsWorks(c: CueContext, open: number): boolean {
  const { view } = c.input;
  if (c.workMask[open + 1] === 1) return true;
  const limit = Math.min(view.length, open + MAX_BRACKET);
  for (let k = open + 1; k < limit && view[k] !== ')'; k++) {
    if (view[k] !== ',') continue;
    const next = view[k + 1] === ' ' ? view[k + 2] : view[k + 1];
    if (next !== undefined && next !== next.toLowerCase()) return true;
  }
  return false;
}

/**
 * Reads the list after its lead: each item an actor, each named bracket its part. The pairs are
 * linked only when more brackets held parts than works, no item is one word with a full name in
 * its bracket (the plot order), and the order is fixed by the lead or the text's mentions say so.
 */
function readList(c: CueContext, start: ListStart, counts: () => Map<string, number>): void {
  const { words, input } = c;
  const pairs: (readonly [Piece, Piece])[] = [];
  const items: Piece[] = [];
  let at = start.at;
  let prevEnd = -1;
  let titles = 0;
  let plotItems = 0;
  for (let n = 0; n < MAX_ITEMS && at < words.length; n++) {
    if (n > 0 && (words[at] as Word).lower === 'and') at++;
    const p = listedPieceAt(c, at);
    if (!p || (n > 0 && !listGap(c, prevEnd, leadStart(c, p.first)))) break;
    items.push(p);
    const gap = p.last + 1 < words.length ? gapBefore(c, p.last + 1) : '';
    if (!possessive(c, p) && (gap === ' (' || gap === '(')) {
      const open = p.end + gap.length - 1;
      const q = c.pieceAt.get(p.last + 1);
      const closed = q !== undefined && input.view[q.end] === ')';
      if (closed && partOfItem(c, p, q)) pairs.push([q, p]);
      else if (closed && p.last === p.first && q.last > q.first) plotItems++;
      else if (bracketHoldsWorks(c, open)) titles++;
      const close = bracketClose(input.view, open);
      if (close < 0) break;
      prevEnd = close + 1;
      at = wordFrom(c, p.last + 1, close);
      continue;
    }
    // An item with no bracket: the list goes on through it ("A (C), B and D (E)").
    prevEnd = p.end;
    at = p.last + 1;
  }
  // A filmography's brackets hold works at least as often as names.
  if (titles > 0 && titles >= pairs.length) {
    // The items are the actors the lead names, their brackets their works: no bracket of this
    // list is read the plot summary's way either.
    for (const p of items) addRole(p, 'actor');
    return;
  }
  // One word with a full name in its bracket (`Hawkeye (A)`) is a part in plot order, and a
  // list keeps one order.
  if (pairs.length === 0 || plotItems > 0) return;
  if (!start.orderFixed) {
    const inList = new Map<string, number>();
    const from = start.at;
    const to = Math.max(...pairs.map(([q, p]) => Math.max(q.last, p.last)));
    for (let k = from; k <= to; k++) {
      const w = words[k] as Word;
      if (w.capitalised) inList.set(w.lower, (inList.get(w.lower) ?? 0) + 1);
    }
    if (!bracketsArePartsByMentions(c, pairs, counts(), inList)) return;
  }
  for (const [q, p] of pairs) link(q, p, true);
}

/** Step 3: every cast list of the text whose items carry their parts in brackets. Linear in words. */
export function readCastListParts(c: CueContext): void {
  const { words } = c;
  let counts: Map<string, number> | null = null;
  const countsOnce = (): Map<string, number> => (counts ??= capitalisedCounts(words));
  for (const i of c.facts.cues.of(LEAD_STARTS)) {
    const start = afterLead(c, i);
    if (start) readList(c, start, countsOnce);
  }
}
