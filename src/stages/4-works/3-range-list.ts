/**
 * Pass 3b, a range of titles after a plural kind of work ("hood movies from New Jack City to Baby
 * Boy", "westerns ranging from Red Creek to Dry Gulch to Last Ride"): the plural says what the ends
 * of the range are. A range of makers ("films from Hitchcock to Nolan"), of people or of places
 * ("movies from France to Japan") ends the reading at its first such item; both ends must be titles.
 */
import { HONORIFICS } from '../../data/honorifics';
import { KNOWN_MAKER_SURNAMES } from '../../data/work-makers';
import { NOT_SUBJECT_TAGS, PART_NUMBERS, RUN_BREAKERS } from '../../data/work-cues';
import { isListedFirstName } from '../../text/listed-first-name';
import type { Run } from '../../text/runs';
import { spacedLower } from '../../text/spaced-lower';
import type { Word } from '../../text/words';
import { titleFinding, type Finding, type WorksContext } from './context';
import { trimRunEnd } from './cuts';
import { allCaps, isNoTitleWord, isPlaceOrBody, joinsNames, nameShaped, personShaped, someWord, startsWithDigit } from './shapes';

/** Most items of a range read ("from A to B to C to D"). */
const MAX_RANGE_ITEMS = 6;

/** True when word `k` is the lower-case word `lower` after a space. */
const lowerWordAt = (words: readonly Word[], k: number, lower: string): boolean => spacedLower(words, k)?.lower === lower;

/**
 * A word that makes a range's item a person's, a maker's or a place's: an honorific, a maker's
 * surname, a possessive, a named place, a body or a date. A place's common head ("City", "Park")
 * stands in titles as often ("New Jack City") and counts only alone.
 */
const isNotRangeWord = (w: Word): boolean => HONORIFICS.has(w.lower) || KNOWN_MAKER_SURNAMES.has(w.lower) || w.possessive || isPlaceOrBody(w);

/**
 * True when a range's item may be a title: no person's or name's shape (a given name first), no
 * pair joined by "and", no possessive end, no word of a maker or a place; one word only when it is
 * no given name, place, body, date, acronym, function word or surname of the text.
 */
function titleItem(ctx: WorksContext, run: Run): boolean {
  const { words } = ctx;
  if (personShaped(words, run.first, run.last) || nameShaped(words, run) || joinsNames(words, run) || (words[run.last] as Word).possessive) return false;
  if (someWord(words, run.first, run.last, isNotRangeWord)) return false;
  if (run.last > run.first) return true;
  const lone = words[run.first] as Word;
  return !isListedFirstName(lone.lower) && !isNoTitleWord(lone) && !allCaps(ctx.view, lone) && !NOT_SUBJECT_TAGS.has(ctx.posAt(lone.start)) && !ctx.isSurname(lone.lower);
}

/**
 * The items of a range from the run at word `at`: a run of title case holds "to" between two items
 * as a title's connector ("New Jack City to Baby Boy"), so it is cut at every lower-case "to"
 * before a capitalised word; a "to" after a run (before "the") goes on to the next run.
 */
function rangeItems(ctx: WorksContext, at: number): Run[] {
  const { words } = ctx;
  const items: Run[] = [];
  let k = at;
  while (items.length < MAX_RANGE_ITEMS) {
    if (lowerWordAt(words, k, 'the')) k++;
    const run = ctx.runAt(k);
    if (!run) break;
    let first = run.first;
    for (let j = run.first + 1; j < run.last; j++) {
      const w = words[j] as Word;
      if (w.lower !== 'to' || w.capitalised || !(words[j + 1] as Word).capitalised) continue;
      items.push(spanOf(words, first, j - 1));
      first = j + 1;
    }
    const last = withBreakerWord(ctx, run.last);
    items.push(spanOf(words, first, last));
    if (!lowerWordAt(words, last + 1, 'to')) break;
    k = last + 2;
  }
  return items;
}

/**
 * The index of the last word of an item that ends at `last`, with a capitalised word that breaks
 * title runs after it ("Killa Season", "Open Season"): with no number after it, it names no part
 * of a work, so it ends the title. `last` when no such word follows.
 */
function withBreakerWord(ctx: WorksContext, last: number): number {
  const { words, view } = ctx;
  const w = words[last + 1];
  if (!w || !w.capitalised || !w.spaceBefore || !RUN_BREAKERS.has(w.lower)) return last;
  const after = words[last + 2];
  if (after && after.spaceBefore && (startsWithDigit(view, after) || PART_NUMBERS.has(after.lower))) return last;
  return last + 1;
}

/** The run of `words[first..last]`, its end trimmed of a clause's word. */
const spanOf = (words: readonly Word[], first: number, last: number): Run =>
  trimRunEnd(words, { first, last, start: (words[first] as Word).start, end: (words[last] as Word).end });

/**
 * 3b. The range after the plural kind of work `w` at word `i`, read as a noun: "from", maybe
 * after "ranging", then two items or more joined by "to"; every item up to the first that may not be
 * a title is one, when the first two both are.
 */
export function rangeList(ctx: WorksContext, w: Word, i: number, listed: Finding[]): void {
  const { words } = ctx;
  if (w.capitalised || ctx.posAt(w.start) !== 'NOUN') return;
  const from = lowerWordAt(words, i + 1, 'ranging') ? i + 2 : i + 1;
  if (!lowerWordAt(words, from, 'from')) return;
  const items = rangeItems(ctx, from + 1);
  let good = 0;
  while (good < items.length && titleItem(ctx, items[good] as Run)) good++;
  if (good < 2) return;
  for (let k = 0; k < good; k++) listed.push(titleFinding(ctx.formOf(items[k] as Run)));
}
