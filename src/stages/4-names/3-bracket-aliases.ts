/**
 * Step 3, read once every other cue has linked its pieces: a bracket after a part that holds the
 * part's other name, not its actor. "Ann Bell plays Mira Stone … Mira Stone (Night Hawk) fights":
 * the bracket's order alone read Night Hawk as the actor, yet the words name another actor for the
 * same part elsewhere, and the bracketed name is made of words of the language with no given name
 * first, as a hero's or a code name is ("Night Hawk", "Iron Fox") and an actor's seldom is. The
 * bracket then gives the part's second name: the link is undone and the bracketed name becomes a
 * part, so stage 4c ties the two as one character (`tie-known-as.ts`). Linear in pieces.
 */
import { isListedFirstName } from '../../text/listed-first-name';
import type { Word } from '../../text/words';
import { isModelWord } from '../../wink';
import type { CueContext } from './3-cue-readers';
import type { Piece } from './piece';

/** Undoes each bracket link whose bracketed name is the part's other name (see the file comment). */
export function readBracketAliases(c: CueContext, pieces: readonly Piece[]): void {
  const { view } = c.input;
  // Per key of a part, the keys of the actors its pieces are linked to; per key, whether any piece
  // of it is an actor other than through a bracket.
  const actorsOf = new Map<string, Set<Piece>>();
  for (const p of pieces) {
    if (!p.playedBy) continue;
    const set = actorsOf.get(p.key);
    if (set) set.add(p.playedBy);
    else actorsOf.set(p.key, new Set([p.playedBy]));
  }
  if (actorsOf.size === 0) return;
  const bracketed = (p: Piece, q: Piece): boolean => /^ ?\( ?$/.test(view.slice(p.end, q.start)) && /^ ?\)/.test(view.slice(q.end, q.end + 2));
  // Keys an actor is given by anything but a bare bracket after a part.
  const actorElsewhere = new Set<string>();
  for (const p of pieces) {
    const q = p.playedBy;
    if (q && (p.playedInWords || !bracketed(p, q))) actorElsewhere.add(q.key);
  }
  for (const p of pieces) {
    const q = p.playedBy;
    if (!q || p.playedInWords || !bracketed(p, q) || actorElsewhere.has(q.key) || !wordsName(c, q)) continue;
    const others = [...(actorsOf.get(p.key) as Set<Piece>)].filter((a) => a.key !== q.key && !sharesWord(c, a, q));
    if (others.length === 0) continue;
    p.playedBy = null;
    q.roles = q.roles.filter((r) => r !== 'actor');
    q.character = true;
  }
}

/** True when every word of `q` is a word of the language, two words or more, and the first is no listed given name ("Night Hawk", not "Harrison Ford" where a form of it plays elsewhere). */
function wordsName(c: CueContext, q: Piece): boolean {
  if (q.last === q.first || isListedFirstName((c.words[q.first] as Word).lower)) return false;
  for (let k = q.first; k <= q.last; k++) if (!isModelWord((c.words[k] as Word).lower)) return false;
  return true;
}

/** True when `a` and `b` share a word: two forms of one actor's name ("Ford", "Harrison Ford"). */
function sharesWord(c: CueContext, a: Piece, b: Piece): boolean {
  for (let i = a.first; i <= a.last; i++) {
    for (let k = b.first; k <= b.last; k++) if ((c.words[i] as Word).lower === (c.words[k] as Word).lower) return true;
  }
  return false;
}
