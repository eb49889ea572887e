/**
 * Step 3, a bracket right after a name: `C (A)`, `C(A)`, `C ( A )`, `C, (A)`, `"C" (A)`, `C (played by A)`,
 * `C (a wonderful A)`, `C (Work's A)`, `C (A of "Work")`, `A (as C)`, and a lone given name after a
 * full name, `A (C)`. A bracket opened by an alias cue (`C (aka D)`, `A (born B)`) links no one.
 */
import { BRACKET_ACTOR_JOINERS } from '../../data/casting-vocab';
import { GIVEN_NAMES } from '../../data/given-names';
import { ABBREVIATED_NAME_SUFFIXES, BRACKET_PLAYS_VERBS, CLAUSE_POS, LEADING_NON_NAME_POS } from '../../data/name-cue-words';
import { DESCRIPTOR_NOUNS, PERFORMANCE_NOUNS, PLAYED_BY_VERBS, ROLE_NOUNS } from '../../data/role-words';
import { WORK_NOUNS } from '../../data/work-cues';
import { isLower } from '../../text/chars';
import { holdsTitleCaseInnerWord } from '../../text/title-case-inner';
import type { Word } from '../../text/words';
import { actorAfter, addRole, gapBefore, link, possessive, roleAfter, workPossessiveEnd, type CueContext } from './3-cue-readers';
import { aliasCueAt } from './alias-cue';
import { heroTitlePiece } from './hero-title-part';
import { isQuote } from './context';
import { closesBracket, isMannerWord, listItemAt } from './link-casting-words';
import type { Piece } from './piece';
import { breaksPhrase } from '../../text/phrase-break';

/** How many describing words a bracket may hold before its name ("(a wonderfully icy A)"). */
const MAX_BRACKET_WORDS = 6;
/** How many describing words `(as …` may hold before the role. */
const MAX_MODIFIERS = 4;

/** How many words a bracket that ends in `played by A` may hold before `played`. */
const MAX_BEFORE_PLAYED = 8;

/**
 * `C (one of three roles played by A)`, `C (voiced in the sequel by A)`: a bracket of lower-case
 * words that ends in `played … by A)` ties C to A whatever the words before. True when it did.
 */
function playedInBracket(c: CueContext, p: Piece, open: number): boolean {
  const { words, input } = c;
  if (p.shape === 'common') return false;
  let played = false;
  // The verb opens the bracket, maybe after an adverb of manner ("(brilliantly played by A"): the
  // bracket is then the casting itself, so words may go on after the actor; after other words
  // ("(that alien is played by A, by the way)") the actor must end the bracket.
  let opens = false;
  for (let k = open; k < words.length && k <= open + MAX_BEFORE_PLAYED; k++) {
    const w = words[k] as Word;
    // The bracket's first word may be capitalised ("(Voiced by A)") when the names stage read it as no name.
    if ((w.capitalised && (k > open || c.pieceAt.has(k))) || (k > open && breaksPhrase(gapBefore(c, k)))) return false;
    if (PLAYED_BY_VERBS.has(w.lower) && !played) opens = k === open || (k === open + 1 && isMannerWord((words[open] as Word).lower));
    if (PLAYED_BY_VERBS.has(w.lower)) played = true;
    if (!played || w.lower !== 'by') continue;
    const actor = actorAfter(c, k + 1);
    if (!actor || !actorEndsCue(input.view, actor.end, opens)) return false;
    link(p, actor, true);
    return true;
  }
  return false;
}

/**
 * True when the actor of a bracket's `played by A` ends the casting at `end`: the bracket closes,
 * a bracket of its own opens inside it ("by A (the dub's B))"), or, where the verb `opens` the
 * bracket, lower-case words go on about the actor or the dub ("(voiced by A in the dub)", "(played by A, who ...", "(played by A, if ...") while
 * no joiner adds a second player ("(played by A and B)").
 */
