/**
 * Step 3: the cues around each piece. A role noun before it (`filmmaker X`, `the show's writer,
 * X`, `mangaka X`), `webtoon by X`, `a story by the brilliant X`, `the characters created by X`,
 * `a performance from X`, `directed by X`, `the cast included A, B and C`, a plural role noun before a list (`singers A, B
 * and C`), a list said to be among performers (`A, B and C are among the artists`: `3-listed-among.ts`), a plural noun of a story's parts before one (`characters such as A and B`: characters),
 * and the casting phrases that tie an actor (the
 * role `actor`) to a role (`character`, `playedBy`): `C (A)` and the other brackets, `C, played by
 * A`, `A's portrayal of C`, `A's character, C`, an actor's full name owning a first name (`Kate
 * Vale's Rose`), the casting words of `3-casting-words.ts`, and a performer praised for a part
 * named by a common noun (`3-praised-as.ts`: `A and B are great as father and son`). Once all are
 * read, a bracket's
 * link that gives a part another actor named in words is undone where the bracketed name is the
 * part's other name (`3-bracket-aliases.ts`).
 */
import { GIVEN_NAMES } from '../../data/given-names';
import { APPOSITION_DETERMINERS, NAMING_CUES, PERSON_RELATIVE_OPENERS } from '../../data/name-cue-words';
import { PLURAL_CHARACTER_NOUNS } from '../../data/name-kind-features';
import { CAST_LIST_CUES, MADE_PARTS, MADE_WORK_NOUNS, MAKING_VERBS, PERFORMANCE_NOUNS, PLAYED_BY_CUES, PLAYED_BY_VERBS, PLAYS_VERBS, ROLE_NOUNS, ROLE_OF_NOUNS } from '../../data/role-words';
import { ARTICLES, WORK_NOUNS } from '../../data/work-cues';
import { hasParticipleEnding } from '../../text/participle';
import { CueWords } from '../../text/cue-index';
import { cueAt, wordsRead, type Word } from '../../text/words';
import { leadOf, leadStart, type NameContext } from './context';
import { namingBeforeAs } from './naming-as';
import { audienceNaming } from './naming-call';
import { readBracket } from './3-brackets';
import { readBracketAliases } from './3-bracket-aliases';
import { readCastListParts } from './3-cast-lists';
import { readCastingWords } from './3-casting-words';
import { readPraisedAs } from './3-praised-as';
import { readCreatorCues } from './3-creator-cues';
import { readListsAmong } from './3-listed-among';
import { describedAsWork } from './3-owned-work';
import { isKnownTitleRun } from './known-title-runs';
import { isModelWord } from '../../wink';
import { actorAfter, addRole, afterPossessive, cueContext, describesNext, gapBefore, isModifier, link, listedPieceAt, listGap, possessive, roleAfter, type CueContext } from './3-cue-readers';
import type { Piece } from './piece';
import type { PersonRole } from '../../types';
import { breaksPhrase } from '../../text/phrase-break';

/** The first words of the cues that follow a character ("played by", "brought to life by"). */
const PLAYED_BY_FIRST: ReadonlySet<string> = new Set(PLAYED_BY_CUES.map((c) => c[0] as string));

/** First words of the cast-list cues ("the cast included …"): {@link readCastLists} visits these. */
const CAST_STARTS = new CueWords(CAST_LIST_CUES.map((c) => c[0] as string));

/** Nouns of acting right before `by` that make the name after it an actor ("a performance by X"). */
const ACTED_NOUNS: ReadonlySet<string> = new Set(['performance', 'performances', 'portrayal', 'portrayals', 'acting', 'turn', 'turns']);

/**
 * Nouns of acting right before `from` that make the name after it an actor ("a performance from
 * X"): {@link ACTED_NOUNS} but `turn`, a verb as often before `from` ("turn from X").
 */
const ACTED_FROM_NOUNS: ReadonlySet<string> = new Set([...ACTED_NOUNS].filter((w) => w !== 'turn' && w !== 'turns'));

