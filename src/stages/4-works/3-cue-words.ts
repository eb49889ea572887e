/**
 * Pass 3: a cue word before a run ("the webtoon X", "a series called X", "titled X", "watched X",
 * "the comedy X", "the edited version of X"), and the lists after "movies like" (`3-lists.ts`):
 * one walk over the text's lower-case words.
 */
import { GIVEN_NAMES } from '../../data/given-names';
import { isListedFirstName } from '../../text/listed-first-name';
import { HONORIFICS } from '../../data/honorifics';
import { KNOWN_MAKER_SURNAMES } from '../../data/work-makers';
import { ARTICLES, CHARACTER_MAKING_VERBS, DERIVED_WORK_PLURALS, FEATURE_LEADS, QUALIFIED_KIND_NOUNS, CLAUSE_STARTS, RUN_BREAKERS, WORK_FOLLOWERS, NOT_SUBJECT_TAGS, FOR_WHOM, GENRE_NOUNS, SPORT_EVENTS, DEPARTMENT_WORDS, DERIVED_WORK_NOUNS, FIRM_ENDINGS, MAKER_PLURALS, NOT_WORK_HEADS, GENRE_CUES, HEADS_OF_BODIES, BEING_PRONOUN_REACH, BEING_PRONOUNS, OBJECT_CLOSING_SUBJECTS, HOSTED_KINDS, HOST_NOUNS, INCLUDE_VERBS, LIKENESS_CUES, MAKER_OF_NOUNS, MAKER_VERBS, PASSIVE_AUXILIARIES, RUN_SPLITTERS, NAME_JOINERS, NAMING_CUES, NOUN_TAGS, ORIGINAL_WORDS, SOURCE_KINDS, STRONG_WATCH_VERBS, TITLE_CUES, TITLE_LIST_CUES, WATCH_VERBS, WORK_NOUN_PLURALS, WORK_NOUNS } from '../../data/work-cues';
import type { Run } from '../../text/runs';
import { CueWords } from '../../text/cue-index';
import { WordSet, type Word } from '../../text/words';
import { titleFinding, type Finding, type WorksContext } from './context';
import { cutLongRun, splitAtJoiners, splitBothSides, splitListItem, splitRest, trimRunEnd } from './cuts';
import { hasAsciiDigit, isWordChar } from '../../text/chars';
import { isListGap } from '../../text/list-gap';
import { firstAtOrAfter } from '../../text/search';
import type { Span } from '../../types';
import { awardFor } from './3-awards';
import { withPossessiveTail } from './possessive-lead';
import { nomineeFor } from './3-nominee-for';
import { equalComparison, KIND_LIST_WORDS, kindLists, likenessList, listAfter, ownedWorksList, subtitleAfter } from './3-lists';
import { shortApposed } from './3-apposed';
import { definiteKindTitle } from './3-definite-kind';
import { nounByPlace, ownedKind, ownerLedKind } from './3-noun-place';
import { closesWatchedObject } from './closes-watched-object';
import { watcherIsReader } from './watcher-is-reader';
import { allCaps, cannotBeName, endsLikeNationality, endsPhrase, hasConnector, isLoneNonTitle, isNoTitleWord, isPlaceOrBody, joinsNames, nameShaped, nounQualifies, personShaped, startsWithDigit } from './shapes';

/** Every word that cues a title after it, in one set. */
const CUE_WORDS = new WordSet(TITLE_CUES, NAMING_CUES, WORK_NOUNS, WATCH_VERBS, GENRE_CUES, QUALIFIED_KIND_NOUNS);

/** First words of the list cues ("the likes of", "such as"). */
const LIST_STARTS = new WordSet(TITLE_LIST_CUES.map((c) => c[0] as string));

/** First words of the cues of likeness ("reminds me of", "unlike"), read capitalised too ("Unlike X, …"). */
const LIKENESS_FIRST_WORDS = LIKENESS_CUES.map((c) => c[0] as string);
const LIKENESS_STARTS = new WordSet(LIKENESS_FIRST_WORDS);

/** The lists of every lower-case word this pass looks for. */
const LOWER_CUE_LISTS: readonly Iterable<string>[] = [
  ['as', 'based'], QUALIFIED_KIND_NOUNS, HOST_NOUNS, MAKER_VERBS, INCLUDE_VERBS, KIND_LIST_WORDS, ORIGINAL_WORDS, MAKER_OF_NOUNS, DERIVED_WORK_NOUNS, TITLE_CUES, NAMING_CUES, WORK_NOUNS, WATCH_VERBS, GENRE_CUES,
  TITLE_LIST_CUES.map((c) => c[0] as string),
];

/** Every lower-case word this pass looks for, in one set whose shape filter answers most words without hashing them. */
const LOWER_CUES = new WordSet(...LOWER_CUE_LISTS);

/** Every word {@link cuedTitles} acts at, in any case: it visits these. */
const CUED_WORDS = new CueWords(LIKENESS_FIRST_WORDS, ['for'], ...LOWER_CUE_LISTS);