function actorEndsCue(view: string, end: number, opens: boolean): boolean {
  if (view[end] === ')' || view.startsWith(' (', end)) return true;
  if (!opens) return false;
  const from = view.startsWith(', ', end) ? end + 2 : view[end] === ' ' ? end + 1 : -1;
  if (from < 0 || !isLower(view[from])) return false;
  let to = from;
  while (to < view.length && isLower(view[to])) to++;
  return !BRACKET_ACTOR_JOINERS.has(view.slice(from, to)) && view[to] !== '-';
}

/** The longest title read after `of` in `C (A of "W")`, in characters. */
const MAX_FROM_TITLE = 60;

/**
 * `C (A of "W")`, `C (A from W)`: a full name, then `of` or `from` and a work that closes the
 * bracket, quoted or one the works stage found. Reviewers name an actor by a film the reader may
 * know them from, so the name before `of` is the actor as in a bare `C (A)`.
 */
function knownFrom(c: CueContext, q: Piece): boolean {
  const { view } = c.input;
  if (q.last === q.first) return false;
  const lead = /^ (?:of|from) /.exec(view.slice(q.end, q.end + 6));
  if (!lead) return false;
  const at = q.end + lead[0].length;
  const close = view.indexOf(')', at);
  if (close < 0 || close - at > MAX_FROM_TITLE) return false;
  for (let k = at; k < close; k++) if (view[k] === '(' || view[k] === '\n') return false;
  if (isQuote(view[at])) return isQuote(view[close - 1]) && close - 1 > at;
  for (let k = at; k < close; k++) if (c.workMask[k] !== 1 && view[k] !== ' ') return false;
  return true;
}

/**
 * True when `p`, a name of a person's shape in quote marks, closes its quote right before the
 * bracket that opens at word `k` (`"Ruth Vane" (A)`): reviews quote a part's name so and give its
 * player in the bracket after, as after a bare name. A quoted run of another shape may be a title.
 */