/** How many describing words a role phrase after a performance noun may hold. */
const MAX_MODIFIERS = 4;

/**
 * A name that ends its phrase after an actor's possessive: a first name or a name of the given-name
 * shape, or a name of two words or more that is the subject of the verb right after it ("Kate
 * Vale's Ruth Pike is", "Kate Vale's Count Orlo seems") or ends its clause on a surname ("Kate
 * Vale's Count Orlov,"). A name of no personal shape is as often a work ("Ann Vale's Night
 * Harbor"): the works stage tells them apart, and a work it marks is never a part.
 */
function ownedName(c: CueContext, p: Piece): boolean {
  const after = c.words[p.last + 1];
  // A name that opens the next sentence is no part of this one ("Kate Vale's Ruth Pike. Nora …").
  const runsOn = after !== undefined && c.pieceAt.has(p.last + 1) && !c.sentenceStarts.has(after.start);
  if (possessive(c, p) || p.shape === 'common' || describesNext(c, p) || runsOn) return false;
  if (after && after.capitalised && after.spaceBefore) return false;
  if (p.shape === 'strong' || (p.first === p.last && GIVEN_NAMES.has((c.words[p.first] as Word).lower))) return true;
  return p.last > p.first && ((after !== undefined && (subjectOfVerb(c, p) || apposed(c, p))) || surnameEndsClause(c, p)) && c.workMask[p.start] !== 1;
}

/** Marks that end the clause of a name owned by an actor ("Kate Vale's Ruth Pike, …"). */
const OWNED_CLAUSE_ENDS = ',.;:!?';

/**
 * True when `p`, of several words, ends its clause (a comma or a stop right after it, or the end
 * of the text) and its last word is no word of the language model: a surname ("Ruth Vask,"),
 * where a work's title ends on a word ("Night Harbor,", "Frozen Fever,"). A title readers know
 * stays a work.
 */
function surnameEndsClause(c: CueContext, p: Piece): boolean {
  const { view } = c.input;
  const next = view[p.end];
  if (!(next === undefined || OWNED_CLAUSE_ENDS.includes(next))) return false;
  return !isModelWord((c.words[p.last] as Word).lower) && !isKnownTitleRun(view.slice(p.start, p.end));
}

/**
 * True when a comma and an article follow `p`, opening words that say what it is ("Ruth Pike, the
 * widow next door"): a work so described is a work's kind the works stage reads ("a thriller").
 */
function apposed(c: CueContext, p: Piece): boolean {
  const k = p.last + 1;
  return gapBefore(c, k) === ', ' && ARTICLES.has((c.words[k] as Word).lower);
}

/**
 * True when `p` is the subject of the clause after it: the lower-case word right after it, one
 * space away, is its verb and no participle ("Ruth Pike is", "Ruth Pike steals"), a comma opens a
 * relative clause ("Ruth Pike, who"), or a bracket an aside.
 */
function subjectOfVerb(c: CueContext, p: Piece): boolean {
  const k = p.last + 1;
  const gap = gapBefore(c, k);
  if (gap === ', ') return PERSON_RELATIVE_OPENERS.has((c.words[k] as Word).lower);
  // An aside in brackets may stand between the name and its verb ("Ruth Pike (or is it Ruth Pyke) is").
  if (gap === ' (') return true;
  const tag = c.pos[k];
  // A participle after the name makes it a modifier ("the Pike Prize winning play", "Oscar nominated").
  const word = (c.words[k] as Word).lower;
  return gap === ' ' && (tag === 'VERB' || tag === 'AUX') && !hasParticipleEnding(word, ['present', 'past']);
}


/**
 * True when the role noun right before `p` stands in a casting phrase that names a part ("stars as
 * author C in W", "playing con artist C", "his portrayal of millionaire C"): a casting word,
 * then at most {@link MAX_MODIFIERS} describing words, then the noun. The noun describes the part,
 * not the real trade of the name. A verb right after the name makes `as` a conjunction ("as
 * director C said"), and the noun keeps its reading.
 */
