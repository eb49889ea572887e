/**
 * Tests of a word's or a run's shape that several works passes share: a person's name, a title's
 * words and gaps, a word in capitals.
 */
import { NAME_PARTICLES } from '../../data/name-cue-words';
import { GIVEN_NAMES } from '../../data/given-names';
import { HONORIFICS } from '../../data/honorifics';
import { CALENDAR, ORGANISATIONS, PLACES_AND_PEOPLES } from '../../data/not-names';
import { KNOWN_BODIES, MAJOR_PLACES } from '../../data/work-bodies';
import { FIRM_ENDINGS, NAME_JOINERS, NATIONALITY_ENDINGS, NOT_WORK_HEADS, NUMBERED_NOT_WORKS, SCORE_ASPECTS, SEQUEL_NUMBERS, TITLE_CONNECTORS, TITLE_ONLY_PARTICLES, TITLE_GAPS, WORK_NOUN_PLURALS, WORK_NOUNS } from '../../data/work-cues';
import { isDigitCode, isHyphen, isLetter, isUpper } from '../../text/chars';
import type { Run } from '../../text/runs';
import { firstAtOrAfter } from '../../text/search';
import type { Word } from '../../text/words';
import type { WorksContext } from './context';

/**
 * Word `k`, or undefined outside `words`, as `words[k]` reads. The bounds are tested first: a read
 * past either end (the word before the first, after the last) would make the optimizing compiler
 * drop and recompile the whole pass that inlines it.
 */
export const wordAt = (words: readonly Word[], k: number): Word | undefined => (k >= 0 && k < words.length ? words[k] : undefined);


/**
 * True for a run that is only a personal name ("Lee Jae-Gyu"), which cues must not take for a
 * title: three words at most with a hyphenated one. A run led by "The" names no person ("The
 * X-Files"), and a word whose part before the hyphen is one letter is no romanised name ("A-Team").
 */
export function nameShaped(words: readonly Word[], run: Run): boolean {
  if (run.last - run.first >= 3) return false;
  return !theLed(words, run.first, run.last) && someWord(words, run.first, run.last, isNameHyphenated);
}

/** True when a run of two words or more starts with a capitalised "The", which leads no personal name. */
const theLed = (words: readonly Word[], first: number, last: number): boolean => last > first && (words[first] as Word).capitalised && (words[first] as Word).lower === 'the';

/** A hyphenated word that may be part of a romanised name: not one letter before the hyphen ("X-Files", "T-1000"). */
const isNameHyphenated = (w: Word): boolean => w.hyphenated && !isHyphen(w.lower.charAt(1));

/** A word of a place, a body, a firm or a date (or a possessive): no part of a title a cue finds. */
export const isNoTitleWord = (w: Word): boolean => w.possessive || NOT_WORK_HEADS.has(w.lower) || ORGANISATIONS.has(w.lower) || PLACES_AND_PEOPLES.has(w.lower) || CALENDAR.has(w.lower);

/** True for the word before a digit when it makes the digit a part's number or a mark, not a sequel's ("Chapter", "Story"). */
export const numbersNoWork = (w: Word): boolean => NUMBERED_NOT_WORKS.has(w.lower) || SCORE_ASPECTS.has(w.lower) || isNoTitleWord(w);

/** True when the word ends like a nationality word (`Polish`, `Chinese`, `Belgian`): no title of its own. */
export const endsLikeNationality = (w: Word): boolean => NATIONALITY_ENDINGS.some((e) => w.lower.endsWith(e));

/** True for a word of one digit from 2 to 9, the way a sequel is numbered (a first part has no number). */
export const isSequelDigit = (w: Word): boolean => w.lower.length === 1 && w.lower >= '2' && w.lower <= '9';

/** True for the char code of a digit from 2 to 9, as {@link isSequelDigit} reads a word. */
export const isSequelDigitCode = (code: number): boolean => code >= 0x32 && code <= 0x39;

/**
 * True when `test` holds for one of `words[first..last]`. A loop, not a slice: the passes ask it of
 * most runs, and `test` is a module-level function, so the question allocates nothing.
 */
export function someWord(words: readonly Word[], first: number, last: number, test: (w: Word) => boolean): boolean {
  for (let k = first; k <= last; k++) if (test(words[k] as Word)) return true;
  return false;
}

/**
 * True for one to three words that read as a personal name: a given name or a title first
 * ("Lacy Rand", "Mr. Limpet"), or a hyphenated romanised name.
 */
export function personShaped(words: readonly Word[], first: number, last: number): boolean {
  if (last - first > 2) return false;
  // Loops, not slices: this runs for most capitalised runs of a text.
  for (let k = first + 1; k <= last; k++) {
    const w = words[k] as Word;
    // A sequel's number is no part of a name ("Peter Pan II", "Cruel Intentions 3").
    if (SEQUEL_NUMBERS.has(w.lower)) return false;
    // A full name's possessive before the last word names something a person has ("Charlie
    // Wilson's War"); in capitals the scanner keeps "'S" inside the word ("WILSON'S").
    if (k < last && (w.possessive || w.lower.endsWith("'s") || w.lower.endsWith('’s'))) return false;
  }
  const lead = words[first] as Word;
  // A capitalised particle inside: "Titta Di Girolamo" (a title writes it in lower case: "Cama de Gato").
  if (last - first === 2 && (words[first + 1] as Word).capitalised && NAME_PARTICLES.has((words[first + 1] as Word).lower) && !TITLE_CONNECTORS.has(lead.lower)) return true;
  if (GIVEN_NAMES.has(lead.lower) || (HONORIFICS.has(lead.lower) && last > first)) {
    for (let k = first; k <= last; k++) if (TITLE_CONNECTORS.has((words[k] as Word).lower) || hasTitleParticle(words[k] as Word)) return false;
    return true;
  }
  if (last === first) return false;
  return !theLed(words, first, last) && someWord(words, first, last, isNameHyphenated);
}