function quotedPart(c: CueContext, p: Piece, k: number): boolean {
  const { view } = c.input;
  return p.shape === 'strong' && isQuote(view[p.start - 1]) && isQuote(view[p.end]) && /^.(?:,? )?\( ?$/.test(gapBefore(c, k));
}

/**
 * True when the word at `k` is an abbreviated name suffix after a comma and a space that closes
 * the bracket, its dot or not (`(A, Jr.)`): the suffix is part of the name before it.
 */
function suffixCloses(c: CueContext, k: number): boolean {
  const w = c.words[k];
  if (w === undefined || !ABBREVIATED_NAME_SUFFIXES.has(w.lower) || gapBefore(c, k) !== ', ') return false;
  return closesBracket(c.input.view, w.end);
}

/** Reads the bracket after `p`, if any, and links its names. */
export function readBracket(c: CueContext, p: Piece): void {
  const { words, pos, input } = c;
  let k = p.last + 1;
  if (k >= words.length || possessive(c, p)) return;
  // A space may stand inside the bracket ("Luke ( Ann Vell )"), as careless typing leaves it.
  if (!/^(?:, | )?\( ?$/.test(gapBefore(c, k)) && !quotedPart(c, p, k)) return;
  // "A, B, (C)": after a comma that also stands before the name and after a capitalised word, the
  // bracket goes on a list ("her husband, Tom, (A)" is an apposition).
  if (gapBefore(c, k).startsWith(',') && listItemAt(input.view, p.start)) return;
  // "Ra's al Ghul (aka Henri Ducard)", "Nora (née Vell)": the bracket gives a second name of the
  // same one, which the alias tie of stage 4c reads; its name is no player of the first.
  if (aliasCueAt(input.lower, (words[k] as Word).start) !== undefined) return;
  if ((words[k] as Word).lower === 'as') {
    // "Casey Vale (as Joline's brother, Jay)": the role phrase reads as after any `as`; a full
    // name playing a described part is an actor even when the part has no name.
    const role = roleAfter(c, k + 1, MAX_MODIFIERS);
    if (role && input.view[role.end] === ')' && p.shape !== 'common') link(role, p);
    else if (p.last > p.first && p.shape !== 'common' && !p.character) addRole(p, 'actor');
    return;
  }
  if (BRACKET_PLAYS_VERBS.has((words[k] as Word).lower)) {
    // "Cynthia Vale (portrays Karen)": the verb says who plays whom, as `as` does; without a named
    // part right before the close ("(plays a cop)") the bracket links no one.
    const role = roleAfter(c, k + 1, MAX_MODIFIERS);
    if (role && input.view[role.end] === ')' && p.shape !== 'common') link(role, p);
    return;
  }
  if (playedInBracket(c, p, k)) return;
  let lower = 0;
  for (; k < words.length && lower <= MAX_BRACKET_WORDS; k++) {
    if (lower > 0 || k > p.last + 1) {
      if (!(words[k] as Word).spaceBefore) return;
    }
    const q = c.pieceAt.get(k);
    // A work's possessive before the actor: "(Half Nelson's Ryan Gosling)".
    if (q && possessive(c, q) && c.pieceAt.has(q.last + 1)) {
      k = q.last;
      continue;
    }
    // The same work found by the works stage: its words are masked, so no piece stands there.
    const masked = q ? -1 : workPossessiveEnd(c, k);
    if (masked >= 0) {
      k = masked;
      continue;
    }
    if (q) break;
    const w = words[k] as Word;
    if (w.capitalised) return;
    if (w.lower === 'by') {
      const before = (words[k - 1] as Word).lower;
      if (!PLAYED_BY_VERBS.has(before) && !PERFORMANCE_NOUNS.has(before)) return;
    } else if (WORK_NOUNS.has(w.lower) || (CLAUSE_POS.has(pos[k] as string) && !PLAYED_BY_VERBS.has(w.lower))) return;
    lower++;
  }
  const q = c.pieceAt.get(k);
  if (!q || possessive(c, q) || lower > MAX_BRACKET_WORDS) return;
  // The dot of a suffix or an initial the name leaves out may stand before the close ("(A Jr.)"),
  // and so may a suffix after a comma ("(A, Jr.)").
  const closed = (input.view[q.end] === ' ' && input.view[q.end + 1] === ')') || closesBracket(input.view, q.end) || suffixCloses(c, q.last + 1);
  const close = closed ? ')' : input.view[q.end];
  if (close !== ')' && !((close === ',' || close === ';') && !c.pieceAt.has(q.last + 1)) && !(lower === 0 && knownFrom(c, q))) return;
  const names = (x: Piece, from: number): boolean => x.shape !== 'common' && !words.slice(from, x.last + 1).some((w) => DESCRIPTOR_NOUNS.has(w.lower) || ROLE_NOUNS.has(w.lower));
  // A title leading the name outside is no describing noun of it ("Captain Vell (A)" names a
  // part); in the bracket a rank is no actor's ("Steve Vell (Captain Nova)" gives a hero's name).
  // A hero's title-name before a player's full name is the part (`Iron Man (A)`), not a description.
  const heroPart = lower === 0 && q.last > q.first && q.shape === 'strong' && heroTitlePiece(input.view, words, pos, c.pieceAt, p);
  if ((!heroPart && !names(p, p.titled ? p.first + 1 : p.first)) || !names(q, q.first)) return;
  // A title-case bracket names a work the name is known for, not its player (`Moss(Colder Than Winter)`).
  if (holdsTitleCaseInnerWord(input.view, words, q.first, q.last)) return;
  // A sentence-initial adverb or the like is no character ("Also (Tom Hanks)").
  if (p.first === p.last && c.sentenceStarts.has(p.start) && LEADING_NON_NAME_POS.has(pos[p.first] as string)) return;
  // A bare bracket after a one-word name: the bracketed name must look like a name itself.
  const given = (x: Piece): boolean => x.shape === 'strong' || (x.first === x.last && GIVEN_NAMES.has((words[x.first] as Word).lower));
  if (lower === 0 && p.first === p.last && q.first === q.last && !given(p) && !given(q)) return;
  if (lower === 0 && p.last > p.first && q.first === q.last) {
    // "Simon Pegg (Sidney)": a lone given name after a full name is the role; any other lone
    // word there is a place, a short form or a surname we cannot place ("Marquez (Colombia)").
    if (GIVEN_NAMES.has((words[q.first] as Word).lower) && !p.titled) link(q, p);
    return;
  }
  link(p, q);
}
