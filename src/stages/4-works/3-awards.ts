/**
 * Pass 3d: what an award was won for ("best actor for Ray", "best director prize for Million Dollar
 * Baby", "best album award for Stardust"): news of prizes names the work after "best … for".
 */
import { CALENDAR, ORGANISATIONS, PLACES_AND_PEOPLES } from '../../data/not-names';
import { AWARD_WORK_WORDS, GENRE_NOUNS, NOT_WORK_HEADS, WORK_NOUNS } from '../../data/work-cues';
import { GIVEN_NAMES } from '../../data/given-names';
import { FIRST_NAMES } from '../../text/first-names';
import type { Word } from '../../text/words';
import { titleFinding, type Finding, type WorksContext } from './context';
import { cutLongRun, splitAtJoiners, trimRunEnd } from './cuts';
import { allCaps, nameShaped, personShaped, someWord } from './shapes';

/** The most words between "best" and "for" ("best original song award for"). */
const AWARD_REACH = 5;

/** A word of a place, a body, a firm or a date: no part of a title won for. */
const isNoAwardTitleWord = (w: Word): boolean => w.possessive || NOT_WORK_HEADS.has(w.lower) || ORGANISATIONS.has(w.lower) || PLACES_AND_PEOPLES.has(w.lower) || CALENDAR.has(w.lower);

/**
 * 3d. The titles after "best … for" (the "for" is the word at `i`), in one clause: two capitalised
 * words or more that are not a person's shape ("best director for Mike Leigh" names a person), or
 * one word when the award names a kind of work ("best short film for Wasp", not "best actor for
 * Cheadle"); "for X and Y" lists two.
 */
export function awardFor(ctx: WorksContext, i: number, out: Finding[]): void {
  const { view, words } = ctx;
  const next = words[i + 1];
  if (!next?.capitalised || !next.spaceBefore) return;
  let best = -1;
  let ofWork = false;
  for (let k = i - 1; k >= 0 && k >= i - AWARD_REACH; k--) {
    const w = words[k] as Word;
    if (!(words[k + 1] as Word).spaceBefore) return;
    if (w.lower === 'best') {
      best = k;
      break;
    }
    if (w.capitalised && w.lower !== 'best') continue;
    if (WORK_NOUNS.has(w.lower) || GENRE_NOUNS.has(w.lower) || AWARD_WORK_WORDS.has(w.lower)) ofWork = true;
  }
  const full = best >= 0 ? ctx.runAt(i + 1) : undefined;
  if (!full) return;
  for (const item of splitAtJoiners(words, trimRunEnd(words, cutLongRun(words, full)), false)) {
    const lone = item.first === item.last ? (words[item.first] as Word) : null;
    // "best actress for Cate Blanchett": a first name leads a person's name.
    if ((words[item.last] as Word).possessive || personShaped(words, item.first, item.last) || nameShaped(words, item) || FIRST_NAMES.has((words[item.first] as Word).lower)) continue;
    if (someWord(words, item.first, item.last, isNoAwardTitleWord)) continue;
    if (lone && (!ofWork || GIVEN_NAMES.has(lone.lower) || allCaps(view, lone))) continue;
    out.push(titleFinding(ctx.formOf(item)));
  }
}