function describesPart(c: CueContext, p: Piece): boolean {
  const { words, pos } = c;
  const next = words[p.last + 1];
  if (next && !next.capitalised && (pos[p.last + 1] === 'VERB' || pos[p.last + 1] === 'AUX')) return false;
  for (let j = p.first - 2, n = 0; j >= 1 && n <= MAX_MODIFIERS; j--, n++) {
    if (gapBefore(c, j + 1) !== ' ') return false;
    const w = words[j] as Word;
    if (w.capitalised) return false;
    if (w.lower === 'as') return castingAs(c, j);
    if (PLAYS_VERBS.has(w.lower)) return true;
    if (w.lower === 'of') return PERFORMANCE_NOUNS.has((words[j - 1] as Word).lower) || ROLE_OF_NOUNS.has((words[j - 1] as Word).lower);
    if (!isModifier(c, j)) return false;
  }
  return false;
}

/**
 * The role of a lower-case role noun after a possessor or a definite determiner right before `p`'s
 * comma (`the show's writer, X`, `its director, X`, `the author, X,`): the name restates the
 * phrase, so it is someone of that trade. Undefined at a sentence's start, for a common piece, and
 * for any other words before the comma.
 */
function roleBeforeComma(c: CueContext, p: Piece): PersonRole | undefined {
  const { words } = c;
  if (p.first < 2 || p.shape === 'common' || c.sentenceStarts.has(p.start) || gapBefore(c, p.first) !== ', ') return undefined;
  const noun = words[p.first - 1] as Word;
  const det = words[p.first - 2] as Word;
  if (noun.capitalised || !(det.possessive || (gapBefore(c, p.first - 1) === ' ' && APPOSITION_DETERMINERS.has(det.lower)))) return undefined;
  return ROLE_NOUNS.get(noun.lower);
}

/** How far back an earlier `as` makes the one at a word a comparison ("as outstanding as"). */
const MAX_COMPARED = 3;

/**
 * True when the `as` at word `j` may cast: not after a word that makes it a comparison or a naming
 * ("such as", "known as"), nor closing an `as … as` comparison ("as gifted as director C").
 */
function castingAs(c: CueContext, j: number): boolean {
  const { words } = c;
  if (j < 1 || namingBeforeAs((words[j - 1] as Word).lower, words[j - 2]?.lower ?? '') || audienceNaming((n) => words[j - 1 - n]?.lower)) return false;
  for (let k = j - 1; k >= 0 && k >= j - MAX_COMPARED; k--) if ((words[k] as Word).lower === 'as') return false;
  return true;
}

/** A number of a stage name: one to three digits, no leading zero (`50` of `50 Cent`). */
const STAGE_NUMBER = /^[1-9]\d{0,2}$/;

/**
 * The role of a role noun before a number that leads piece `p` (`rapper 50 Cent`): a stage name
 * led by a number is found by its word alone, and the number stands between the noun and it.
 */
function numberLedRole(c: CueContext, p: Piece): PersonRole | undefined {
  const { words } = c;
  const num = words[p.first - 1] as Word;
  const noun = words[p.first - 2];
  if (!noun || !STAGE_NUMBER.test(num.lower) || !num.spaceBefore || c.input.view.slice(num.end, (words[p.first] as Word).start) !== ' ') return undefined;
  if (noun.capitalised && !c.sentenceStarts.has(noun.start)) return undefined;
  return ROLE_NOUNS.get(noun.lower);
}

