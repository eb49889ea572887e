/**
 * Pass 4, shape: a title-case run numbered as a sequel, by a Roman numeral at its end ("Evil Dead
 * II", "The Hills Have Eyes II", "Ghoulies IV") or one digit from 2 to 9 after it ("Zombie 2",
 * "Cruel Intentions 3"). A number after capitalised words numbers a work, a ruler or a thing with
 * parts: a ruler's name starts with a given name or a title ("Henry V", "Pope John Paul II"), and a
 * part, a war or a grade names its kind of number ("Episode III", "World War II", "Grade II"), so
 * neither counts; nor a part someone plays ("Alien 3 as Bishop II"). A digit also follows the
 * aspects of a score form ("Story 8 Art 9"), an adjective grade ("Decent 4") and a channel ("BBC
 * 2"): those are refused by their shapes.
 */
import { HONORIFICS } from '../../data/honorifics';
import { CALENDAR, PLACES_AND_PEOPLES } from '../../data/not-names';
import { ROLE_NOUNS } from '../../data/role-words';
import { ARTICLES, NAME_JOINERS, NUMBERED_NOT_WORKS, SCORE_ASPECTS, SEQUEL_KIND_WORDS, SEQUEL_NUMERALS, VERSUS_WORDS, REVIEW_WORDS, RULER_NAMES, WORK_NOUNS } from '../../data/work-cues';
import { isDigitCode, SPACE } from '../../text/chars';
import { isListedFirstName } from '../../text/listed-first-name';
import type { Run } from '../../text/runs';
import type { Word } from '../../text/words';
import { titleFinding, withoutSentenceLead, type Finding, type WorksContext } from './context';
import { lastListItem } from './cuts';
import { allCaps, isNoTitleWord, isSequelDigitCode, opinionAt, someWord, wordAt } from './shapes';


/** Fewest letters of a lone word numbered as a sequel ("Op 5" is an opening's number). */
const MIN_LONE_LETTERS = 3;

/** wink's tags of a lone word that may be a title numbered by a digit (not "Decent 4", "My 9"). */
const LONE_TITLE_TAGS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'X', '']);

/**
 * A word no title numbered as a sequel holds before its numeral: a kind of number, a place, a
 * body, a date, or another numeral ("episodes II and III" are numbers of one work's parts).
 */
const isNumberedKind = (w: Word): boolean => NUMBERED_NOT_WORKS.has(w.lower) || SEQUEL_NUMERALS.has(w.lower) || w.lower === 'i' || w.lower === 'v' || isNoTitleWord(w);

/**
 * True when one digit from 2 to 9 stands right after the run, one space apart, the title's form
 * takes it as a sequel's number ("Zombie 2"; not "7 out of 10", "3 times"), and what follows it
 * neither goes on with the number ("9-year-old", "8+") nor with another capitalised word or a
 * number (a name that goes on, "Fathers 4 Justice", or a score form, "Story 8 Art 9", "Op 3 and 5").
 */
function digitAfter(ctx: WorksContext, run: Run): boolean {
  const { view, words } = ctx;
  const code = view.charCodeAt(run.end + 1);
  if (view.charCodeAt(run.end) !== SPACE || !isSequelDigitCode(code) || ctx.formOf(run).length !== run.end - run.start + 2) return false;
  const mark = view[run.end + 2];
  if (mark === '-' || mark === '+' || mark === ')') return false;
  // "Neji vs Kidomaru 5. Gaara vs Kimimaro 4.": a number before the run too makes a ranked list.
  const before = wordAt(words, run.first - 1);
  if (before && isDigitCode(view.charCodeAt(before.start)) && run.start - before.end <= 3) return false;
  const next = wordAt(words, run.last + 2);
  if (!next) return true;
  if (next.capitalised && next.spaceBefore) return false;
  // "Sound 9 or 10", "Op 6, 7": a number after a joiner or a comma is a list of numbers.
  const other = NAME_JOINERS.has(next.lower) ? wordAt(words, run.last + 3) : view.startsWith(', ', run.end + 2) ? next : undefined;
  return !(other && isDigitCode(view.charCodeAt(other.start)));
}

