/**
 * Step 3, the readers the cues share: a piece by its first or last word, a possessive, the role
 * phrase after a casting word, the actor before one, and the link between the two. Every reader
 * looks at a bounded window of words, so the cues stay linear.
 */
import { PART_AFTER_NAME } from '../../data/casting-vocab';
import { DESCRIPTOR_NOUNS, PERFORMANCE_NOUNS, ROLE_NOUNS, ROLE_OF_NOUNS } from '../../data/role-words';
import {
  AS_ASIDES, COMPARISON_AFTER_AS, MANNER_AFTER_AS, MODIFIER_POS, LEADING_NON_NAME_POS, NAMING_WORDS, NOT_BEFORE_CUE, OTHER_SUBJECT_PRONOUNS, POSSESSIVE_DETERMINERS, ROLE_DETERMINERS, SUBJECT_PRONOUNS,
} from '../../data/name-cue-words';
import { QUOTE_PAIRS } from '../../data/name-marks';
import { isApostrophe, isLetter } from '../../text/chars';
import { isListGap } from '../../text/list-gap';
import type { Word } from '../../text/words';
import type { PersonRole } from '../../types';
import { isQuote, isStopWord, leadOf, suffixDotInName, type NameContext } from './context';
import type { Piece } from './piece';

/** Pieces by a word index: an array over the words, read at every word by the cues (no hashing). */
export class PieceIndex {
  private readonly byWord: (Piece | undefined)[];

  /** Each piece of `pieces` at the word `wordOf` gives, among `words` words. */
  constructor(words: number, pieces: readonly Piece[], wordOf: (p: Piece) => number) {
    this.byWord = new Array<Piece | undefined>(words).fill(undefined);
    for (const p of pieces) this.byWord[wordOf(p)] = p;
  }

  /** The piece at word `k`, if any. */
  get(k: number): Piece | undefined {
    return k >= 0 && k < this.byWord.length ? this.byWord[k] : undefined;
  }

  /** True when a piece is at word `k`. */
  has(k: number): boolean {
    return this.get(k) !== undefined;
  }
}

/** The pieces of one text by their first and by their last word. */
export interface CueContext extends NameContext {
  readonly pieceAt: PieceIndex;
  readonly pieceEnding: PieceIndex;
}

/** The cue context of `pieces`: one object of a fixed shape, as every reader takes it. */
export function cueContext(ctx: NameContext, pieces: readonly Piece[]): CueContext {
  const { input, words, ann, sentenceStarts, pos, workMask, lowerWords, facts, heroes, titleEnds, titleHeads } = ctx;
  const pieceAt = new PieceIndex(words.length, pieces, (p) => p.first);
  const pieceEnding = new PieceIndex(words.length, pieces, (p) => p.last);
  return { input, words, ann, sentenceStarts, pos, workMask, lowerWords, facts, heroes, titleEnds, titleHeads, pieceAt, pieceEnding };
}

/** Gives `p` the role, once. */
export function addRole(p: Piece, role: PersonRole): void {
  if (!p.roles.includes(role)) p.roles.push(role);
}

/**
 * Ties a role to its actor. The first link read wins; an actor is never the role of another link.
 * `inWords`: the text says who plays whom (`played by`), not only a bracket's order.
 */
export function link(role: Piece, actor: Piece, inWords = false): void {
  if (role === actor || actor.character || role.playedBy || role.roles.length > 0) return;
  role.character = true;
  role.playedBy = actor;
  role.playedInWords = inWords;
  addRole(actor, 'actor');
}

/** The text between word `k - 1` and word `k`, less the dot of a name's suffix that ends no sentence ({@link suffixDotInName}). */
export function gapBefore(c: CueContext, k: number): string {
  const gap = c.input.view.slice((c.words[k - 1] as Word).end, (c.words[k] as Word).start);
  // The dot of a name's suffix is the name's, not the gap's ("A Jr. as C").
  return suffixDotInName(c, k - 1) ? gap.slice(1) : gap;
}

