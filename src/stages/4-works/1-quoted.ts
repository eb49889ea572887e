/**
 * Pass 1: titles in quote marks ('All Of Us Are Dead', "Kids", "Mork & Mindy", "Airplane!"), not
 * speech, a nickname, a role, a label or a term held up.
 */
import { CASTING_VERBS, KIND_OF_WORK_NOUNS, LABEL_WORDS, NAME_NOUNS, NAMING_CUES, NICKNAME_CUES, PLURAL_VERBS, QUOTED_CONNECTORS, REVIEW_WORDS, SERIES_NOUNS, SPEECH_OPENERS, SPEECH_PRONOUNS, TERM_CUES, TITLE_QUALIFIED_NOUNS, TITLE_VERBS, TITLE_WORD_TAGS, WATCH_VERBS, WORK_FOLLOWERS, WORK_NOUN_PLURALS, WORK_NOUNS } from '../../data/work-cues';
import { OBJECT_PREPOSITIONS } from '../../data/casting-vocab';
import { QUOTE_PAIRS } from '../../data/quote-pairs';
import { SPEECH_VERBS } from '../../data/speech-verbs';
import { codeAt, EXCLAMATION_MARK, isWordChar, LOWER_A, LOWER_Z, PERIOD, QUESTION_MARK, SPACE } from '../../text/chars';
import type { Run } from '../../text/runs';
import type { Word } from '../../text/words';
import type { Finding, WorksContext } from './context';
import { isLoneNonTitle, personShaped, startsWithDigit, titleGap, titleWord, wordAt } from './shapes';
import { quotedListMate, shoutedWord } from './shouted-word';

/** The character at `k` of `view`, or undefined outside it, as `view[k]` reads, with the bounds tested first (see {@link codeAt}). */
const charAt = (view: string, k: number): string | undefined => (k >= 0 && k < view.length ? view[k] : undefined);

/** The most words a quoted title holds; longer quoted stretches are speech. */
const MAX_QUOTED_WORDS = 8;

/** A quoted title's finding: `quoted` (a term if the text writes it in lower case) unless a work word stands near. */
const quotedFinding = (ctx: WorksContext, first: number, last: number, form: string): Finding =>
  workCueNear(ctx.words, first, last) ? { kind: 'title', form } : { kind: 'quoted', form };

/** 1. A title-case run of two words or more right inside a pair of quote marks. */
export function readQuotedRun(ctx: WorksContext, run: Run, out: Finding[]): void {
  const { view } = ctx;
  const open = view[run.start - 1];
  const close = view[run.end];
  if (open === undefined || close === undefined || run.last === run.first) return;
  if (QUOTE_PAIRS.get(open)?.includes(close) && quotedTitleFits(ctx, run.first, run.last)) out.push(quotedFinding(ctx, run.first, run.last, ctx.formOf(run)));
}

/**
 * 1c. Titles in quote marks ("Kids", 'Backbeat', "Mork & Mindy", "Airplane!", "What Lies
 * Beneath"): one to eight words, each capitalised, a number or a connector, the last capitalised or
 * followed by `?` / `!` inside the marks. Not a person's name, not a nickname inside a name
 * (`Cassie 'The Hyena' Mayweather`), not a label ("Spoiler Alert"), not short speech ("Oh
 * No!") and not one word shouted in capitals with no work word near ("“GOAT”", "'NOOOO'"). Each opening mark reads at most eight words ahead, so the pass is linear.
 */