/**
 * The run after its last "and" / "or" when a side of it holds two words or more, or both sides are
 * one word written alike ("Forget the Beyond or Zombie 2" ends with "Zombie 2", "Avengers and Iron
 * Man 3" with "Iron Man 3", "Robocop and Robocop 2" with "Robocop 2"); a title's own "and" between
 * two single words stays ("Fast and Furious 6").
 */
export function afterJoinedList(words: readonly Word[], run: Run): Run {
  const item = lastListItem(words, run);
  if (item.first === run.first) return item;
  const left = item.first - 2 - run.first;
  const right = item.last - item.first;
  const same = left === 0 && right === 0 && (words[run.first] as Word).lower === (words[item.first] as Word).lower;
  return left >= 1 || right >= 1 || same ? item : run;
}

/**
 * True when a lone word before a digit cannot be a title: short, a grade's adjective, a pronoun, a
 * score form's aspect, an opinion word ("Poor 3.") or a word the text also writes in lower case
 * ("the Big 3").
 */
function loneNotTitle(ctx: WorksContext, w: Word): boolean {
  if (w.end - w.start < MIN_LONE_LETTERS || SCORE_ASPECTS.has(w.lower) || !LONE_TITLE_TAGS.has(ctx.posAt(w.start)) || opinionAt(ctx, w) || ctx.writesLower(w.lower)) return true;
  // "BBC 2", "ITV 3": a short word in capitals before a number is a channel or a code.
  return allCaps(ctx.view, w) && w.end - w.start <= 3;
}

/** wink's tags of a sentence's opening word that leads up to a title rather than opening it ("Compared to X 2"). */
const LEAD_UP_TAGS: ReadonlySet<string> = new Set(['VERB', 'ADV', 'ADP', 'SCONJ', 'AUX']);

/**
 * The run without a sentence's opening verb or adverb and a lower-case connector after it
 * ("Compared to Copper Lantern 2" → "Copper Lantern 2", "Take Persona 5" → "Persona 5"): a title's own first word is a noun, an
 * adjective or an article.
 */
function afterOpeningVerb(ctx: WorksContext, run: Run): Run {
  const { words } = ctx;
  const lead = words[run.first] as Word;
  const link = words[run.first + 1];
  const next = words[run.first + 2];
  if (lead.spaceBefore || !link || !LEAD_UP_TAGS.has(ctx.posAt(lead.start))) return run;
  // "Take Persona 5 …": an opening verb right before the title.
  if (link.capitalised && run.first + 1 <= run.last) return { first: run.first + 1, last: run.last, start: link.start, end: run.end };
  if (!next || run.first + 2 > run.last) return run;
  return { first: run.first + 2, last: run.last, start: next.start, end: run.end };
}

/**
 * The run without the words in capitals that open it when its last word is not in capitals ("GO
 * SEE Pirites 2" → "Pirites 2"): shouting before a title is no part of it.
 */
function afterShouting(ctx: WorksContext, run: Run): Run {
  const { view, words } = ctx;
  if (allCaps(view, words[run.last] as Word)) return run;
  let first = run.first;
  while (first < run.last && allCaps(view, words[first] as Word) && (words[first] as Word).end - (words[first] as Word).start > 1) first++;
  return first === run.first ? run : { first, last: run.last, start: (words[first] as Word).start, end: run.end };
}

/** How many words either side of a lone word numbered by a digit a word for a work is looked for. */
const WORK_WORD_REACH = 10;

/** A word for a kind of work that comes in numbered sequels ("film", "sequels", "horror", "franchise"). */
const isWorkWord = (w: Word): boolean => SEQUEL_KIND_WORDS.has(w.lower);

/**
 * True when a word for a work stands near the word at `at` ("Fortress 2 … the worst movie"): one
 * word and a digit name a place, a band or a part as often ("Water 7", "Maroon 5", "Tape 4"),
 * so it counts only where works are talked of.
 */
function workWordNear(words: readonly Word[], at: number): boolean {
  return someWord(words, Math.max(0, at - WORK_WORD_REACH), Math.min(words.length - 1, at + WORK_WORD_REACH), isWorkWord);
}