/**
 * The piece that starts at word `k`, or right after a describing word at `k` ("stars B, Late Ada
 * Brook and C": the list goes on through it).
 */
export function listedPieceAt(c: CueContext, k: number): Piece | undefined {
  const p = c.pieceAt.get(k);
  if (p) return p;
  const next = c.pieceAt.get(k + 1);
  return next && leadOf(c, next.first) === k ? next : undefined;
}

/** True when the text from `a` to `b` separates two items of a list (", ", " and "; `joiners` say which words may join the last two). */
export const listGap = (c: CueContext, a: number, b: number, joiners?: readonly string[]): boolean => isListGap(c.input.view.slice(a, b), joiners);

/**
 * True when a possessive follows the piece. "Albeniz’ masterpiece", "Jones' film": a bare apostrophe
 * after a final s, z or x is one too, unless a quote opened before the name ("'Tom Jones'").
 */
export const possessive = (c: CueContext, p: Piece): boolean =>
  (c.words[p.last] as Word).possessive || (isApostrophe(c.input.view[p.end]) && 'sxz'.includes(c.input.lower[p.end - 1] as string) && !isQuote(c.input.view[p.start - 1]));

/**
 * The index of the first word after a possessive that follows the piece, or -1 when none does.
 * Besides {@link possessive}, a name that ends on an abbreviated suffix owns through the suffix's
 * dot ("A Jr.'s portrayal of C"): the words stage reads the `s` after that dot as a word of its own,
 * so the owned words start one word later.
 */
export function afterPossessive(c: CueContext, p: Piece): number {
  if (possessive(c, p)) return p.last + 1;
  const s = c.words[p.last + 1];
  const { view } = c.input;
  const dot = view[p.end] === '.' ? p.end : -1;
  if (dot < 0 || s === undefined || s.lower !== 's' || s.start !== dot + 2 || !isApostrophe(view[dot + 1]) || !suffixDotInName(c, p.last)) return -1;
  return p.last + 2;
}

/**
 * True for the gap between two words of one clause: spaces, at most one comma, after an optional
 * possessive `’s` (word ends stop before it), no line break.
 */
export function clauseGap(gap: string): boolean {
  let t = gap;
  if (t.startsWith("'s") || t.startsWith('’s')) t = t.slice(2);
  else if (t.startsWith("'") || t.startsWith('’')) t = t.slice(1);
  if (t.length > 4 || t.includes('\n')) return false;
  t = t.trim();
  return t === '' || t === ',';
}

/** A word that describes the name after it; a nationality or place does too ("the Scottish legend Rob Roy"). */
export function isModifier(c: CueContext, k: number): boolean {
  const w = c.words[k] as Word;
  if (w.capitalised) return isStopWord(w.lower) && !c.pieceAt.has(k) && c.pos[k] !== 'DET';
  return w.hyphenated || POSSESSIVE_DETERMINERS.has(w.lower) || MODIFIER_POS.has(c.pos[k] as string);
}

/**
 * True when the name is itself described or cast: a lower-case noun right after it ("the Israeli
 * agent", "the Thuggee guru") or `as` ("…, Ray Winstone as …" is the next actor of a list).
 */
export function describesNext(c: CueContext, p: Piece): boolean {
  const next = c.words[p.last + 1];
  if (!next || next.capitalised || !next.spaceBefore) return false;
  return next.lower === 'as' || c.pos[p.last + 1] === 'NOUN';
}

/**
 * True when `as` right after `p` says how the part is played ({@link MANNER_AFTER_AS}: "plays C
 * as a nervous wreck", "as an adult", "as if") or opens an inverted comparison ({@link
 * COMPARISON_AFTER_AS}: "as C as is A as D"), so it casts no one and leaves `p` the part.
 */
function playedManner(c: CueContext, p: Piece): boolean {
  const as = c.words[p.last + 1];
  const next = c.words[p.last + 2];
  return as !== undefined && next !== undefined && as.lower === 'as' && next.spaceBefore && !next.capitalised && (MANNER_AFTER_AS.has(next.lower) || COMPARISON_AFTER_AS.has(next.lower));
}