export function quotedTitles(ctx: WorksContext): Finding[] {
  const { view, words } = ctx;
  const out: Finding[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as Word;
    // Most words follow a space or a letter, which opens no quote: no lookup for them.
    const before = codeAt(view, w.start - 1);
    if (before === SPACE || (before >= LOWER_A && before <= LOWER_Z)) continue;
    const open = charAt(view, w.start - 1);
    const closers = open === undefined ? undefined : QUOTE_PAIRS.get(open);
    if (!closers || isWordChar(charAt(view, w.start - 2))) continue;
    // A title may follow a lower-case "the" inside the marks (“the Practice”): it starts after it.
    const lead = words[i + 1];
    const article = !w.capitalised && w.lower === 'the' && lead !== undefined && lead.spaceBefore && lead.capitalised;
    if (!article && !(w.capitalised || startsWithDigit(view, w))) continue;
    const first = article ? i + 1 : i;
    // Lower-case words other than connectors: one is allowed in a question or exclamation title
    // ("What's the Matter with Helen?" written "What's the matter with Helen?"); more are speech.
    let loose = 0;
    for (let j = first; j < words.length && j < first + MAX_QUOTED_WORDS; j++) {
      const x = words[j] as Word;
      if (j > first && !titleGap(view, words[j - 1] as Word, x)) break;
      if (!(titleWord(view, x) || QUOTED_CONNECTORS.has(x.lower))) loose++;
      let k = x.end;
      // A plural possessive's apostrophe may be the closing mark itself ('Lost Boys').
      const mark = codeAt(view, k);
      if (x.possessive && mark !== 39 && mark !== 0x2019) continue;
      // ? ! . ,
      const inner = mark === 63 || mark === 33;
      if (inner || mark === 46 || mark === 44) k++;
      const close = charAt(view, k);
      if (close === undefined || !closers.includes(close)) continue;
      if (isWordChar(charAt(view, k + 1)) || !(x.capitalised || startsWithDigit(view, x) || inner)) break;
      if (loose > 0 && !(loose === 1 && inner && j - first >= 2 && !words.slice(first, j + 1).some((y) => SPEECH_PRONOUNS.has(y.lower)))) break;
      if (!quotedTitleFits(ctx, first, j)) break;
      // One word asked about keeps its question mark out ("forget “Vertigo?”"); "Airplane!" keeps its mark.
      const kept = inner && !(first === j && mark === QUESTION_MARK);
      const found = quotedFinding(ctx, first, j, ctx.formOf({ start: (words[first] as Word).start, end: kept ? x.end + 1 : x.end }));
      if (!(first === j && (ordinal(view, x) || (found.kind === 'quoted' && (loneQuotedTerm(ctx, j, mark, k) || shoutedWord(view.slice(x.start, x.end), quotedListMate(view, x.start, k) || words[j + 1]?.lower === 'by')))))) out.push(found);
      break;
    }
  }
  return out;
}

/** True for an ordinal in figures ("the “1st” anime"): a rank, never a title. */
const ordinal = (view: string, w: Word): boolean => startsWithDigit(view, w) && /^\d+(?:st|nd|rd|th)$/.test(w.lower);

/**
 * True when one quoted word that no work word stands near, `words[i]` with its closing mark at
 * `close` (`mark` the code right after the word), is a term or a nickname held up, not a title:
 * a question mark inside the marks closes a remark ("“Who?”") unless the word is a noun; a capitalised word right after it is
 * the name or the brand it qualifies (`“Ace” Morgan`, `“Maxi” Motors`); a plural verb after it,
 * when it opens the sentence, counts many things.
 */
function loneQuotedTerm(ctx: WorksContext, i: number, mark: number, close: number): boolean {
  const { view, words } = ctx;
  // A question mark inside the marks closes a remark ("“Why?”", "“Really?”"), unless the word is
  // a noun, which may be a title asked about ("who could forget “Vertigo?”"); a noun asked as a
  // sentence of its own, after a colon or a few words after a verb of speech is said, too ("He
  // stared. “Money?”", "she asked me “Money?”").
  if (mark === QUESTION_MARK) {
    const w = words[i] as Word;
    return !TITLE_WORD_TAGS.has(ctx.posAt(w.start)) || ctx.opensSentence(w.start) || afterColon(view, w.start - 1) || speechVerbBefore(words, i);
  }
  const after = words[i + 1];
  // A full stop inside the marks closes a title as often ("I loved it in “Heat.”"); after it or an
  // exclamation mark inside the marks, the next word opens a sentence.
  if (mark === PERIOD || mark === EXCLAMATION_MARK || !after || after.start !== close + 2 || view[close + 1] !== ' ' || ctx.opensSentence(after.start)) return false;
  // A plural verb agrees with the quoted word only when it opens the sentence ("the scenes of “X” are").
  return after.capitalised || (PLURAL_VERBS.has(after.lower) && ctx.opensSentence((words[i] as Word).start));
}

/** True when a colon, with spaces or nothing between, stands before the opening mark at `open` (looked back at most four characters). */
function afterColon(view: string, open: number): boolean {
  for (let k = open - 1; k >= 0 && k >= open - 4; k--) {
    if (view[k] === ':') return true;
    if (view[k] !== ' ') return false;
  }
  return false;
}

/** How many words before a quoted question a verb of speech may stand and still say it ("she asked me “X?”", "he said to her “X?”"). */
const SPEECH_VERB_REACH = 3;