/** The cues that start at piece `p`: a role noun or `by` before it, a bracket, `played by` or a possessive after it. */
function readCuesAt(c: CueContext, p: Piece): void {
  const { words } = c;
  // Role noun right before: "filmmaker Lee Jae-Gyu", "the director Bong", "Co-star A".
  const prev = words[p.first - 1];
  // A capitalised role noun mid-sentence is part of a title ("Star Wars"), not a cue.
  const cueable = prev && (words[p.first] as Word).spaceBefore && (!prev.capitalised || c.sentenceStarts.has(prev.start));
  const role = cueable ? ROLE_NOUNS.get(prev.lower) ?? numberLedRole(c, p) : undefined;
  if (role && !describesPart(c, p)) addRole(p, role);
  // "the show's writer, X", "its director, X": a role noun of a possessor, then a comma.
  else {
    const restated = roleBeforeComma(c, p);
    if (restated) addRole(p, restated);
  }
  // `by` is read from before a describing word ("directed by Dutch-born A").
  const first = leadOf(c, p.first);
  const by = words[first - 1];
  // "webtoon by X", "directed by X"; not "played in the film by X", and only within the sentence
  // (a title line above is no work noun of this `by`).
  if (by && by.lower === 'by') {
    // A making verb right before `by` names the maker of what it made, a work or a story's part
    // ("the characters created by X"), not of anything else ("the threat created by X").
    const making = first >= 2 ? MAKING_VERBS.get((words[first - 2] as Word).lower) : undefined;
    let played = false;
    let work = false;
    let made = false;
    for (let j = first - 2; j >= 0 && j >= first - 7; j--) {
      const w = words[j] as Word;
      if (PLAYED_BY_VERBS.has(w.lower) || PERFORMANCE_NOUNS.has(w.lower)) played = true;
      if (WORK_NOUNS.has(w.lower) || c.workMask[w.start]) work = true;
      if (MADE_WORK_NOUNS.has(w.lower) || MADE_PARTS.has(w.lower)) made = true;
      if (c.sentenceStarts.has(w.start)) break;
    }
    // "a thriller by X", "the story by X": a noun of a work right before `by` names its maker.
    if ((work || (first >= 2 && MADE_WORK_NOUNS.has((words[first - 2] as Word).lower))) && !played) addRole(p, 'author');
    if (making && (work || made) && !played) addRole(p, making);
    if (first >= 2 && (words[first - 2] as Word).lower === 'directed') addRole(p, 'director');
    // "a fine performance by X", "the performances by X and Y".
    if (first >= 2 && ACTED_NOUNS.has((words[first - 2] as Word).lower)) addRole(p, 'actor');
  } else readMakerAfterDescription(c, p, first);
  // "a compelling performance from X": `from` after a noun of acting (not the verb "turns from"),
  // before a full name (a band's or a singer's one word gives performances of another kind).
  if (by && by.lower === 'from' && p.last > p.first && first >= 2 && ACTED_FROM_NOUNS.has((words[first - 2] as Word).lower)) addRole(p, 'actor');
  readBracket(c, p);
  readPlayedAfterAppositive(c, p);
  // "Jack Carver, played by Til Schweiger", "brought to life by".
  const after = words[p.last + 1];
  if (after && PLAYED_BY_FIRST.has(after.lower)) {
    for (const cue of PLAYED_BY_CUES) {
      const actor = wordsRead(words, p.last + 1, cue, true) ? c.pieceAt.get(p.last + 1 + cue.length) : undefined;
      const gap = actor ? c.input.view.slice(p.end, (words[p.last + 1] as Word).start).trim() : '-';
      if (!actor || (gap !== '' && gap !== ',')) continue;
      link(p, actor, true);
      break;
    }
  }
  // "Anthony Head's unconvincing portrayal of Sir Walter", "Gilbert's character, Ophelia", "A Jr.'s portrayal of C".
  const owned = p.shape === 'common' ? -1 : afterPossessive(c, p);
  if (owned > 0) {
    for (let k = owned; k < words.length && k <= owned + 2; k++) {
      const w = words[k] as Word;
      if (PERFORMANCE_NOUNS.has(w.lower)) {
        const next = words[k + 1];
        // "Vincent's character, whose name is Marion", "Vale's part is called Jay".
        const naming = next && /^,? $/.test(gapBefore(c, k + 1)) ? cueAt(words, k + 1, NAMING_CUES, true) : undefined;
        const played = naming ? roleAfter(c, k + 1 + naming.length, 0) : next && (next.lower === 'of' || next.lower === 'as') ? roleAfter(c, k + 2, MAX_MODIFIERS) : roleAfter(c, k + 1, 0);
        if (played) link(played, p);
        break;
      }
      if (w.capitalised || !isModifier(c, k)) break;
    }
  }
}