/** What pass 3 found: the titles after cue words, and the titles of lists (added after pass 4's followers). */
export interface CuedTitles {
  cued: Finding[];
  listed: Finding[];
}

/** 3, 3b, 3c and 3d in one pass over the lower-case words. */
export function cuedTitles(ctx: WorksContext): CuedTitles {
  const { words } = ctx;
  const cued: Finding[] = [];
  const listed: Finding[] = [];
  for (const i of ctx.cuePlaces(CUED_WORDS)) {
    const w = words[i] as Word;
    if (LIKENESS_STARTS.has(w.lower)) likenessList(ctx, w, i, listed);
    if (w.capitalised) continue;
    if (w.lower === 'for') {
      awardFor(ctx, i, cued);
      nomineeFor(ctx, i, cued);
    }
    if (!LOWER_CUES.has(w.lower)) continue;
    if (DERIVED_WORK_NOUNS.has(w.lower)) derivedFrom(ctx, i, cued);
    if (w.lower === 'based') basedOn(ctx, i, cued);
    if (HOST_NOUNS.has(w.lower) && (words[i + 1]?.lower === 'of' || words[i + 1]?.lower === 'on') && words[i + 1]?.spaceBefore === true) digitLedTitle(ctx, i + 2, cued);
    // "the creator of X", "the director of X", not "the director of the festival".
    if (MAKER_OF_NOUNS.has(w.lower) && words[i + 1]?.lower === 'of' && !(HEADS_OF_BODIES.has(w.lower) && words[i + 2]?.lower === 'the')) makerOf(ctx, i, cued);
    if (ORIGINAL_WORDS.has(w.lower)) originalWork(ctx, i, cued);
    if (MAKER_VERBS.has(w.lower)) makerVerb(ctx, i, cued);
    if (INCLUDE_VERBS.has(w.lower)) ownedWorksList(ctx, w, i, listed);
    if (CUE_WORDS.has(w.lower)) cueBefore(ctx, w, i, cued);
    if (LIST_STARTS.has(w.lower)) listAfter(ctx, w, i, listed);
    else if (w.lower === 'as') equalComparison(ctx, w, i, listed);
    else kindLists(ctx, w, i, listed);
  }
  return { cued, listed };
}

/** 3. A title right after a cue word `w` (the word at `i`). */
function cueBefore(ctx: WorksContext, w: Word, i: number, out: Finding[]): void {
  const { view, words } = ctx;
  const lw = w.lower;
  // "the US series 21 Jump Street": a title led by a number after a kind of work.
  if (WORK_NOUNS.has(lw) && !ctx.runAt(i + 1) && (NOUN_TAGS.has(ctx.posAt(w.start)) || nounByPlace(words, i))) digitLedTitle(ctx, i + 1, out);
  // Every cue needs a run right after it.
  if (!ctx.runAt(i + 1)) return;
  // "her debut feature X": a qualified kind of work only after its lead, then read as a kind of film.
  const qualified = QUALIFIED_KIND_NOUNS.has(lw);
  if (qualified && !(i > 0 && FEATURE_LEADS.has((words[i - 1] as Word).lower) && w.spaceBefore)) return;
  // "a series called X" names a work; "a girl called Anne" does not.
  if (NAMING_CUES.has(lw) && !words.slice(Math.max(0, i - 3), i).some((x) => WORK_NOUNS.has(x.lower))) return;
  // "the play X", not "to play with X": a work noun counts only as a noun.
  const glued = words[i + 1]?.start === w.end;
  const noun = NOUN_TAGS.has(ctx.posAt(w.start)) || nounByPlace(words, i) || ownedKind(ctx, i) || ownerLedKind(ctx, i);
  // "another western, X": after a determiner and before a comma a kind of film is a noun, whatever its tag.
  // Not in an opening phrase ("In the remake, X is played by …"): there the comma ends the phrase
  // and the clause's subject follows.
  const kindBeforeComma = GENRE_NOUNS.has(lw) && (noun || (i > 0 && ctx.posAt((words[i - 1] as Word).start) === 'DET')) && view.startsWith(', ', w.end) && !inOpeningPhrase(ctx, i);
  if (WORK_NOUNS.has(lw) && !glued && !noun) return;
  if (GENRE_CUES.has(lw) && (!(noun || kindBeforeComma) || w.capitalised)) return;
  // "the Ashes series Down Under", "the Premier League season": a contest, not a work.
  if (i > 0 && SPORT_EVENTS.has((words[i - 1] as Word).lower)) return;
  // "the film Ocean's Twelve": a possessive inside the title after the cue.
  // "the film Wren's Cold Harbour" with Wren a maker: the title is what the maker's possessive owns.
  const owned = ctx.runAt(i + 1);
  const whole = owned && withPossessiveTail(ctx, owned);
  const owner = whole && (words[whole.last] as Word).possessive && !WATCH_VERBS.has(lw) ? ctx.runAt(whole.last + 1) : undefined;
  const full = owner && (words[owner.first] as Word).spaceBefore ? owner : whole;
  const run = full && trimRunEnd(words, cutLongRun(words, full));
  const next = words[i + 1];
  // The title follows its cue directly ("the webtoon X", or glued: "webtoonX"), or after a comma
  // when it cannot be a name ("the compilation film, The Golden Age of Comedy"); a kind of film
  // read as a noun sets its title off so as well as a work noun does ("another western, X, was").
  // A run with "and" there is a list more often ("the series, X and Y").
  const apposingKind = WORK_NOUNS.has(lw) || kindBeforeComma;
  const commaAfterNoun =
    next !== undefined && run !== undefined && apposingKind && view.slice(w.end, next.start) === ', ' && (cannotBeName(words, run) || shortApposed(ctx, run, i)) && !words.slice(run.first, run.last + 1).some((x) => NAME_JOINERS.has(x.lower));
  if (!run || !next || !(next.spaceBefore || next.start === w.end || commaAfterNoun) || nameShaped(words, run)) return;
  if (joinsNames(words, run) && !(next.spaceBefore && !commaAfterNoun && !HOSTED_KINDS.has(lw) && joinedTitle(words, run))) return;
  // "the first movie I've seen": a clause starts.
  if (CLAUSE_STARTS.has((words[run.first] as Word).lower)) return;
  // "the book Diana lent me": one given name after a work noun starts a clause, it is no title;
  // before a comma or a full stop it names the work ("his new film Alexander, starring …").
  if (run.first === run.last && GIVEN_NAMES.has((words[run.first] as Word).lower) && !endsPhrase(words, run)) return;
  if (TITLE_CUES.has(lw) || NAMING_CUES.has(lw) || WORK_NOUNS.has(lw) || commaAfterNoun) out.push(titleFinding(ctx.formOf(run)));
  // One word that is a day or a place after a qualified kind says when or where ("a new feature Friday").
  else if ((GENRE_CUES.has(lw) || (qualified && !(run.first === run.last && isNoTitleWord(words[run.first] as Word)))) && next.spaceBefore) genreTitle(ctx, run, out, definiteKindTitle(ctx, i, run));
  else if (WATCH_VERBS.has(lw) && !(words[run.last] as Word).possessive && (cannotBeName(words, run) || strongObject(ctx, w, run))) out.push(titleFinding(ctx.formOf(run)));
}