/**
 * True when a verb of speech that names no title ("asked", "said"; not "called") stands up to three
 * words before `words[i]`, with no preposition between: "she asked me “Rent?”" says the word, "what
 * did they say about “Vertigo?”" asks about a title.
 */
function speechVerbBefore(words: readonly Word[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - SPEECH_VERB_REACH; k--) {
    const l = (words[k] as Word).lower;
    if (OBJECT_PREPOSITIONS.has(l)) return false;
    if (SPEECH_VERBS.has(l) && !TITLE_VERBS.has(l)) return true;
  }
  return false;
}

/**
 * True when a work noun, a watch verb or a work follower stands within three words of the quoted
 * phrase `words[first..last]` ("the film "Up"", "I watched "Up"", ""Up" season two").
 */
export function workCueNear(words: readonly Word[], first: number, last: number): boolean {
  const cue = (w: Word | undefined): boolean => w !== undefined && (WORK_NOUNS.has(w.lower) || WORK_NOUN_PLURALS.has(w.lower) || WATCH_VERBS.has(w.lower) || WORK_FOLLOWERS.has(w.lower));
  // A maker's possessive right before the quote mark: `Ken Burns' "Baseball"`, `Reiner's "North"`.
  const maker = wordAt(words, first - 1);
  if (maker?.possessive && maker.capitalised) return true;
  for (let k = 1; k <= 3; k++) if (cue(wordAt(words, first - k)) || cue(wordAt(words, last + k))) return true;
  return false;
}

/** How many words before a quote mark "name" may stand and still name what is quoted. */
const NAME_NOUN_REACH = 4;

/**
 * True when "name" / "nickname" stands up to four words before the quoted `words[first]`, with no
 * work noun between ("his name from "Bo" to "Beau""; not "the name of the film "Heat"").
 */
function nameNounBefore(words: readonly Word[], first: number): boolean {
  for (let k = first - 1; k >= 0 && k >= first - NAME_NOUN_REACH; k--) {
    const w = words[k] as Word;
    if (WORK_NOUNS.has(w.lower) || WORK_NOUN_PLURALS.has(w.lower)) return false;
    if (NAME_NOUNS.has(w.lower)) return true;
  }
  return false;
}

/**
 * True when a lower-case "the" stands right before the opening mark of the quoted `first` word
 * (`the "Green Inferno"`, not `“the Practice”`, whose "the" is inside the marks): a writer who puts
 * "the" before marks holds up a thing of the story, a nickname or a term ("fleeing into the "Green
 * Inferno"", "the 'World Order'"), while a title is written bare.
 */
function theBeforeMarks(view: string, before: Word | undefined, first: Word): boolean {
  if (!before || before.lower !== 'the' || before.capitalised) return false;
  const open = first.start - 1;
  return before.end === open - 1 && view.charCodeAt(before.end) === SPACE && !isWordChar(charAt(view, open)) && charAt(view, open) !== ' ';
}

/** How many lower-case words may qualify a quoted word between "a" / "an" and the marks ("a giant grey "Troll""). */
const INDEFINITE_REACH = 2;

/** wink's tags of the words that may stand between "a" / "an" and a quoted word it heads: words that qualify it. */
const QUALIFYING_TAGS: ReadonlySet<string> = new Set(['ADJ', 'NOUN']);

/**
 * True when "a" / "an", maybe with up to two lower-case words that qualify, stands right before the
 * one quoted word `words[i]` ("becomes a "Hunter"", "a giant grey "Troll"", "an 'Expert'"): the
 * marks hold up a common noun or a label the phrase is headed by, while a title takes no "a".
 */
function indefiniteBeforeMarks(ctx: WorksContext, i: number): boolean {
  const { view, words } = ctx;
  const open = (words[i] as Word).start - 1;
  const prev = words[i - 1];
  if (!prev || prev.end !== open - 1 || view.charCodeAt(prev.end) !== SPACE || isWordChar(charAt(view, open))) return false;
  for (let k = i - 1; k >= 0 && k >= i - 1 - INDEFINITE_REACH; k--) {
    const w = words[k] as Word;
    // One phrase: each word one space before the next, none capitalised.
    if (w.capitalised || (k < i - 1 && !(words[k + 1] as Word).spaceBefore)) return false;
    if (w.lower === 'a' || w.lower === 'an') return true;
    if (!QUALIFYING_TAGS.has(ctx.posAt(w.start))) return false;
  }
  return false;
}