/**
 * "a story by the brilliant X", "a series by the immensely talented X", "written by the great X":
 * `by` before an article or describing words (at most {@link MAX_MODIFIERS}) and the name, right
 * after a noun of a work or a making verb. The noun or verb says the name made the work; with
 * words between, a `by` farther from the noun is as often the plot's (`killed by the evil X`).
 */
function readMakerAfterDescription(c: CueContext, p: Piece, first: number): void {
  const { words } = c;
  for (let k = first - 1; k >= 1 && k >= first - 1 - MAX_MODIFIERS; k--) {
    const w = words[k] as Word;
    if (w.capitalised || gapBefore(c, k + 1) !== ' ') return;
    if (w.lower === 'by') {
      if (gapBefore(c, k) !== ' ') return;
      const before = (words[k - 1] as Word).lower;
      const role = MADE_WORK_NOUNS.has(before) ? 'author' : before === 'directed' ? 'director' : MAKING_VERBS.get(before);
      if (role) addRole(p, role);
      return;
    }
    if (!ARTICLES.has(w.lower) && !DESCRIBING_POS.has(c.pos[k] as string) && !(w.hyphenated && /^\p{L}/u.test(w.lower))) return;
  }
}

/**
 * Tags of the words that may stand between `by` and a maker's name ("the brilliant", "the immensely
 * talented"): not a noun or a number, which start a name or a title of their own ("by the studio X",
 * "by 21 Going on 40 film-maker X").
 */
const DESCRIBING_POS: ReadonlySet<string> = new Set(['ADJ', 'ADV']);

/** How many words an appositive between a name and its `played by` may hold. */
const MAX_APPOSITIVE_WORDS = 20;
/** Words between an appositive's closing comma and `played by` ("will be played by"). */
const BEFORE_PLAYED: ReadonlySet<string> = new Set(['will', 'be', 'is', 'was', 'are', 'were', 'has', 'had', 'been', 'being', 'now', 'also', 'to']);

/**
 * "Maria, the young nun who falls for the captain, will be played by A": a name opening its clause,
 * an appositive closed by a comma, then `played by` and the actor. News describes a part before
 * saying who plays it; the appositive may name others ("the captain Georg"), but only the name that
 * opens the clause is its subject.
 */
function readPlayedAfterAppositive(c: CueContext, p: Piece): void {
  const { words } = c;
  if (p.shape === 'common' || possessive(c, p) || p.last + 1 >= words.length || gapBefore(c, p.last + 1) !== ', ') return;
  if (!c.sentenceStarts.has(p.start) && !(p.first > 0 && gapBefore(c, p.first).trim() === ',')) return;
  let closed = false;
  for (let k = p.last + 1; k < words.length && k <= p.last + MAX_APPOSITIVE_WORDS; k++) {
    const w = words[k] as Word;
    const gap = gapBefore(c, k);
    if (c.sentenceStarts.has(w.start) || breaksPhrase(gap)) return;
    if (k > p.last + 1 && gap.includes(',')) closed = true;
    if (!closed) continue;
    if (PLAYED_BY_VERBS.has(w.lower) && (words[k + 1] as Word | undefined)?.lower === 'by') {
      const actor = actorAfter(c, k + 2);
      if (actor) link(p, actor, true);
      return;
    }
    if (!BEFORE_PLAYED.has(w.lower)) closed = false;
  }
}