/**
 * A title that opens with a number at word `at`, right after a kind of work or a host's "of" ("the
 * series 21 Jump Street", "host of 100% Northern"): one to three figures, maybe a per cent sign,
 * one space, then a title-case run that is no part, season or finale ("the series 2 Finale"), no person's
 * shape and no year's events ("the film 2005 Awards" is no year: four figures never lead).
 */
export function digitLedTitle(ctx: WorksContext, at: number, out: Finding[]): void {
  const { view, words } = ctx;
  const lead = words[at];
  const next = words[at + 1];
  if (!lead || !next || !lead.spaceBefore || lead.end - lead.start > 3 || !/^\d+$/.test(lead.lower)) return;
  const gap = view.slice(lead.end, next.start);
  if (gap !== ' ' && gap !== '% ') return;
  const run = ctx.runAt(at + 1);
  if (!run || run.first !== at + 1 || RUN_BREAKERS.has(next.lower) || WORK_FOLLOWERS.has(next.lower) || personShaped(words, run.first, run.last) || nameShaped(words, run)) return;
  // "host of 100% Northern on Radio 1": the title ends before a preposition that leads on.
  let last = run.first;
  while (last < run.last && !RUN_SPLITTERS.has((words[last + 1] as Word).lower)) last++;
  const cut = trimRunEnd(words, { first: run.first, last, start: run.start, end: (words[last] as Word).end });
  // "a host of 100 Hollywood stars": the run qualifies a noun, it is no title.
  if (nounQualifies(ctx, words[cut.last + 1], true)) return;
  out.push(titleFinding(ctx.formOf({ start: lead.start, end: cut.end })));
}

/**
 * True for two single words joined by "and" / "&" right after a kind of work ("the album Hopes and
 * Fears", "the thriller Hide and Seek"): one title, as a kind of work in the singular names one;
 * not two given names ("the show Anna and Tom": a pair of hosts as often), nor a possessive.
 */
function joinedTitle(words: readonly Word[], run: Run): boolean {
  const a = words[run.first] as Word;
  const b = words[run.last] as Word;
  if (a.possessive || b.possessive || (words[run.first + 1] as Word).lower === 'or') return false;
  const given = (x: Word): boolean => isListedFirstName(x.lower);
  return !(given(a) && given(b));
}

