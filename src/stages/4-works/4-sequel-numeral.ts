/**
 * Pass 4, shape: a title-case run that ends with a sequel's Roman numeral ("Evil Dead II", "The
 * Hills Have Eyes II", "Ghoulies IV"). A numeral after capitalised words numbers a work, a ruler
 * or a thing with parts: a ruler's name starts with a given name or a title ("Henry V", "Pope
 * John Paul II"), and a part, a war or a grade names its kind of number ("Episode III", "World War
 * II", "Grade II"), so neither counts; nor a part someone plays ("Alien 3 as Bishop II").
 */
import { HONORIFICS } from '../../data/honorifics';
import { CALENDAR, PLACES_AND_PEOPLES } from '../../data/not-names';
import { ROLE_NOUNS } from '../../data/role-words';
import { NUMBERED_NOT_WORKS, SEQUEL_NUMERALS } from '../../data/work-cues';
import { isListedFirstName } from '../../text/listed-first-name';
import type { Run } from '../../text/runs';
import type { Word } from '../../text/words';
import { titleFinding, type Finding, type WorksContext } from './context';
import { allCaps, isNoTitleWord, someWord } from './shapes';

/**
 * A word no title numbered as a sequel holds before its numeral: a kind of number, a place, a
 * body, a date, or another numeral ("episodes II and III" are numbers of one work's parts).
 */
const isNumberedKind = (w: Word): boolean => NUMBERED_NOT_WORKS.has(w.lower) || SEQUEL_NUMERALS.has(w.lower) || w.lower === 'i' || w.lower === 'v' || isNoTitleWord(w);

/** Reads one run: its title when it ends with a sequel's numeral and the words before it can be one. */
export function readSequelNumeral(ctx: WorksContext, run: Run, out: Finding[]): void {
  const { view, words } = ctx;
  const numeral = words[run.last] as Word;
  if (run.last === run.first || !SEQUEL_NUMERALS.has(numeral.lower) || !allCaps(view, numeral)) return;
  const lead = words[run.first] as Word;
  // A ruler, a saint or a part someone plays: a given name, a title or a role first.
  if (isListedFirstName(lead.lower) || HONORIFICS.has(lead.lower) || ROLE_NOUNS.has(lead.lower)) return;
  if (PLACES_AND_PEOPLES.has(lead.lower) || CALENDAR.has(lead.lower) || someWord(words, run.first, run.last - 1, isNumberedKind)) return;
  // "QE II", "WW II": an abbreviation of two letters is a ship's or a war's name.
  if (run.last === run.first + 1 && allCaps(view, lead) && lead.end - lead.start <= 2) return;
  const before = words[run.first - 1];
  if (before && before.lower === 'as' && !before.capitalised) return;
  out.push(titleFinding(ctx.formOf(run)));
}