/** "the cast included A, B, C and more", read at the places of the cues' first words. */
function readCastLists(c: CueContext): void {
  const { words } = c;
  for (const i of c.facts.cues.of(CAST_STARTS)) {
    const w = words[i] as Word;
    if (w.capitalised) continue;
    const cue = cueAt(words, i, CAST_LIST_CUES, true);
    if (!cue) continue;
    let at = i + cue.length;
    let prevEnd = (words[at - 1] as Word).end;
    for (;;) {
      if (words[at] && (words[at] as Word).lower === 'and') at++;
      const p = listedPieceAt(c, at);
      if (!p || !listGap(c, prevEnd, leadStart(c, p.first)) || p.character) break;
      addRole(p, 'actor');
      prevEnd = p.end;
      at = p.last + 1;
    }
  }
}

/** Words between a plural character noun and its list: a comparison or an inclusion, not a bare list. */
const CHARACTER_LIST_INTRODUCERS: readonly (readonly string[])[] = [['including'], ['like'], ['such', 'as']];

/** Words between a plural role noun and the list it introduces ("artists including A, B and C"), or none. */
const LIST_INTRODUCERS: readonly (readonly string[])[] = [...CHARACTER_LIST_INTRODUCERS, ['among', 'them'], []];

/**
 * Each role noun's plural in `s` of four letters or more (`singers`, `novelists`, `actors`), by
 * the role it gives. Made once: read at every lower-case word, a plural looked up by cutting its
 * `s` would make a new string per word.
 */
const PLURAL_ROLES: ReadonlyMap<string, PersonRole> = (() => {
  const plurals = new Map<string, PersonRole>();
  for (const [noun, role] of ROLE_NOUNS) if (noun.length >= 3) plurals.set(`${noun}s`, role);
  if (!plurals.has('actors')) plurals.set('actors', 'actor');
  return plurals;
})();

/**
 * The role a plural role noun gives (`singers`, `novelists`, `actors`), or undefined: the plural of
 * a role noun, or a plural the role nouns hold themselves.
 */
function pluralRole(lower: string): PersonRole | undefined {
  return PLURAL_ROLES.get(lower);
}

/** The plural role nouns and the plural nouns of a story's parts: {@link readRoleLists} visits these. */
const LIST_NOUNS = new CueWords(PLURAL_ROLES.keys(), PLURAL_CHARACTER_NOUNS);

/**
 * "singers A, B and C", "fellow artists including A, B and C", "novelists A and B": a plural role
 * noun before a list names what each of its items is, not only the first. Each item gets the role;
 * the list ends at the first gap that is no list's.
 */
function readRoleLists(c: CueContext): void {
  const { words, sentenceStarts } = c;
  for (const i of c.facts.cues.of(LIST_NOUNS)) {
    const w = words[i] as Word;
    // "Painters such as A and B" opens its sentence: the capital there is the sentence's.
    if (w.capitalised && !sentenceStarts.has(w.start)) continue;
    const role = pluralRole(w.lower);
    if (role) readListAfter(c, i, LIST_INTRODUCERS, (p) => addRole(p, role));
    // "characters such as A and B", "villains like A": each item is a part in the story.
    else if (PLURAL_CHARACTER_NOUNS.has(w.lower)) {
      readListAfter(c, i, CHARACTER_LIST_INTRODUCERS, (p) => {
        if (p.roles.length === 0) p.character = true;
      });
    }
  }
}

/**
 * The list of names after word `i` and one of `introducers`, each item handed to `mark`; the list
 * ends at the first gap that is no list's.
 */
function readListAfter(c: CueContext, i: number, introducers: readonly (readonly string[])[], mark: (p: Piece) => void): void {
  const { words } = c;
  const cue = cueAt(words, i + 1, introducers, true);
  if (!cue) return;
  let at = i + 1 + cue.length;
  const first = c.pieceAt.get(at);
  if (!first || !(words[first.first] as Word).spaceBefore || !/^,? $/.test(c.input.view.slice((words[at - 1] as Word).end, first.start))) return;
  let count = 0;
  let prevEnd = -1;
  for (;;) {
    if (count > 0 && words[at] && (words[at] as Word).lower === 'and') at++;
    const p = listedPieceAt(c, at);
    if (!p || (count > 0 && !listGap(c, prevEnd, leadStart(c, p.first))) || p.character) break;
    mark(p);
    count++;
    prevEnd = p.end;
    at = p.last + 1;
  }
}