/**
 * "the comedy X": not a person's shape, not a word in capitals ("the sequel MUST be"), not a run
 * that qualifies a noun ("the blockbuster West End musicals"); "A and B" holds two titles when both
 * have two words or more ("comedies Meet The Fockers and Shall We Dance?"). A person's shape is a
 * title when `definite` says the kind heads a definite phrase the run closes ({@link
 * definiteKindTitle}).
 */
export function genreTitle(ctx: WorksContext, full: Run, out: Finding[], definite = false): void {
  const { view, words } = ctx;
  const run = splitBothSides(words, full);
  const after = words[run.last + 1];
  const loneTitle = run.first === run.last && endsPhrase(words, run);
  // A title in capitals is an acronym or a shout; an article of one letter ("A Way Home") is no capitals.
  const lead = words[run.first] as Word;
  const capitals = allCaps(view, lead) && !(run.last > run.first && ARTICLES.has(lead.lower));
  if ((!loneTitle && !(definite && run === full) && personShaped(words, run.first, run.last)) || (words[run.last] as Word).possessive || capitals) return;
  if (nounQualifies(ctx, after, false)) return;
  out.push(titleFinding(ctx.formOf(run)));
  if (run.last !== full.last) {
    const rest = splitRest(words, full, run.last + 2);
    if (rest && rest.last - rest.first >= 1) out.push(titleFinding(ctx.formOf(rest)));
  }
}

/**
 * "I watched Kill Bill": two capitalised words after a strong watch verb, not a person's shape; or
 * one word that closes its phrase ("I started watching Bleach,", "I finished Naruto.", "I watched
 * Titanic with my son", {@link clauseAfterObject}): no clause goes on from it ("watching Tom
 * fight"), so it is what was watched, unless it is a given name, a
 * surname of the text, a place, a body, a day, a function word or a word in capitals.
 */
function strongObject(ctx: WorksContext, verb: Word, run: Run): boolean {
  const { words } = ctx;
  if (!STRONG_WATCH_VERBS.has(verb.lower)) return false;
  const lead = words[run.first] as Word;
  if (run.last === run.first + 1) return !personShaped(words, run.first, run.last) && !HONORIFICS.has(lead.lower);
  // A lone word with a digit ("S1", "Ep2") is a season or an episode, not a title of one word.
  if (run.last !== run.first || !lead.spaceBefore || !(closesObject(ctx.view, lead.end) || clauseAfterObject(ctx, run.last)) || hasAsciiDigit(lead.lower)) return false;
  return !GIVEN_NAMES.has(lead.lower) && !isListedFirstName(lead.lower) && !HONORIFICS.has(lead.lower) && !allCaps(ctx.view, lead) && !isPlaceOrBody(lead) && !ctx.isSurname(lead.lower) && !NOT_SUBJECT_TAGS.has(ctx.posAt(lead.start));
}

/**
 * True when the word after word `k`, one space after it, ends a watch verb's object though no mark
 * does ({@link closesWatchedObject}: "watched Titanic with my son", "watch Boruto until the dub
 * ends", "watched Alien last night") or is the subject of a new clause ("when I watched Bleach I
 * was hooked"), and the verb is the writer's or the reader's ({@link watcherIsReader}). A verb after the
 * word makes it someone watched doing something ("watching Kenji fight"), and "and" may join a
 * second name ("watching Kenji and Mia argue"), so neither counts.
 */
function clauseAfterObject(ctx: WorksContext, k: number): boolean {
  const w = ctx.words[k] as Word;
  const next = ctx.words[k + 1];
  if (next === undefined || next.start !== w.end + 1 || ctx.view.charCodeAt(w.end) !== 0x20) return false;
  // A word that does something, owns something or leads a full name elsewhere in the text
  // ("Naruto learns", "Naruto's growth", "Naruto Uzumaki") is a being there, which the hero titles
  // read apart; and "of" goes on with a longer title ("watch Night of the Creeps").
  if (next.lower === 'of' || beingWords(ctx).has(w.lower) || !watcherIsReader(ctx.words, ctx.pos, k - 1)) return false;
  if (OBJECT_CLOSING_SUBJECTS.has(next.lower)) return true;
  if (next.capitalised) return false;
  return closesWatchedObject(ctx.words, ctx.pos, k + 1);
}

/** {@link beingWords} of each text, made once when first asked. */
const BEINGS = new WeakMap<WorksContext, ReadonlySet<string>>();

/**
 * The capitalised words of the text, lower case, written as an owner ("Naruto's growth"), before
 * a second capitalised word that is no pronoun, as a given name leads a full name ("Naruto
 * Uzumaki"; not "Bleach I"), or that a lower-case word tagged as a full verb follows one space
 * after ("Kenji runs", "Naruto learns"), or that stands in a comma list beside another capitalised
 * word ({@link listedWithName}): each names a being there. An auxiliary does not count
 * ("Titanic is long"): a work is and has as a being does.
 */