/** True for a lower-case particle only titles hold ("Ariadne auf Naxos"; {@link TITLE_ONLY_PARTICLES}). */
export const hasTitleParticle = (w: Word): boolean => !w.capitalised && TITLE_ONLY_PARTICLES.has(w.lower);

/**
 * A lower-case noun right after a run, which makes the run its modifier ("the Marvel fans", "a
 * Hitchcock film"), not a title: with `exceptWorkNouns`, a work noun after it ("the Alien film")
 * does not count.
 */
export function nounQualifies(ctx: WorksContext, after: Word | undefined, exceptWorkNouns: boolean): boolean {
  if (!after || !after.spaceBefore || after.capitalised || ctx.posAt(after.start) !== 'NOUN') return false;
  return !exceptWorkNouns || (!WORK_NOUNS.has(after.lower) && !WORK_NOUN_PLURALS.has(after.lower));
}

/** True when a sentiment hit of wink's lexicon covers the word. */
export function opinionAt(ctx: WorksContext, w: Word): boolean {
  const hit = ctx.ann.hits[firstAtOrAfter(ctx.ann.hits, w.start)];
  return hit !== undefined && hit.start < w.end;
}

/** True when a word starts with a digit ("(500) Days", "Apollo 13"): it counts as capitalised in a title. */
export const startsWithDigit = (view: string, w: Word): boolean => {
  return isDigitCode(view.charCodeAt(w.start));
};

/** A word that may stand inside a title: capitalised, a number, or a connector ("of", "the"). */
export const titleWord = (view: string, w: Word): boolean => w.capitalised || startsWithDigit(view, w) || TITLE_CONNECTORS.has(w.lower);

/** True when the text between words `a` and `b` (in order) may stand inside one title. */
export function titleGap(view: string, a: Word, b: Word): boolean {
  let from = a.end;
  // A possessive inside a title ("Tillie's Punctured Romance", "The Comedians' Comedian").
  if (a.possessive) from += view[from + 1] === 's' || view[from + 1] === 'S' ? 2 : 1;
  const gap = view.slice(from, b.start);
  // "Dr. Jekyll and Mr. Hyde", "The Great St. Louis": an abbreviation's dot.
  if (gap === '. ') return HONORIFICS.has(a.lower) || a.lower === 'st' || a.end - a.start === 1;
  return TITLE_GAPS.has(gap);
}

/** True when a run holds a lower-case word other than "and" / "&" / "or" ("Throw Momma From the Train"). */
export function hasConnector(words: readonly Word[], run: Run): boolean {
  for (let k = run.first; k <= run.last; k++) {
    const w = words[k] as Word;
    if (!w.capitalised && !NAME_JOINERS.has(w.lower)) return true;
  }
  return false;
}

/** True when a word is written in capitals only ("TERMINATOR", "EARTH'S"), with two letters or more. */
export function allCaps(view: string, w: Word): boolean {
  let letters = 0;
  for (let k = w.start; k < w.end; k++) {
    const ch = view[k] as string;
    if (!isLetter(ch)) continue;
    if (!isUpper(ch)) return false;
    letters++;
  }
  return letters >= 2 || (letters === 1 && w.end - w.start === 1 && (w.lower === 'a' || w.lower === 'i'));
}

/** True when one letter stands three times in a row ("awwww", "sooo"). */
export function drawnOut(word: string): boolean {
  for (let k = 2; k < word.length; k++) if (word[k] === word[k - 1] && word[k] === word[k - 2]) return true;
  return false;
}

/** True for two single words joined by "and" / "or" ("Nick and Gatsby"): names as likely as a title. */
export function joinsNames(words: readonly Word[], run: Run): boolean {
  return run.last - run.first === 2 && NAME_JOINERS.has((words[run.first + 1] as Word).lower);
}

/** A run of three words or more, or one with a connector inside (not "and"), is not a personal name. */
export function cannotBeName(words: readonly Word[], run: Run): boolean {
  let count = 0;
  for (let k = run.first; k <= run.last; k++) {
    const l = (words[k] as Word).lower;
    if (NAME_JOINERS.has(l)) continue;
    if (TITLE_CONNECTORS.has(l)) return true;
    count++;
  }
  return count >= 3;
}

/** True for a one-word key that names a firm, a place, a people or "I", never a work. */
export function isLoneNonTitle(key: string): boolean {
  return !key.includes(' ') && (ORGANISATIONS.has(key) || PLACES_AND_PEOPLES.has(key) || key === 'i');
}

/**
 * One word that names a place, a body or a date ("Madrid", "Enron", "Netflix", "Sunday"): news
 * sets it where a work could stand ("a role in Leeds", "the series, Microsoft,"), so it is no
 * title by itself.
 */
export function isPlaceOrBody(w: Word): boolean {
  const l = w.lower;
  return PLACES_AND_PEOPLES.has(l) || CALENDAR.has(l) || MAJOR_PLACES.has(l) || KNOWN_BODIES.has(l) || ORGANISATIONS.has(l) || FIRM_ENDINGS.has(l);
}

/**
 * True when punctuation or the end of the text follows a run, so that no clause goes on from it:
 * one given name after a kind of work is then its title ("the biopic Ray.", "the film Alexander,"),
 * not the subject of a clause ("the book Diana lent me").
 */
export function endsPhrase(words: readonly Word[], run: Run): boolean {
  const after = words[run.last + 1];
  return after === undefined || !after.spaceBefore;
}