/**
 * True when a noun of a part right after `p` says the name is a fictional part ("the Orrin Vask
 * character"): the noun describes no one else, so the name is the role.
 */
function partNamed(c: CueContext, p: Piece): boolean {
  const noun = c.words[p.last + 1];
  return p.shape !== 'common' && noun !== undefined && gapBefore(c, p.last + 1) === ' ' && PART_AFTER_NAME.has(noun.lower);
}

/**
 * The last word of a work's title that starts at word `k`, the works stage found and a possessive
 * ends, right before a name's piece ("(Half Nelson's Ryan Gosling)" with "Half Nelson" a work);
 * -1 when there is none.
 */
export function workPossessiveEnd(c: CueContext, k: number): number {
  const { words, workMask } = c;
  let m = k;
  if (workMask[(words[m] as Word).start] !== 1) return -1;
  while (m + 1 < words.length && workMask[(words[m + 1] as Word).start] === 1 && !(words[m] as Word).possessive) m++;
  return (words[m] as Word).possessive && c.pieceAt.has(m + 1) ? m : -1;
}

/**
 * True when the comma before word `k` stands between two describing words of one name ("the cold,
 * cunning Ruth", "ice-cold, leather-clad Ruth"): both lower case, each an adjective or hyphenated,
 * so the comma lists the name's qualities and ends no phrase; a noun before it ("the teacher,
 * Agnes") closes one.
 */
function describingPair(c: CueContext, k: number): boolean {
  return gapBefore(c, k) === ', ' && describing(c, k - 1) && describing(c, k);
}

/** True when word `j` is a lower-case adjective or hyphenated word, no name's: one quality of the name after it. */
function describing(c: CueContext, j: number): boolean {
  const w = c.words[j] as Word;
  return !w.capitalised && !c.pieceAt.has(j) && (c.pos[j] === 'ADJ' || w.hyphenated);
}

/**
 * The piece `p` that ends a role phrase, or undefined when it names no part: a lone common word,
 * or a lone word after "a" unless named ("as an unruly Irishman"; "a boy named Owen"), or a name
 * described or cast by what follows it ({@link describesNext}).
 */
function partOf(c: CueContext, p: Piece, indefinite: boolean, named: boolean): Piece | undefined {
  return (p.first === p.last && (p.shape === 'common' || (indefinite && !named))) || (describesNext(c, p) && !partNamed(c, p) && !playedManner(c, p)) ? undefined : p;
}


/**
 * True when `gap`, the text before word `k`, is a space and an opening quote mark, and a name's
 * piece starts at `k` whose last word the matching mark closes, with no letter after it: the
 * name stands alone in quote marks ("plays 'Ruth Hale'"), as reviewers write a part's name. A
 * possessive after the mark ("'Ruth's"), a longer quotation, or a noun right after the closing
 * mark ("a 'Comic Relief' character", the quoted words a label) is no such name.
 */
function quotedName(c: CueContext, k: number, gap: string): boolean {
  const close = gap.length === 2 && gap[0] === ' ' ? QUOTE_PAIRS.get(gap[1] as string) : undefined;
  const p = close === undefined ? undefined : c.pieceAt.get(k);
  if (p === undefined) return false;
  const { view } = c.input;
  if (view[p.end] !== close || isLetter(view[p.end + 1] ?? ' ')) return false;
  // "as cheesy 'Comical Relief' character": a noun after the marks makes the quoted words its label.
  const next = c.words[p.last + 1];
  return !(next !== undefined && !next.capitalised && c.pos[p.last + 1] === 'NOUN' && view.slice(p.end + 1, next.start) === ' ');
}

/**
 * The name a role phrase from word `k` ends in, after at most `max` lower-case describing words
 * ("the evil Cunningham", "an odd boy named Owen", "the part of teenager Ben", "the Ruth
 * character"; listed with commas and a last `and`, "the cold, cunning and brutal Ruth"); a
 * possessive name describes the role ("as Anna's father, Chris"), it is not the role, and a work's
 * possessive says which work holds it ("played Harbour Lights' Ruth"). The name may stand alone
 * in quote marks ("plays 'Ruth'").
 */