function beingWords(ctx: WorksContext): ReadonlySet<string> {
  const known = BEINGS.get(ctx);
  if (known) return known;
  const out = new Set<string>();
  const { words, view } = ctx;
  for (let k = 0; k < words.length; k++) {
    const w = words[k] as Word;
    if (!w.capitalised) continue;
    const next = words[k + 1];
    const spaced = next !== undefined && next.start === w.end + 1 && view.charCodeAt(w.end) === 0x20;
    const named = spaced && next.capitalised && !OBJECT_CLOSING_SUBJECTS.has(next.lower);
    if (w.possessive || named || (spaced && !next.capitalised && ctx.posAt(next.start) === 'VERB') || pronounAfter(ctx, k) || listedWithName(ctx, k)) out.add(w.lower);
  }
  BEINGS.set(ctx, out);
  return out;
}

/**
 * True when word `k` stands in a comma list beside another capitalised word ("Mira, Kenji, Sora
 * and Ito"): a review lists its cast far more often than it lists titles after a watch verb, and
 * a title taken from such a list would carry its list mates away from the cast.
 */
function listedWithName(ctx: WorksContext, k: number): boolean {
  const { words, view } = ctx;
  const w = words[k] as Word;
  const next = words[k + 1];
  const prev = words[k - 1];
  if (next !== undefined && next.capitalised && next.start === w.end + 2 && view.startsWith(', ', w.end)) return true;
  return prev !== undefined && prev.capitalised && w.start === prev.end + 2 && view.startsWith(', ', prev.end);
}

/**
 * True when word `k` opens its sentence and a person's pronoun ({@link BEING_PRONOUNS}) follows
 * within {@link BEING_PRONOUN_REACH} words of that sentence ("Kenji lives alone and his sister").
 */
function pronounAfter(ctx: WorksContext, k: number): boolean {
  const { words } = ctx;
  if (!ctx.opensSentence((words[k] as Word).start)) return false;
  for (let j = k + 1; j < words.length && j <= k + BEING_PRONOUN_REACH; j++) {
    const x = words[j] as Word;
    if (ctx.opensSentence(x.start)) return false;
    if (BEING_PRONOUNS.has(x.lower)) return true;
  }
  return false;
}

/**
 * True when the text at `at` ends a watch verb's object: a full stop, a comma, "!", "?", ";" or a
 * closing bracket before white space, a line break or the end of the text. Not a colon, which
 * opens a label after a run-on line ("watching Story: the plot"), nor a letter, sign or mark glued
 * to the word ("Ke$ha", "Steins;Gate").
 */
function closesObject(view: string, at: number): boolean {
  let k = at;
  while (k < view.length && k < at + CLOSER_REACH && OBJECT_CLOSERS.includes(view[k] as string)) k++;
  // A mark inside a word goes on with it ("Steins;Gate"): white space or the end must follow.
  const c = view[k];
  return (k > at || c === '\n' || c === '\r' || c === undefined) && (c === undefined || c === ' ' || c === '\n' || c === '\r' || c === '\t');
}

/** Most closing marks in a row looked over after a watch verb's object ("Naruto!!!"). */
const CLOSER_REACH = 8;

/** Marks that close the object of a watch verb ({@link closesObject}). */
const OBJECT_CLOSERS = '.,!?;)';

/**
 * 3c. "the edited version of X", "a rip-off of X", "the sequel to X", when X can be a title
 * ({@link objectTitle}).
 */
function derivedFrom(ctx: WorksContext, i: number, out: Finding[]): void {
  const link = ctx.words[i + 1];
  if (!link || !link.spaceBefore || (link.lower !== 'of' && link.lower !== 'to')) return;
  sourceTitle(ctx, i + 2, out, false, DERIVED_WORK_PLURALS.has((ctx.words[i] as Word).lower));
}

/**
 * 3. The work a text says another is "based on" ("based on Copper Tide", "based on the novel Quiet
 * Rivers"): what it is based on, read as a derived work's source.
 */
function basedOn(ctx: WorksContext, i: number, out: Finding[]): void {
  const on = ctx.words[i + 1];
  if (!on || !on.spaceBefore || on.lower !== 'on') return;
  sourceTitle(ctx, i + 2, out, true);
}

/**
 * The title a derived work comes from, starting at word `at`: right there ("a remake of X"), or
 * after a short lead that names its kind ("a remake of the horror classic X", "an adaptation of Ann
 * Lee's novel X", "based on the manga X"). With `basedOn`, where what a story is based on is as
 * often a character, a thing or events, a run with no kind lead needs two words or more, none in
 * capitals ("based on REAL events"), and no noun after it ("based on Tarot cards"); one word
 * after a kind lead is a title ("based on the game Cluedo"). After a `plural` noun of derived
 * works, a run with no kind lead before a noun is its owner ("versions of Ann Lee books").
 */
