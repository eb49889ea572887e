/**
 * A name after a performer's possessive in a review: "Dana Moss's Ruth Pike is", where a maker's
 * possessive would name a work ("Eastwood's Million Dollar Baby").
 */
import { CALENDAR, INSTITUTION_WORDS, ORGANISATIONS, PLACES_AND_PEOPLES } from '../../data/not-names';
import { ARTICLES, FOREIGN_ARTICLES, NOT_WORK_HEADS, TITLE_CONNECTORS } from '../../data/work-cues';
import { KNOWN_MAKER_SURNAMES } from '../../data/work-makers';
import { POSSESSIVE_DETERMINERS } from '../../data/name-cue-words';
import { isLetter } from '../../text/chars';
import type { Run } from '../../text/runs';
import { isListedFirstName } from '../../text/listed-first-name';
import { readsAsReport } from '../../text/voice';
import { isWorkNoun } from '../../text/work-noun';
import type { Word } from '../../text/words';
import { isModelWord } from '../../wink';
import type { WorksContext } from './context';
import { allCaps } from './shapes';

/** Verbs after which a work noun says what the run is ("… is a fine thriller"). */
const COPULAS: ReadonlySet<string> = new Set(['is', 'was', 'remains']);
/** Words read past the copula for a work noun: an article and a describing word or two. */
const PREDICATE_REACH = 4;

/**
 * True when the two-word name `run` right after the possessive `owner` reads as the part that
 * owner plays, so no title: the text is no report (news names a maker's work so: "Kate Bush's
 * Hounds of Love"), the owner closes a full personal name (a listed given name first, not a
 * maker's known surname), and the run is two capitalised words of letters, neither a place, a
 * body, a date, an article, a connector or a possessive determiner, one of them no word of the
 * language model, that no work noun, year or `is a … film` follows.
 */
export function ownedPart(ctx: WorksContext, owner: Word, run: Run): boolean {
  const { view, words } = ctx;
  if (run.last !== run.first + 1) return false;
  const given = words[run.first - 2];
  if (!given || !given.capitalised || !isListedFirstName(given.lower) || view.slice(given.end, owner.start) !== ' ') return false;
  if (KNOWN_MAKER_SURNAMES.has(owner.lower)) return false;
  for (let k = run.first; k <= run.last; k++) if (!partWord(view, words[k] as Word)) return false;
  // Ordinary words only name a work as often as a part ("Sugar Rush", "Black Widow"); a name the
  // language model does not know is someone's ("Poe Dameron", "Senator Palpatine").
  if (isModelWord((words[run.first] as Word).lower) && isModelWord((words[run.last] as Word).lower)) return false;
  if (view[run.end] === ' ' && view[run.end + 1] === '(') return false;
  const after = words[run.last + 1];
  if (after && !after.capitalised && isWorkNoun(after.lower)) return false;
  if (after && COPULAS.has(after.lower) && workPredicate(words, run.last + 2)) return false;
  return !readsAsReport(view);
}

/** True for a word that may stand in a personal name: capitalised, letters and hyphens only, not all capitals, no place, body, date, article (a foreign one too: "La") or connector. */
function partWord(view: string, w: Word): boolean {
  if (!w.capitalised || w.possessive || allCaps(view, w) || w.end - w.start < 2) return false;
  for (const ch of w.lower) if (!isLetter(ch) && ch !== '-') return false;
  const l = w.lower;
  return !ARTICLES.has(l) && !FOREIGN_ARTICLES.has(l) && !POSSESSIVE_DETERMINERS.has(l) && !TITLE_CONNECTORS.has(l) && !NOT_WORK_HEADS.has(l) && !PLACES_AND_PEOPLES.has(l) && !CALENDAR.has(l) && !ORGANISATIONS.has(l) && !INSTITUTION_WORDS.has(l) && !isWorkNoun(l);
}

/** True when a work noun stands within {@link PREDICATE_REACH} lower-case words from `from` ("was a novel"). */
function workPredicate(words: readonly Word[], from: number): boolean {
  for (let k = from; k < from + PREDICATE_REACH; k++) {
    const w = words[k];
    if (!w || w.capitalised) return false;
    if (isWorkNoun(w.lower)) return true;
  }
  return false;
}
