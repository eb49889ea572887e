/**
 * Pass 3d': the work a nominee is up for, in news of prizes ("nominees include Ann Lee for Night
 * Train", "Best actor - Tom Reed for The Long Road", "Ann Lee for X and Tom Reed for Y"): a
 * person's full name, "for" and a title, in a sentence that names a contest.
 */
import { COMMA, isDigitCode } from '../../text/chars';
import { GIVEN_NAMES } from '../../data/given-names';
import { PLACES_AND_PEOPLES } from '../../data/not-names';
import { AWARD_PERFORMER_WORDS, AWARD_WORK_WORDS, CREW_NOUNS, NAME_JOINERS, NOMINEE_CONTEXT, NOMINEE_REACH, NOT_SUBJECT_TAGS, PRIZE_FIELDS, PRIZE_WORDS, TITLE_CONNECTORS } from '../../data/work-cues';
import { isListedFirstName } from '../../text/listed-first-name';
import { FIRST_NAMES } from '../../text/first-names';
import type { Run } from '../../text/runs';
import type { Word } from '../../text/words';
import { titleFinding, type Finding, type WorksContext } from './context';
import { cutLongRun, splitAtJoiners, trimRunEnd } from './cuts';
import { allCaps, isNoTitleWord, nameShaped, nounQualifies, personShaped, someWord } from './shapes';

/**
 * 3d'. The titles after a nominee's "for" (the word at `i`): two or three capitalised words before
 * it that read as a person's name, and a word of a contest earlier in the sentence. The title ends
 * at a comma or before the next nominee ("for X and Ann Lee for Y"); two titles joined by "and The"
 * are two; a venue after "at" is cut off. Not a person, a place, a firm, a prize or its field ("for HBO", "for Best Actor",
 * "for Chemistry", "for Lifetime Achievement"), and one word
 * only when it is no given name, no word in capitals and no surname the text gives a person.
 */
export function nomineeFor(ctx: WorksContext, i: number, out: Finding[]): void {
  const { view, words } = ctx;
  const next = words[i + 1];
  const prev = words[i - 1];
  if (!next?.capitalised || !next.spaceBefore || !prev?.capitalised || prev.possessive || !(words[i] as Word).spaceBefore) return;
  if (!nomineeBefore(ctx, i)) return;
  const full = ctx.runFrom(i + 1);
  if (!full) return;
  const run = beforeNextNominee(words, trimRunEnd(words, cutLongRun(words, beforeVenue(words, beforeComma(view, words, full)))));
  for (const item of splitAtJoiners(words, run, true)) {
    const lone = item.first === item.last ? (words[item.first] as Word) : null;
    if ((words[item.last] as Word).possessive || personShaped(words, item.first, item.last) || nameShaped(words, item) || FIRST_NAMES.has((words[item.first] as Word).lower)) continue;
    if (someWord(words, item.first, item.last, isNoTitleWord) || someWord(words, item.first, item.last, isPrizeWord) || !someWord(words, item.first, item.last, notPrizeField)) continue;
    if (item.last === run.last && nounQualifies(ctx, words[item.last + 1], false)) continue;
    if (lone && (GIVEN_NAMES.has(lone.lower) || allCaps(view, lone) || NOT_SUBJECT_TAGS.has(ctx.posAt(lone.start)) || ctx.isSurname(lone.lower))) continue;
    out.push(titleFinding(ctx.formOf(item)));
  }
}

/**
 * True when the two or three capitalised words before word `i` read as a person's name and a
 * word of a contest stands earlier in the same sentence (read back at most {@link NOMINEE_REACH}
 * words).
 */
function nomineeBefore(ctx: WorksContext, i: number): boolean {
  const { words } = ctx;
  let first = i - 1;
  // An owner's possessive before the name is no part of it ("Spain's Ann Lee for X").
  while (first > i - 3 && words[first - 1]?.capitalised === true && !(words[first - 1] as Word).possessive && (words[first] as Word).spaceBefore) first--;
  if (!readsAsPerson(words, first, i - 1) && !unlistedFullName(ctx, first, i - 1)) return false;
  for (let k = first - 1; k >= 0 && k >= first - NOMINEE_REACH; k--) {
    const w = words[k] as Word;
    if (NOMINEE_CONTEXT.has(w.lower)) return true;
    if (ctx.opensSentence(w.start)) return false;
  }
  return false;
}

/** The part of a run before its first comma ("for X, Ann Lee for Y" → "X"). */
function beforeComma(view: string, words: readonly Word[], run: Run): Run {
  for (let k = run.first + 1; k <= run.last; k++) {
    const prev = words[k - 1] as Word;
    if (view.charCodeAt(prev.end) === COMMA) return { first: run.first, last: k - 1, start: run.start, end: prev.end };
  }
  return run;
}

/**
 * The part of a run before a lower-case "at" ("for Y at the Royal Court" → "Y"): a nominee's work
 * is named with the venue it plays at as often as with a title that holds "at".
 */
function beforeVenue(words: readonly Word[], run: Run): Run {
  for (let k = run.first + 1; k < run.last; k++) {
    const w = words[k] as Word;
    if (w.lower === 'at' && !w.capitalised) return { first: run.first, last: k - 1, start: run.start, end: (words[k - 1] as Word).end };
  }
  return run;
}