function sourceTitle(ctx: WorksContext, at: number, out: Finding[], basedOn = false, plural = false): void {
  const { view, words } = ctx;
  const lead = sourceKindLead(ctx, at);
  const from = at + lead;
  const full = ctx.runAt(from);
  if (!full || !(words[from] as Word).spaceBefore) return;
  const run = trimRunEnd(words, cutLongRun(words, full));
  if (basedOn && lead === 0) {
    if (run.first === run.last || nounQualifies(ctx, words[run.last + 1], true)) return;
    for (let k = run.first; k <= run.last; k++) if (allCaps(view, words[k] as Word)) return;
  }
  // "versions of Ann Lee books": a run before a noun names whose works they are, not the work.
  if (plural && lead === 0 && nounQualifies(ctx, words[run.last + 1], false)) return;
  if (objectTitle(ctx, run)) out.push(titleFinding(ctx.formOf(run)));
}

/**
 * The length of a lead at `at` that ends in a kind of work right before a capitalised word ("the
 * horror classic", "Ann Lee's novel", "the manga"), 0 when there is none: its words are articles,
 * capitalised words (an owner, a place: "Hollywood classic"), or lower-case describing words, each
 * after one space, at most {@link SOURCE_LEAD_REACH} of them.
 */
function sourceKindLead(ctx: WorksContext, at: number): number {
  const { words } = ctx;
  for (let k = at; k < Math.min(words.length - 1, at + SOURCE_LEAD_REACH); k++) {
    const w = words[k] as Word;
    if (!w.spaceBefore) return 0;
    if (!w.capitalised && SOURCE_KINDS.has(w.lower)) {
      const next = words[k + 1] as Word;
      return next.capitalised && next.spaceBefore ? k - at + 1 : 0;
    }
    if (!w.capitalised && !ARTICLES_AND_DESCRIBERS.has(ctx.posAt(w.start))) return 0;
  }
  return 0;
}

/** How many words a source's kind lead holds at most ("the classic Hollywood horror film"). */
const SOURCE_LEAD_REACH = 5;

/** Tags of the lower-case words a source's kind lead may hold: articles and describing words. */
const ARTICLES_AND_DESCRIBERS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN']);

/**
 * True when the object of a derived-work noun or a maker can be a title: not a person's name or
 * possessive ("an adaptation of Tom Clancy's novel"), not a maker known by the surname ("a remake
 * of Hitchcock"), nor a lone place or firm, nor a name ending as a firm's does ("Warner Bros").
 */
function objectTitle(ctx: WorksContext, run: Run): boolean {
  const { view, words } = ctx;
  const last = words[run.last] as Word;
  // "The O.C": a run cut at an initial's dot is no whole title.
  const initial = last.end - last.start === 1 && view[last.end] === '.';
  if (initial || last.possessive || nameShaped(words, run) || personShaped(words, run.first, run.last) || joinsNames(words, run)) return false;
  // "the production of Warner Bros": a firm's last word names the maker, not the work.
  if (run.last > run.first && (FIRM_ENDINGS.has(last.lower) || FIRM_SHORT_ENDINGS.has(last.lower))) return false;
  return !(run.first === run.last && (GIVEN_NAMES.has(last.lower) || isLoneNonTitle(last.lower) || KNOWN_MAKER_SURNAMES.has(last.lower)));
}

/** Short last words of a firm's name that {@link FIRM_ENDINGS} leaves out ("Warner Bros"). */
const FIRM_SHORT_ENDINGS: ReadonlySet<string> = new Set(['bros', 'inc', 'co']);

/** Gaps between the titles of a maker's list ("key animator of A, B and C"). */
const MAKER_LIST_GAPS: readonly string[] = ['and', '&'];

/** 3c. The works after a maker's "of" ("the creator of X", "key animator of A, B, C", "the directors of X and Y"), read by {@link makerList}. */
function makerOf(ctx: WorksContext, i: number, out: Finding[]): void {
  const { words } = ctx;
  const maker = (words[i] as Word).lower;
  const link = words[i + 1] as Word;
  if (!link.spaceBefore || !(words[i + 2]?.spaceBefore ?? false)) return;
  makerList(ctx, i + 2, link.end, HEADS_OF_BODIES.has(maker), MAKER_PLURALS.has(maker), false, out);
}

/**
 * 3c. The works after a verb of making in the active voice ("Ann Lee, who directed X and Y", "she
 * co-wrote X"), read as a plural maker's list: the verb may make several works. Not passive ("was
 * produced", "had been created": what follows is no object), and one word only where it is no
 * surname of the text and closes its phrase or the list goes on ("directed Kidman in X" names an
 * actor).
 */
function makerVerb(ctx: WorksContext, i: number, out: Finding[]): void {
  const { words } = ctx;
  const verb = words[i] as Word;
  const before = words[i - 1];
  const first = words[i + 1];
  if (!first || !first.spaceBefore || !first.capitalised || (before && PASSIVE_AUXILIARIES.has(before.lower))) return;
  // "created X" names a character as often as a work: one word after it is left out.
  const lone = ctx.runAt(i + 1)?.last === i + 1;
  if (lone && CHARACTER_MAKING_VERBS.has(verb.lower)) return;
  makerList(ctx, i + 1, verb.end, false, true, true, out);
}

