/**
 * Pass 4: a run after a year's possessive ("1999's American Beauty", "in 1989's Shirley
 * Valentine", "their first hit was 1972's Virginia Plain"): news and reviews date a film, a record
 * or a show so, and a person or a place is not owned by a year. Not an event of the year ("2004's
 * Super Bowl", "at 1985's Live Aid"), nor a run that qualifies a noun after it ("2004's Super Bowl
 * weekend").
 */
import { CALENDAR } from '../../data/not-names';
import { YEAR_EVENT_LEADS, EVENT_WORDS } from '../../data/work-cues';
import type { Run } from '../../text/runs';
import type { Word } from '../../text/words';
import { titleFinding, type Finding, type WorksContext } from './context';
import { cutLongRun, splitAtJoiners, trimRunEnd } from './cuts';
import { allCaps, nounQualifies } from './shapes';

/** A year in four figures, as a possessive owner writes it ("1999's"). */
const YEAR = /^(?:19|20)\d\d$/;

/** True when word `i` is a year in figures with a possessive (`1999's`, `2004’s`). */
export function yearOwnerAt(words: readonly Word[], i: number): boolean {
  const w = words[i];
  return w !== undefined && w.possessive && YEAR.test(w.lower);
}

/**
 * 4. The first item of the title-case run right after a year's possessive, one space between: not
 * after "at" or "during" (an event of that year), not ending in a word of an event, not a
 * modifier of a lower-case noun after it; one word only when it is no month or feast ("2020's
 * Christmas"), no surname the text gives a person and not in capitals (an abbreviation as often).
 */
export function readYearPossessive(ctx: WorksContext, full: Run, out: Finding[]): void {
  const { words } = ctx;
  const first = words[full.first] as Word;
  if (!first.spaceBefore || !yearOwnerAt(words, full.first - 1)) return;
  const lead = words[full.first - 2];
  if (lead !== undefined && YEAR_EVENT_LEADS.has(lead.lower)) return;
  const run = splitAtJoiners(words, trimRunEnd(words, cutLongRun(words, full)), false)[0] as Run;
  if (EVENT_WORDS.has((words[run.last] as Word).lower)) return;
  if (run.last === full.last && nounQualifies(ctx, words[run.last + 1], true)) return;
  const lone = run.first === run.last ? (words[run.first] as Word) : null;
  if (lone && (CALENDAR.has(lone.lower) || ctx.isSurname(lone.lower) || allCaps(ctx.view, lone))) return;
  out.push(titleFinding(ctx.formOf(run)));
}
