/**
 * Pass 4k: the work a review is about, named as the subject of its first sentence ("Copper Tide is
 * a slow look at a fishing town", "Tin Harbour follows two brothers"), with no kind of work in the
 * sentence. A review without a title line opens with its own work far more often than with
 * anything else of title case and two words or more: the names it opens with are persons' shapes,
 * and a plural verb ("are", "have") after the subject names a band or a pair.
 */
import { HONORIFICS } from '../../data/honorifics';
import { ROLE_NOUNS } from '../../data/role-words';
import { RARE_FIRST_NAMES } from '../../text/first-names';
import { ARTICLES, CLAUSE_STARTS, LABEL_WORDS, NAME_JOINERS, OPENING_SUBJECT_VERBS, PART_NUMBERS, SENTENCE_LEADS } from '../../data/work-cues';
import { hasParticipleEnding } from '../../text/participle';
import type { Run } from '../../text/runs';
import type { Word } from '../../text/words';
import type { Heading } from '../../types';
import { titleFinding, type Finding, type WorksContext } from './context';
import { isLabelWord } from './4-called';
import { cutLongRun, trimRunEnd } from './cuts';
import { isNoTitleWord, nameShaped, personShaped, someWord, startsWithDigit, wordAt } from './shapes';
import { isListedFirstName } from '../../text/listed-first-name';

/**
 * Fewest sentences of a text this pass reads: a line or two ("Ada Quill turns in a fine
 * performance.") is a remark about anything, not a review that opens with its work.
 */
const MIN_SENTENCES = 3;

/** Most words of a title this pass takes: a longer run at a text's start is more often a clause. */
const MAX_WORDS = 8;

/**
 * Where the first word of the text's first sentence starts; -1 when the text has a title line (a
 * headline names the work, pass 2 reads it, and the body of news opens with the person the news
 * is about), is shorter than a review ({@link MIN_SENTENCES}) or no sentence has a word.
 */
export function openingWordStart(ctx: WorksContext, title: Heading | null): number {
  if (title || ctx.ann.sentences.length < MIN_SENTENCES) return -1;
  for (const s of ctx.ann.sentences) if (s.firstWord >= 0) return s.firstWord;
  return -1;
}

/** A word no title of a text's opening holds: an honorific, a role, a label, "I", a given name first. */
const isNotOpeningTitleWord = (w: Word): boolean =>
  isNoTitleWord(w) || HONORIFICS.has(w.lower) || ROLE_NOUNS.has(w.lower) || LABEL_WORDS.has(w.lower) || CLAUSE_STARTS.has(w.lower);

/**
 * True when the word after a subject makes it one work's: a singular or past verb, a modal, or
 * "is" / "was" / "has" ({@link OPENING_SUBJECT_VERBS}); a verb in "-s" or "-ed" that wink tags a
 * verb. A plural verb ("are", "have", "were") names a band, a pair or a people.
 */
export function singularVerb(ctx: WorksContext, verb: Word | undefined): boolean {
  if (!verb || !verb.spaceBefore || verb.capitalised) return false;
  if (OPENING_SUBJECT_VERBS.has(verb.lower)) return true;
  const tag = ctx.posAt(verb.start);
  return tag === 'VERB' && (verb.lower.endsWith('s') || hasParticipleEnding(verb.lower, ['past'])) && !verb.lower.endsWith('ss');
}

/** Tags of a sentence's opening word that is no part of a title after it ("So", "While", "But"). */
const LEAD_TAGS: ReadonlySet<string> = new Set(['CCONJ', 'SCONJ', 'ADV']);

/** Tags of a first word that leads a phrase, not a title: "This Anime is", "Bruh X is". */
const NOT_TITLE_LEAD_TAGS: ReadonlySet<string> = new Set(['DET', 'PRON', 'INTJ']);

/**
 * True when the run's first word cannot open a title there: a determiner other than an article
 * ("This show"), a pronoun, an interjection, or a word in "-ing" ("Reading X is", "Rewatching X
 * was": the subject is the act, the title comes after it; the titles readers know that open so
 * are found by the learned list).
 */
function notTitleLead(ctx: WorksContext, first: Word): boolean {
  const tag = ctx.posAt(first.start);
  if (NOT_TITLE_LEAD_TAGS.has(tag) && !ARTICLES.has(first.lower)) return true;
  return hasParticipleEnding(first.lower, ['present']);
}

/**
 * True for two words neither of which the text writes in lower case, nor a number, whose second
 * word the text also names alone: a full name the name lists do not know, then its surname
 * ("Dovrik Zalmann is a fine painter … Zalmann"), where a title of two words mostly
 * holds a word of the language ("Human Traffic", "Rogue One") or is not cut to its last word.
 */
function surnamedPair(ctx: WorksContext, run: Run): boolean {
  if (run.last !== run.first + 1) return false;
  const a = ctx.word(run.first);
  const b = ctx.word(run.last);
  if (ctx.writesLower(a.lower) || ctx.writesLower(b.lower) || startsWithDigit(ctx.view, b) || PART_NUMBERS.has(b.lower)) return false;
  // One walk over the runs, once per text: only the opening run is asked.
  return ctx.runs.some((r) => r.first === r.last && ctx.word(r.first).lower === b.lower);
}

/** True when an "and" / "or" inside the run joins two parts ("Tom and Ann"), not "and the" ("The Quick and the Dead"). */
function joinsTwo(words: readonly Word[], run: Run): boolean {
  for (let k = run.first + 1; k < run.last; k++) {
    const w = words[k] as Word;
    if (NAME_JOINERS.has(w.lower) && !w.capitalised && !ARTICLES.has((words[k + 1] as Word).lower)) return true;
  }
  return false;
}

/**
 * 4k. The run that opens the text's first sentence (at `opening`, or right after a conjunction or
 * an adverb there: "So Tin Harbour is"), two to eight words, and is the subject of a singular
 * verb: not a person's shape, not led by a first name, a label, a determiner other than an article
 * or a word in "-ing", not an article and one word ("The Rock", "The Republic": a place, a body
 * or a character as often), no "and" joining two names, no word of a place, a body, a firm, a
 * date, a role or an honorific, and not a pair of unknown words whose last the text names alone.
 */
export function readOpeningSubject(ctx: WorksContext, full: Run, opening: number, out: Finding[]): void {
  if (opening < 0) return;
  const { words } = ctx;
  const first = words[full.first] as Word;
  if (first.start !== opening) {
    const lead = wordAt(words, full.first - 1);
    // "So X is", "While X was": a conjunction or an adverb; "No Game No Life" keeps its "No".
    if (!lead || lead.start !== opening || !SENTENCE_LEADS.has(lead.lower) || !LEAD_TAGS.has(ctx.posAt(lead.start))) return;
  }
  const run = trimRunEnd(words, cutLongRun(words, full));
  const count = run.last - run.first + 1;
  if (run.last !== full.last || count < 2 || count > MAX_WORDS || !singularVerb(ctx, words[run.last + 1])) return;
  if (count === 2 && ARTICLES.has(first.lower)) return;
  if (isListedFirstName(first.lower) || RARE_FIRST_NAMES.has(first.lower) || isLabelWord(first) || notTitleLead(ctx, first)) return;
  if (nameShaped(words, run) || personShaped(words, run.first, run.last) || joinsTwo(words, run)) return;
  if (someWord(words, run.first, run.last, isNotOpeningTitleWord) || surnamedPair(ctx, run)) return;
  out.push(titleFinding(ctx.formOf(run)));
}