/** Step 3: reads every cue of the text and records it on the pieces (roles, `character`, `playedBy`). */
export function applyCues(ctx: NameContext, pieces: readonly Piece[]): void {
  const c = cueContext(ctx, pieces);
  // Before the brackets' own reading: after a cast-list lead, `A (C)` puts the actor first.
  readCastListParts(c);
  for (const p of pieces) readCuesAt(c, p);
  readCastingWords(c);
  readCastLists(c);
  readRoleLists(c);
  readListsAmong(c);
  readPraisedAs(c);
  readCreatorCues(c, pieces);
  // Once every link is read: a bracket that gives a part's other name, where another actor plays it.
  readBracketAliases(c, pieces);
  // Read last, once every other cue gave its roles: a maker named so anywhere owns a work.
  // Makers by key, and their full names' last words: a possessive of such a surname is the maker's.
  const makers = new Set<string>();
  const makerLastWords = new Set<string>();
  for (const p of pieces) {
    if (!p.roles.some((r) => r !== 'actor')) continue;
    makers.add(p.key);
    if (p.shape !== 'common') makerLastWords.add((c.words[p.last] as Word).lower);
  }
  const surnames = actorSurnames(c, pieces, makers);
  for (const p of pieces) if (!makers.has(p.key)) readOwnedName(c, p, surnames, makerLastWords);
}

/**
 * True when the cues say `owner`'s possessive names a work it made, not a part it plays: the
 * owner's surname is a maker's ("director Vale … Vale's Nora Hale"), or the words after the owned
 * name call it a work (`describedAsWork`: "Salt Roads, a novel", "Nora Hale is a dreary film").
 */
function ownsWork(c: CueContext, owner: Piece, owned: Piece, makers: ReadonlySet<string>): boolean {
  return makers.has((c.words[owner.last] as Word).lower) || describedAsWork(c, owned);
}

/**
 * The last words of the full names the cues call actors and nothing else ("Harrison Ford" in a
 * casting phrase), less those of any full name that holds another role: a review names an actor by
 * the surname once it has given the whole name, and "Ford's Rick Deckard" is that actor's part. A
 * surname any maker shares stays out, since a maker's possessive names a work.
 */
function actorSurnames(c: CueContext, pieces: readonly Piece[], makers: ReadonlySet<string>): Set<string> {
  const actors = new Set<string>();
  const others = new Set<string>();
  for (const p of pieces) {
    if (p.last === p.first || p.shape === 'common') continue;
    const last = (c.words[p.last] as Word).lower;
    if (makers.has(p.key)) others.add(last);
    else if (p.roles.includes('actor')) actors.add(last);
  }
  for (const w of others) actors.delete(w);
  return actors;
}

/**
 * "Kate Vale's Rose": an actor's full name owning a first name, or the surname alone of a full name
 * the cues call an actor (`actorSurnames`: "Kate Vale is superb … Vale's Rose"). Both must look like
 * personal names (a work after a possessive is neither: "John Ford's Stagecoach"). The caller reads
 * it only for an owner no mention of whose name holds a role but an actor's ("Ann Vale's Nora Hale …
 * director Ann Vale" names her film).
 */
function readOwnedName(c: CueContext, p: Piece, actorSurnames: ReadonlySet<string>, makers: ReadonlySet<string>): void {
  const { words } = c;
  if (!possessive(c, p)) return;
  const full = p.shape === 'strong' && p.last > p.first;
  if (!full && !(p.first === p.last && actorSurnames.has((words[p.first] as Word).lower))) return;
  const owned = c.pieceAt.get(p.last + 1);
  if (owned && (words[owned.first] as Word).spaceBefore && ownedName(c, owned) && !ownsWork(c, p, owned, makers)) link(owned, p);
}