export function roleAfter(c: CueContext, k: number, max: number): Piece | undefined {
  const { words } = c;
  let described = false;
  let kin = false;
  let indefinite = false;
  let named = false;
  let joined = false;
  for (let n = 0; k < words.length && n <= max; n++, k++) {
    if (k === 0) return undefined;
    const gap = gapBefore(c, k);
    // "plays 'Ruth Hale'", "as the lead character "Ruth"": the part's name alone in quote marks.
    if (quotedName(c, k, gap)) return partOf(c, c.pieceAt.get(k) as Piece, indefinite, named);
    // A comma only after a describing name or a performance noun ("Anna's father, Chris",
    // "X's character, Ophelia"), or between two describing words ("the cold, cunning Ruth"); else
    // it ends the phrase ("as the teacher, Agnes Moorehead as …").
    if (!clauseGap(gap) || (gap.includes(',') && !described && !PERFORMANCE_NOUNS.has((words[k - 1] as Word).lower) && !(n > 0 && describingPair(c, k)))) return undefined;
    const p = c.pieceAt.get(k);
    // "played Harbour Lights' Ruth Vane": a work's possessive says which work holds the part.
    const work = p ? -1 : workPossessiveEnd(c, k);
    if (work >= 0) {
      k = work;
      continue;
    }
    if (p && possessive(c, p)) {
      // "as Anna's father, Chris": the possessor describes the role.
      described = true;
      k = p.last;
      continue;
    }
    // "Coburn's Native American love interest": a name right after the possessor describes too.
    if (p && described && !kin) return undefined;
    // A name of several words may hold a common one ("On Jo"); a lone common word is no role,
    // nor a lone word after "a" unless named ("as an unruly Irishman"; "a boy named Owen").
    if (p) return partOf(c, p, indefinite, named);
    const w = words[k] as Word;
    // After a possessor only a kin or role noun: "Anna's father, Chris", not "Albeniz' masterpiece Iberia".
    if (described && !DESCRIPTOR_NOUNS.has(w.lower)) return undefined;
    if (described) kin = true;
    const roleOf = w.lower === 'of' && ROLE_OF_NOUNS.has((words[k - 1] as Word).lower) && k >= 2 && ROLE_DETERMINERS.has((words[k - 2] as Word).lower);
    // "the cold, cunning and brutal Ruth": one `and` joining two describing words is read past
    // without counting, as the commas are.
    const joins = !joined && w.lower === 'and' && n > 0 && k + 1 < words.length && describing(c, k - 1) && describing(c, k + 1) && gapBefore(c, k + 1) === ' ';
    if (joins) {
      joined = true;
      n--;
    }
    else if (!(isModifier(c, k) || NAMING_WORDS.has(w.lower) || roleOf)) return undefined;
    if (w.lower === 'a' || w.lower === 'an') indefinite = true;
    if (NAMING_WORDS.has(w.lower)) named = true;
  }
  return undefined;
}

/** A lone sentence-initial adverb, adjective or the like ("Thirdly", "Familiar"): no actor. */
export const weakInitial = (c: CueContext, p: Piece): boolean =>
  p.first === p.last && p.shape !== 'strong' && c.sentenceStarts.has(p.start) && (LEADING_NON_NAME_POS.has(c.pos[p.first] as string) || c.pos[p.first] === 'ADJ');

/**
 * The nearest name before word `k` in the same clause, at most `max` words back, with no other
 * capitalised word, object pronoun or `as` between ("Jessica Lange is excellent as").
 */