/**
 * True when a run before a sequel's digit can be its title: no fight of two ("Rock Lee vs Gaara
 * 4"), no article or a short word in capitals before the digit ("STOP THE 5", "the OG of BIG 3"),
 * one word (after an article or not) only near a word for films or shows, and never in anime or
 * manga talk, whose arcs, islands and rankings are numbered ("Water 7").
 */
function digitTitle(ctx: WorksContext, run: Run): boolean {
  const { view, words } = ctx;
  const last = words[run.last] as Word;
  if (someWord(words, run.first, run.last, isNoSequelWord) || ARTICLES.has(last.lower) || (run.last > run.first && allCaps(view, last) && last.end - last.start <= 3)) return false;
  // A run all in capitals before a number is a list item's heading as often ("-SAKURA HARUNO 5").
  if (run.last > run.first && !someWord(words, run.first, run.last, (w) => !allCaps(view, w))) return false;
  // "Strong to a Decent 3": an opinion word after a lower-case word, before the number, is a grade.
  if (opinionAt(ctx, last) && someWord(words, run.first, run.last, isLowerWord)) return false;
  // Anime and manga talk numbers its arcs, islands and rankings, not its sequels ("Water 7",
  // "The Sound Ninja 4"); news of an animated film numbers sequels ("Shrek 2"). Asked last, as it
  // reads the whole text.
  const first = ARTICLES.has((words[run.first] as Word).lower) ? run.first + 1 : run.first;
  if (first === run.last && (loneNotTitle(ctx, last) || !workWordNear(words, run.last))) return false;
  return !ctx.aboutAnime();
}

/** A word written in lower case inside a run ("of", "to"). */
const isLowerWord = (w: Word): boolean => !w.capitalised;

/** "vs", "versus" (a fight between two), or a review's or a kind of work's word ("Movie Log 2"): no title's word before a number. */
const isNoSequelWord = (w: Word): boolean => VERSUS_WORDS.has(w.lower) || REVIEW_WORDS.has(w.lower) || WORK_NOUNS.has(w.lower);

/**
 * True for one given name and a Roman numeral that no ruler reigns under ("Rocky II", not "Henry
 * IV"): a sequel named after its hero. A longer name before a numeral is a person's
 * ("Thurston Howell III") or a ruler's ("John Paul II").
 */
const heroSequel = (roman: boolean, run: Run, lead: Word): boolean => roman && run.last === run.first + 1 && !RULER_NAMES.has(lead.lower);

/** Reads one run: its title when it is numbered as a sequel and the words before the number can be one. */
export function readSequelNumeral(ctx: WorksContext, full: Run, out: Finding[]): void {
  const { view, words } = ctx;
  const numeral = words[full.last] as Word;
  const roman = full.last > full.first && SEQUEL_NUMERALS.has(numeral.lower) && allCaps(view, numeral);
  if (!roman && !digitAfter(ctx, full)) return;
  const run = roman ? afterJoinedList(words, full) : afterShouting(ctx, afterOpeningVerb(ctx, afterJoinedList(words, withoutSentenceLead(words, full))));
  if (roman && run.last === run.first) return;
  const lead = words[run.first] as Word;
  // A ruler, a saint or a part someone plays: a given name, a title or a role first.
  if ((isListedFirstName(lead.lower) && !heroSequel(roman, run, lead)) || HONORIFICS.has(lead.lower) || ROLE_NOUNS.has(lead.lower)) return;
  if (PLACES_AND_PEOPLES.has(lead.lower) || CALENDAR.has(lead.lower) || someWord(words, run.first, roman ? run.last - 1 : run.last, isNumberedKind)) return;
  if (!roman && !digitTitle(ctx, run)) return;
  // "QE II", "WW II": an abbreviation of two letters is a ship's or a war's name.
  if (run.last === run.first + 1 && allCaps(view, lead) && lead.end - lead.start <= 2) return;
  const before = words[run.first - 1];
  if (before && before.lower === 'as' && !before.capitalised) return;
  out.push(titleFinding(ctx.formOf(run)));
}