/**
 * True when a kind of work or a series noun stands right after the closing mark at `closer` ("the
 * 'Godfather' trilogy", "the "Star Trek" series"), or a hyphen joins a suffix to it ("the 'X'-like
 * scene"): the marks then hold the work's title.
 */
function kindAfterMarks(view: string, after: Word | undefined, closer: number): boolean {
  // "the 'X'-like meeting": a suffix of likeness after the marks names what is like a work.
  if (view[closer + 1] === '-') return true;
  if (!after || after.capitalised || after.start > closer + 3) return false;
  const l = after.lower;
  return WORK_NOUNS.has(l) || WORK_NOUN_PLURALS.has(l) || WORK_FOLLOWERS.has(l) || SERIES_NOUNS.has(l) || KIND_OF_WORK_NOUNS.has(l) || TITLE_QUALIFIED_NOUNS.has(l);
}

/** The checks of {@link quotedTitles} on a quoted phrase `words[first..last]`. */
function quotedTitleFits(ctx: WorksContext, first: number, last: number): boolean {
  const { view, words } = ctx;
  const inside = words.slice(first, last + 1);
  // Labels and a post's own title line ("Spoiler Alert", "Movie Log 2 - X"): not one work's title.
  if (personShaped(words, first, last) || inside.some((w) => LABEL_WORDS.has(w.lower) || REVIEW_WORDS.has(w.lower))) return false;
  if (last - first < 3 && SPEECH_OPENERS.has((words[first] as Word).lower)) return false;
  if (first === last && isLoneNonTitle((words[first] as Word).lower)) return false;
  const before = words[first - 1];
  const after = words[last + 1];
  // Speech: `says, "Ewww!"`, `"Run!" she shouts`; a role or a nickname: `who plays 'Lacy Rand'`,
  // `Morty, or "Micky"`, `a girl called "Bee"` (but `a movie called "Taxi"` is a title).
  // "or" names a nickname after a comma only (`"Night" or "Day"` lists two titles).
  const nickname = before !== undefined && NICKNAME_CUES.has(before.lower) && (before.lower !== 'or' || view[before.start - 2] === ',');
  const speechBefore = before !== undefined && SPEECH_VERBS.has(before.lower) && !TITLE_VERBS.has(before.lower);
  if (before && (speechBefore || CASTING_VERBS.has(before.lower) || nickname || TERM_CUES.has(before.lower))) return false;
  // One quoted word after "as" is a role or a label (`good in this as 'Hedge'`); any quoted
  // words after "known as" are a nickname (`a killer known as "The Night Owl"`).
  if (before?.lower === 'as' && (first === last || words[first - 2]?.lower === 'known')) return false;
  if (after && SPEECH_VERBS.has(after.lower)) return false;
  // A quoted word qualifying a noun is a term ("the "Gypsy" scene"), unless the noun is the work's
  // kind or maker ("the "Heat" actor", "the "Clean as a Whistle" song").
  const closeAt = (words[last] as Word).end;
  const closer = view[closeAt] === '?' || view[closeAt] === '!' ? closeAt + 1 : closeAt;
  if (after && !after.capitalised && after.start === closer + 2 && view[closer + 1] === ' ' && ctx.posAt(after.start) === 'NOUN') {
    const kind = WORK_NOUNS.has(after.lower) || WORK_NOUN_PLURALS.has(after.lower) || WORK_FOLLOWERS.has(after.lower) || KIND_OF_WORK_NOUNS.has(after.lower);
    if (!kind && !TITLE_QUALIFIED_NOUNS.has(after.lower)) return false;
  }
  if ((theBeforeMarks(view, before, words[first] as Word) || (first === last && indefiniteBeforeMarks(ctx, first))) && !workCueNear(words, first, last) && !kindAfterMarks(view, after, closer)) return false;
  if (first === last && before && NAMING_CUES.has(before.lower) && !words.slice(Math.max(0, first - 4), first - 1).some((w) => WORK_NOUNS.has(w.lower))) return false;
  // One or two quoted words a few words after "name" are a name ("changed his name from "Bo" to
  // "Beau""); a longer phrase there is a work's other title as often ("its English name 'X Y Z'").
  if (last - first < 2 && nameNounBefore(words, first)) return false;
  // A nickname between a given name and a surname: `Roscoe "Fatty" Arbuckle`.
  const openAt = (words[first] as Word).start - 1;
  return !(before?.capitalised && after?.capitalised && before.end === openAt - 1 && view[openAt - 1] === ' ' && view[after.start - 1] === ' ' && after.start - (words[last] as Word).end <= 3);
}