export function actorBefore(c: CueContext, k: number, max: number): Piece | undefined {
  const { words, pos } = c;
  // A subject pronoun between is the actor ("In Focus, he plays"), unless a verb before it
  // opens a clause it belongs to ("X steals every scene he appears in as").
  let pronoun = false;
  for (let j = k - 1, n = 0; j >= 0 && n <= max; j--, n++) {
    if (!clauseGap(gapBefore(c, j + 1))) {
      // "A (The Long Night) is superb as": an aside in brackets right after the actor's name is
      // read past, when it holds no link of its own.
      const open = gapBefore(c, j + 1) === ') ' ? asideOpen(c, j) : -1;
      if (open < 1 || !c.pieceEnding.has(open - 1)) return undefined;
      j = open - 1;
    }
    const p = c.pieceEnding.get(j);
    if (p) return p.shape === 'common' || weakInitial(c, p) || pronoun ? undefined : p;
    const w = words[j] as Word;
    // A role noun between names someone else ("… allows this actress to shine as"); tagged a
    // verb, it is what the actor does ("A will star as").
    if (w.capitalised || NOT_BEFORE_CUE.has(w.lower) || (ROLE_NOUNS.has(w.lower) && pos[j] !== 'VERB')) return undefined;
    if (w.lower === 'as' && !AS_ASIDES.has((words[j + 1] as Word).lower)) return undefined;
    // "… Eraser and was impressive as": `and` joins a second predicate of an earlier subject.
    if (w.lower === 'and' && (pos[j + 1] === 'AUX' || (pos[j + 1] === 'VERB' && !(words[j + 1] as Word).lower.endsWith('ing')))) return undefined;
    // "A said they played C": a plural or another person's pronoun is a subject that is not A.
    if (OTHER_SUBJECT_PRONOUNS.has(w.lower)) return undefined;
    if (SUBJECT_PRONOUNS.has(w.lower)) pronoun = true;
    else if (pos[j] === 'VERB' || pos[j] === 'AUX') pronoun = false;
  }
  return undefined;
}

/** How many words a bracketed aside between an actor and the cue may hold. */
const MAX_ASIDE_WORDS = 6;

/**
 * The first word inside the bracket that closes after word `last` (`(The Long Night)`), when it
 * opens right after a space, holds at most {@link MAX_ASIDE_WORDS} words and no piece that is
 * linked or an actor; else -1.
 */
function asideOpen(c: CueContext, last: number): number {
  for (let j = last; j >= 1 && j > last - MAX_ASIDE_WORDS; j--) {
    const q = c.pieceAt.get(j);
    if (q && (q.playedBy !== null || q.character || q.roles.includes('actor'))) return -1;
    const gap = gapBefore(c, j);
    if (gap === ' (') return j;
    // A list of titles may fill the aside ("(The Long Night, Cold Harbour)").
    if (gap !== ' ' && gap !== ', ') return -1;
  }
  return -1;
}

/** A possessive actor only through a performance noun: "Head's portrayal as", not "Anna's father as". */
export function actorShaped(c: CueContext, a: Piece, cue: number): boolean {
  // "Patrick Vale's as Claudius": the performance noun is left out.
  if (!possessive(c, a) || a.last === cue - 1) return true;
  for (let j = a.last + 1; j < cue && j <= a.last + 3; j++) if (PERFORMANCE_NOUNS.has((c.words[j] as Word).lower)) return true;
  return false;
}

/** Describing words allowed between `by` and the actor ("by the Welsh actress and singer A"). */
const MAX_BEFORE_ACTOR = 5;

/**
 * The piece a few describing words after word `k` (`by the singer A`), or undefined. A capitalised
 * word that is no piece (`Welsh`), or a piece before a noun (`Austro-Australian actress`), describes too.
 */
export function actorAfter(c: CueContext, k: number): Piece | undefined {
  const { words, pos } = c;
  for (let n = 0; n <= MAX_BEFORE_ACTOR && k < words.length; n++, k++) {
    if (gapBefore(c, k) !== ' ') return undefined;
    const q = c.pieceAt.get(k);
    const next = q && words[q.last + 1];
    if (q && next && !next.capitalised && pos[q.last + 1] === 'NOUN' && gapBefore(c, q.last + 1) === ' ') {
      k = q.last;
      continue;
    }
    if (q) return possessive(c, q) || q.shape === 'common' ? undefined : q;
  }
  return undefined;
}