/**
 * The titles of a maker's list from the word `from` on, `linkEnd` the end of the word before it
 * ("key animator of A, B and C", "the directors of X and Y", "who directed X and Y"). A maker who
 * also heads bodies (`head`) names no body or department ("director of Regular Music"); a
 * `plural` maker names several works, so its run splits at each "and"; a singular one splits only
 * where a side has two words ("Pride and Prejudice" stays whole). With `verb`, one word is an
 * item only when no surname of the text and closing its phrase or the list. Items after a comma
 * count only when the list has three or ends with "and": "director of X, Ann Lee, said" is an
 * apposition.
 */
function makerList(ctx: WorksContext, from: number, linkEnd: number, head: boolean, plural: boolean, verb: boolean, out: Finding[]): void {
  const { view, words } = ctx;
  const items: Run[] = [];
  let joined = false;
  let prevEnd = linkEnd;
  let full = ctx.runAt(from);
  while (full) {
    full = withPossessiveTail(ctx, full);
    const gap = view.slice(prevEnd, full.start);
    if (items.length > 0 && (gap === ' ' || !isListGap(gap, MAKER_LIST_GAPS))) break;
    if (gap.includes('and') || gap.includes('&')) joined = true;
    let run = trimRunEnd(words, cutLongRun(words, verb ? cutVerbObject(words, full) : full));
    // "Fullmetal Alchemist: Brotherhood, X": a subtitle after a colon goes on with the item.
    const sub = run.last === full.last ? subtitleAfter(ctx, run) : undefined;
    if (sub) run = { first: run.first, last: sub.last, start: run.start, end: sub.end };
    const parts = plural ? splitAtJoiners(words, run, false) : [splitListItem(words, run)];
    let ok = true;
    for (const part of parts) {
      if (!objectTitle(ctx, part) || (head && bodyWords(words, part)) || (verb && !verbObject(ctx, part))) {
        ok = false;
        break;
      }
      items.push(part);
      prevEnd = part.end;
    }
    if (!ok) break;
    if (parts.length > 1) joined = true;
    const lastPart = parts[parts.length - 1] as Run;
    if (lastPart.last < run.last) {
      // A singular maker's run split at "and": the rest is the next item.
      full = splitRest(words, run, lastPart.last + 2);
      joined = true;
      continue;
    }
    let next = lastPart.last + 1;
    if (view.startsWith(',', lastPart.end)) {
      while (words[next] && MAKER_LIST_GAPS.includes((words[next] as Word).lower)) next++;
    } else if (words[next] && MAKER_LIST_GAPS.includes((words[next] as Word).lower)) next++;
    full = next > lastPart.last + 1 || view.startsWith(', ', lastPart.end) ? ctx.runAt(next) : undefined;
  }
  if (items.length === 0) return;
  // Two items after a comma with no "and": the second is an apposition, not a work.
  const kept = items.length === 2 && !joined ? 1 : items.length;
  for (let k = 0; k < kept; k++) out.push(titleFinding(ctx.formOf(items[k] as Run)));
}

/**
 * The object of a verb of making cut before a joiner that a preposition follows ("created X and
 * to Ann Lee"; not an article: "X and the Y" may be one title) or before "for the" / "with the" / "at the" ("produced X for the Byrds"): the clause goes on there.
 */
function cutVerbObject(words: readonly Word[], run: Run): Run {
  for (let k = run.first + 1; k < run.last; k++) {
    const w = words[k] as Word;
    const next = words[k + 1] as Word;
    if (w.capitalised || next.capitalised) continue;
    if ((NAME_JOINERS.has(w.lower) && RUN_SPLITTERS.has(next.lower)) || (FOR_WHOM.has(w.lower) && next.lower === 'the')) return { first: run.first, last: k - 1, start: run.start, end: (words[k - 1] as Word).end };
  }
  return run;
}

/**
 * True when an item after a verb of making can be the work made, not a person the maker worked
 * with: no given name and a surname ("wrote Ann Lee a part"), no name before a preposition ("directed
 * Kidman in X" when the text names Kidman alone or after a given name, "Nicole Kidman in X"), and one word only when the text writes it as no surname and
 * nothing but punctuation, "and" or "&" goes on from it ("who directed Ray, said").
 */
function verbObject(ctx: WorksContext, run: Run): boolean {
  const { words } = ctx;
  let head = run.last;
  for (let k = run.first + 1; k < run.last; k++) {
    const x = words[k] as Word;
    if (!x.capitalised && RUN_SPLITTERS.has(x.lower)) {
      head = k - 1;
      break;
    }
  }
  const lead = words[run.first] as Word;
  if (head - run.first <= 2 && (personShaped(words, run.first, head) || (head > run.first && isListedFirstName(lead.lower) && !hasConnector(words, { ...run, last: head })))) return false;
  const surname = ctx.isSurname(lead.lower) || ctx.endsGivenName(lead.lower);
  if (head !== run.last && head === run.first && (surname || ctx.standsAlone(lead.lower))) return false;
  if (run.first !== run.last) return true;
  if (surname) return false;
  const after = words[run.last + 1];
  return after === undefined || !after.spaceBefore || MAKER_LIST_GAPS.includes(after.lower);
}

