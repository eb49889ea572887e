/**
 * Step 3, a cast list with parts in brackets: `Starring: A (C), B (D) and E (F)`, `the cast
 * includes A (C), B (D)`, `Cast: A (C)`. After such a lead each item is an actor and its bracket
 * holds the part, the other way round from a plot summary's `C (A)`; read before the brackets'
 * own reading, so this order wins. The list ends at the first gap that is no list's. Items get
 * the role `actor` only through a link: the plain cast lists are `readCastLists`'s.
 */
import { CAST_LIST_LEADS, CAST_LIST_NOUNS } from '../../data/casting-vocab';
import { isListedFirstName } from '../../text/listed-first-name';
import { cueAt, WordSet, type Word } from '../../text/words';
import { leadStart } from './context';
import { gapBefore, link, listedPieceAt, listGap, possessive, type CueContext } from './3-cue-readers';
import type { Piece } from './piece';

/** The first words of the leads, read at every word. */
const LEAD_STARTS = new WordSet(CAST_LIST_LEADS.map((cue) => cue[0] as string));

/** How many items one list may hold: the walk is bounded. */
const MAX_ITEMS = 16;
/** The longest bracket an item may carry, in characters. */
const MAX_BRACKET = 60;

/** The word index after a cast-list lead that starts at word `i`, or -1. */
function afterLead(c: CueContext, i: number): number {
  const { words } = c;
  const w = words[i] as Word;
  // A capitalised lead only opens a sentence or a line ("Starring: …", "Cast: …").
  if (w.capitalised && i > 0 && !c.sentenceStarts.has(i) && !/[\n.!?]/.test(gapBefore(c, i))) return -1;
  const cue = cueAt(words, i, CAST_LIST_LEADS, true);
  if (!cue) return -1;
  const at = i + cue.length;
  if (at >= words.length) return -1;
  const gap = gapBefore(c, at);
  if (gap.includes(':')) return gap.trim() === ':' ? at : -1;
  return cue.length === 1 && CAST_LIST_NOUNS.has(cue[0] as string) ? -1 : gap === ' ' ? at : -1;
}

/**
 * True when `q`, alone in the bracket after the actor `p`, names a part: `p` is a full name
 * without a title, and `q` is a full name, a titled form or a listed given name (a lone other
 * word there is as often a work or a place: `A (Inferno)`); or `p` is one word that is no listed
 * given name, a surname, and `q` is a listed given name alone (`Cast: Vale (Ruth)`).
 */
function partOfItem(c: CueContext, p: Piece, q: Piece): boolean {
  if (p.shape === 'common' || q.shape === 'common' || p.titled || possessive(c, q)) return false;
  const given = (x: Piece): boolean => x.first === x.last && !x.titled && isListedFirstName((c.words[x.first] as Word).lower);
  if (p.last === p.first) return !given(p) && given(q);
  return q.last > q.first || q.titled || given(q);
}

/** The index of the first word after the bracket that opens right after `p`, or -1 when it does not close within {@link MAX_BRACKET}. */
function pastBracket(c: CueContext, p: Piece): number {
  const { view } = c.input;
  const open = view.indexOf('(', p.end);
  const limit = Math.min(view.length, open + MAX_BRACKET);
  let close = -1;
  for (let k = open + 1; k < limit; k++) {
    if (view[k] === '(') return -1;
    if (view[k] === ')') {
      close = k;
      break;
    }
  }
  if (close < 0) return -1;
  let k = p.last + 1;
  while (k < c.words.length && (c.words[k] as Word).start < close) k++;
  return k;
}

/** Reads the list after the lead ending at word `at`: each item an actor, each named bracket its part. */
function readList(c: CueContext, at: number): void {
  const { words, input } = c;
  let prevEnd = -1;
  for (let n = 0; n < MAX_ITEMS && at < words.length; n++) {
    if (n > 0 && (words[at] as Word).lower === 'and') at++;
    const p = listedPieceAt(c, at);
    if (!p || (n > 0 && !listGap(c, prevEnd, leadStart(c, p.first)))) return;
    const gap = p.last + 1 < words.length ? gapBefore(c, p.last + 1) : '';
    if (!possessive(c, p) && (gap === ' (' || gap === '(')) {
      const q = c.pieceAt.get(p.last + 1);
      if (q && input.view[q.end] === ')' && partOfItem(c, p, q)) link(q, p, true);
      const next = pastBracket(c, p);
      if (next < 0) return;
      prevEnd = input.view.indexOf(')', p.end) + 1;
      at = next;
      continue;
    }
    // An item with no bracket: the list goes on through it ("A (C), B and D (E)").
    prevEnd = p.end;
    at = p.last + 1;
  }
}

/** Step 3: every cast list of the text whose items carry their parts in brackets. Linear in words. */
export function readCastListParts(c: CueContext): void {
  const { words } = c;
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as Word;
    if (!LEAD_STARTS.has(w.lower)) continue;
    const at = afterLead(c, i);
    if (at >= 0) readList(c, at);
  }
}