/**
 * The part of a run before an "and" / "or" that leads to the next nominee, two or three words that
 * read as a person's name before the run's end or the next "for" ("X and Ann Lee for Y" → "X");
 * the run otherwise.
 */
function beforeNextNominee(words: readonly Word[], run: Run): Run {
  for (let k = run.first + 1; k < run.last; k++) {
    const w = words[k] as Word;
    if (!NAME_JOINERS.has(w.lower) || w.capitalised) continue;
    if (describedNominee(words, k + 1, run.last)) return { first: run.first, last: k - 1, start: run.start, end: (words[k - 1] as Word).end };
    for (let last = k + 2; last <= k + 3 && last <= run.last; last++) {
      const after = words[last + 1];
      const beforeFor = after !== undefined && after.lower === 'for' && !after.capitalised;
      // Before "for", the shape of the nominee before it is evidence enough ("X and Ann Lee for Y");
      // at the run's end the words must read as a person's name.
      const nominee = beforeFor ? allCapitalised(words, k + 1, last) : last === run.last && readsAsPerson(words, k + 1, last);
      if (nominee) return { first: run.first, last: k - 1, start: run.start, end: (words[k - 1] as Word).end };
    }
  }
  return run;
}

/**
 * True when one or two capitalised words `first`..`last`, one of them a nation's or a place's, end
 * the run with a crew noun right after them ("X and UK star Ann Lee", "X and Hong Kong director Tom
 * Reed"): the next nominee, described before the name, not the title's end.
 */
function describedNominee(words: readonly Word[], first: number, last: number): boolean {
  const after = words[last + 1];
  if (last - first > 1 || after === undefined || after.capitalised || !after.spaceBefore || !CREW_NOUNS.has(after.lower)) return false;
  return allCapitalised(words, first, last) && someWord(words, first, last, isPlaceWord);
}

/** A word of a nation, a people or a place ("UK", "Kong", "French"). */
const isPlaceWord = (w: Word): boolean => PLACES_AND_PEOPLES.has(w.lower);

/**
 * True for two or three capitalised words that read as a person's name: the shape test, or a
 * first name of either list before words with no connector ("Luc Bondy", "Mathieu Amalric").
 */
function readsAsPerson(words: readonly Word[], first: number, last: number): boolean {
  if (last === first || last - first > 2) return false;
  if (personShaped(words, first, last)) return true;
  if (!isListedFirstName((words[first] as Word).lower)) return false;
  for (let k = first; k <= last; k++) {
    const w = words[k] as Word;
    if (!w.capitalised || (k < last && w.possessive) || TITLE_CONNECTORS.has(w.lower)) return false;
  }
  return true;
}

/**
 * True for two or three capitalised words whose first name no list holds ("Zorana Velt", "Ilkay
 * Brunn"), read as a person's name before a nominee's "for" when none of them is a word the text
 * writes in lower case anywhere, a connector, a prize, its field or category ("Best Actress",
 * "Lifetime Achievement", "Rock Video"), or a place, a body or a date ("Royal Court", "BBC
 * Scotland"), and none is possessive: a name is written capitalised everywhere, a category's
 * words are not. A number right before them makes them a title's words ("9 Quiet Rooms for …").
 */
function unlistedFullName(ctx: WorksContext, first: number, last: number): boolean {
  if (last === first || last - first > 2) return false;
  const { words } = ctx;
  const before = words[first - 1];
  // Only a number right before them, with nothing but a space between ("36, Ann Lee" is a list).
  if (before !== undefined && before.end === (words[first] as Word).start - 1 && isDigitCode(before.lower.charCodeAt(0))) return false;
  for (let k = first; k <= last; k++) {
    const w = words[k] as Word;
    if (!w.capitalised || w.possessive || TITLE_CONNECTORS.has(w.lower) || isNoTitleWord(w) || notNameWord(w) || ctx.writesLower(w.lower)) return false;
  }
  return true;
}

/** A word of a prize, its field, its category or a craft ("Best", "Lifetime", "Video", "Actress"): no word of a nominee's name. */
const notNameWord = (w: Word): boolean =>
  PRIZE_WORDS.has(w.lower) || PRIZE_FIELDS.has(w.lower) || AWARD_WORK_WORDS.has(w.lower) || AWARD_PERFORMER_WORDS.has(w.lower) || CREW_NOUNS.has(w.lower);

/** True when words `first`..`last` are all capitalised and none is a title's connector ("of", "the"). */
function allCapitalised(words: readonly Word[], first: number, last: number): boolean {
  for (let k = first; k <= last; k++) {
    const w = words[k] as Word;
    if (!w.capitalised || (k < last && w.possessive) || TITLE_CONNECTORS.has(w.lower)) return false;
  }
  return true;
}

/** False for a word of a prize's field or honour ("Chemistry", "Lifetime"): a run of only those is a category. */
const notPrizeField = (w: Word): boolean => !PRIZE_FIELDS.has(w.lower);

/** A prize or a category of one ("Best", "Awards"): no word of the title a nominee is up for. */
const isPrizeWord = (w: Word): boolean => PRIZE_WORDS.has(w.lower);