/** True when a run holds a word of a body, a firm or a department ("La Fenice Theatre", "Regular Music"). */
function bodyWords(words: readonly Word[], run: Run): boolean {
  for (let k = run.first; k <= run.last; k++) {
    const l = (words[k] as Word).lower;
    if (NOT_WORK_HEADS.has(l) || FIRM_ENDINGS.has(l) || DEPARTMENT_WORDS.has(l)) return true;
  }
  return false;
}

/**
 * True when the text writes a run's words after a lower-case "the" elsewhere with no noun after
 * them ("complete the Death Star."), and never after "The" inside a sentence ("unlike The
 * Matrix"): a thing the story names, not a title, which a writer may lower to "the Matrix" but
 * also writes whole.
 */
function namedThing(ctx: WorksContext, run: Span): boolean {
  const { view, words } = ctx;
  const form = view.slice(run.start, run.end);
  let afterThe = false;
  for (let at = view.indexOf(form); at >= 0; at = view.indexOf(form, at + 1)) {
    if (at === run.start || at < 4 || isWordChar(view[at + form.length])) continue;
    const lead = view.slice(at - 4, at);
    // "unlike The Matrix": "The" after a space inside a sentence.
    if (lead === 'The ' && view[at - 5] === ' ' && !SENTENCE_ENDS.has(view[at - 6] ?? '.')) return false;
    if (lead !== 'the ' || isWordChar(view[at - 5])) continue;
    const next = words[firstAtOrAfter(words, at + form.length)];
    if (next && next.spaceBefore && !next.capitalised && ctx.posAt(next.start) === 'NOUN') continue;
    afterThe = true;
  }
  return afterThe;
}

/** Marks that end a sentence: "The" right after one opens it. */
const SENTENCE_ENDS: ReadonlySet<string> = new Set(['.', '!', '?', ':', '"', '“']);


/**
 * 3e. "the original Blade Runner", "the original FMA anime": the run right after "the original"
 * names the earlier work a text sets a later one against. Not a person's name or surname ("the
 * original Spielberg"), a people ("the original Japanese"), a kind of work ("the original
 * Manga"), an owner ("the original X's ending"), nor a run that qualifies a noun other than a
 * kind of work ("the original Star Wars soundtrack", "the original Gotei 13 captains").
 */
function originalWork(ctx: WorksContext, i: number, out: Finding[]): void {
  const { view, words } = ctx;
  const article = words[i - 1];
  const first = words[i + 1];
  if (!article || article.lower !== 'the' || !first || !first.spaceBefore || !(words[i] as Word).spaceBefore) return;
  const full = ctx.runAt(i + 1);
  if (!full) return;
  const run = trimRunEnd(words, cutLongRun(words, full));
  const last = words[run.last] as Word;
  if (last.possessive || nameShaped(words, run) || personShaped(words, run.first, run.last) || joinsNames(words, run) || namedThing(ctx, run)) return;
  // A number after the run is part of its name ("the original Gotei 13 captains"): the noun after it counts.
  const next = words[run.last + 1];
  const after = next && next.spaceBefore && startsWithDigit(view, next) ? words[run.last + 2] : next;
  if (nounQualifies(ctx, after, true)) return;
  if (run.first === run.last) {
    // "the original Manga": a kind of work written with a capital is no title.
    if (WORK_NOUNS.has(last.lower) || WORK_NOUN_PLURALS.has(last.lower)) return;
    // A lone word in capitals of two letters is a format ("the original TV"), not a title.
    if (GIVEN_NAMES.has(last.lower) || isLoneNonTitle(last.lower) || ctx.isSurname(last.lower) || KNOWN_MAKER_SURNAMES.has(last.lower) || (allCaps(view, last) && last.end - last.start < 3)) return;
    if (endsLikeNationality(last)) return;
  }
  out.push(titleFinding(ctx.formOf(run)));
}

/** How many words before a kind of film an opening preposition may stand ("In this bleak 2000 comedy,"). */
const OPENING_PHRASE_REACH = 4;

/**
 * True when the kind of film at `i` ends a phrase that a preposition opens at the sentence's
 * start ("In the remake, …", "For a western, …"): its comma closes the phrase, not an apposition.
 */
function inOpeningPhrase(ctx: WorksContext, i: number): boolean {
  const { words } = ctx;
  for (let k = i - 1; k >= Math.max(0, i - OPENING_PHRASE_REACH); k--) {
    const w = words[k] as Word;
    if (ctx.posAt(w.start) === 'ADP') return ctx.opensSentence(w.start);
  }
  return false;
}
