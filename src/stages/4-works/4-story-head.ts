/**
 * Pass 4, a title that ends in a noun for a told story or a show ("The Motorcycle Diaries", "West
 * Side Story", "the Ben Cole Show"): a person, a place or a body is not named by such a noun, so a
 * title-case run of two words or more that ends in one is a work. "Show" also ends a fair's name
 * ("the Ideal Home Show"), so it counts only after "the" and a host's full name.
 */
import { PLACES_AND_PEOPLES } from '../../data/not-names';
import { ARTICLES, NOT_SUBJECT_TAGS, STORY_HEAD_NOUNS } from '../../data/work-cues';
import { INDEFINITE_ARTICLES } from '../../data/work-list-words';
import { isDigitCode } from '../../text/chars';
import { isListedFirstName } from '../../text/listed-first-name';
import type { Run } from '../../text/runs';
import type { Word } from '../../text/words';
import { titleFinding, withoutSentenceLead, type Finding, type WorksContext } from './context';
import { splitAtJoiners } from './cuts';
import { allCaps, isNoTitleWord, opinionAt, personShaped, someWord } from './shapes';

/** The head noun that names a programme only after "the" ({@link STORY_HEAD_NOUNS}). */
const SHOW = 'show';

/** Tags of a two-word run's first word that make the head a common noun phrase ("a True Story"). */
const DESCRIBING_TAGS: ReadonlySet<string> = new Set(['ADJ']);

/**
 * 4. A part of a title-case run (the whole run, or its part between "and" / "or": "The Joe Louis
 * Story and Gone Are the Days"), from after its last lower-case word, of two capitalised words or
 * more whose last word is a story noun ({@link STORY_HEAD_NOUNS}) and the part's own last word (not
 * "the South Bank Show Awards"): the work. Not a possessive head ("Tim Story's"), not a part with a
 * word of a body or a date (of a place too before "Show") or a word in capitals, not a given name
 * and the head alone (a person: "Tim Story"), not two words led by a describing word or after a
 * lower-case "a" ("a True Story"), nor an article and the head ("The Story"), not led by a
 * determiner or a pronoun ("This Show"); "Show" only after "the" and a person's full name. Not
 * before an aspect label's colon or score ("Story (9/10)"), not two words led by a word of opinion
 * ("Great Story"), not a run of more words than a title holds ({@link MOST_WORDS}).
 */
export function readStoryHead(ctx: WorksContext, full: Run, out: Finding[]): void {
  const { words } = ctx;
  // Most runs hold no story noun: asked first, so they pay no split.
  if (full.last === full.first || !someWord(words, full.first, full.last, isStoryHead)) return;
  for (const part of splitAtJoiners(words, full, false)) readPart(ctx, part, out);
}

/** Most words a title before a story noun holds, past the first; a longer run is a sentence in title case. */
const MOST_WORDS = 6;

/**
 * True when a review's aspect label follows the head: a colon ("Story: the plot is thin") or a
 * score of one or two figures in brackets ("Story (8/10)", "Story(9)"; not a year, "(1953)"), as a
 * review written in parts heads each.
 */
function labelAfter(view: string, end: number): boolean {
  if (view.charAt(end) === ':') return true;
  const open = view.charAt(end) === ' ' ? end + 1 : end;
  if (view.charAt(open) !== '(') return false;
  let k = open + 1;
  while (k - open <= SCORE_FIGURES && isDigitCode(view.charCodeAt(k))) k++;
  return k > open + 1 && (view.charAt(k) === '/' || view.charAt(k) === ')');
}

/** Most figures of a score in brackets after an aspect label (a year has four). */
const SCORE_FIGURES = 2;

/** True when words `first` to `last` read as a host's full name: two or three, a given name first. */
function hostShaped(words: readonly Word[], first: number, last: number): boolean {
  if (last - first < 1 || last - first > 2) return false;
  return personShaped(words, first, last) || isListedFirstName((words[first] as Word).lower);
}

/** A capitalised story noun ({@link STORY_HEAD_NOUNS}). */
const isStoryHead = (w: Word): boolean => w.capitalised && STORY_HEAD_NOUNS.has(w.lower);

/**
 * {@link readStoryHead} for one part of a run, from the word after its last lower-case word ("X
 * and the Ben Cole Show" → "Ben Cole Show", "Based on a True Story" → "True Story").
 */
function readPart(ctx: WorksContext, part: Run, out: Finding[]): void {
  const { view, words } = ctx;
  const head = words[part.last] as Word;
  if (part.last === part.first || !isStoryHead(head) || head.possessive || allCaps(view, head)) return;
  let from = part.last;
  while (from > part.first && (words[from - 1] as Word).capitalised) from--;
  const tail = from === part.first ? part : { first: from, last: part.last, start: (words[from] as Word).start, end: part.end };
  const run = withoutSentenceLead(words, tail);
  if (run.last === run.first || run.last - run.first >= MOST_WORDS || labelAfter(view, head.end)) return;
  const show = head.lower === SHOW;
  for (let k = run.first; k <= run.last; k++) {
    const w = words[k] as Word;
    // A story noun before the head is a review's heading run into the text ("Story The Story").
    if (allCaps(view, w) || (k < run.last && (isStoryHead(w) || (show ? isNoTitleWord(w) : isNoTitleHead(w))))) return;
  }
  const first = words[run.first] as Word;
  const before = words[run.first - 1];
  const theLed = first.lower === 'the' || (before !== undefined && before.lower === 'the' && !before.capitalised);
  // A fair is named so as often ("the Ideal Home Show"): a programme by its host's full name.
  const named = ARTICLES.has(first.lower) ? run.first + 1 : run.first;
  if (show && (!theLed || !hostShaped(words, named, run.last - 1))) return;
  if (!ARTICLES.has(first.lower) && NOT_SUBJECT_TAGS.has(ctx.posAt(first.start))) return;
  // Two words: an article and the head, a given name and the head, a describing word and the head.
  if (run.last === run.first + 1 && (ARTICLES.has(first.lower) || personShaped(words, run.first, run.last) || DESCRIBING_TAGS.has(ctx.posAt(first.start)))) return;
  // Two words led by a word of opinion are the reviewer's verdict on the story ("Great Story").
  if (run.last === run.first + 1 && opinionAt(ctx, first)) return;
  // Two words after a lower-case "a" / "an" are one of a kind, not a title ("based on a True Story").
  if (run.last === run.first + 1 && before !== undefined && !before.capitalised && INDEFINITE_ARTICLES.has(before.lower)) return;
  out.push(titleFinding(ctx.formOf(run)));
}

/**
 * A word of a body, a firm or a date, or a possessive, before a story noun: a place is what a story
 * is often of ("The Philadelphia Story", "American Horror Story"), a body is not.
 */
const isNoTitleHead = (w: Word): boolean => isNoTitleWord(w) && !PLACES_AND_PEOPLES.has(w.lower);
