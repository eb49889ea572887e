/**
 * Pass 4: a title set off by a comma after an owner's kind of work ("Ann Vale's first novel,
 * Salt Roads.", "his new comedy, Meet the Lanes,", "her memoir, Borrowed Light."): what a maker's
 * or a star's work is named beside is that work. The kind of work is owned, by a possessive or a
 * possessive determiner, so a comma after a bare noun ("the film, Then …") reads nothing, and the
 * title closes its phrase, so the subject of a clause after a fronted phrase ("In her latest film,
 * Ann Vale plays") is no title.
 */
import { POSSESSIVE_DETERMINERS } from '../../data/name-cue-words';
import { KIND_OF_WORK_NOUNS, WORK_NOUNS } from '../../data/work-cues';
import { FRONTING_PREPOSITIONS } from '../../data/work-makers';
import { RECORD_NOUNS } from '../../data/work-record-cues';
import { isListedFirstName } from '../../text/listed-first-name';
import type { Run } from '../../text/runs';
import type { Word } from '../../text/words';
import { titleFinding, type Finding, type WorksContext } from './context';
import { cutLongRun, trimRunEnd } from './cuts';
import { allCaps, endsPhrase, isNoTitleWord, isPlaceOrBody, nameShaped, personShaped, wordAt } from './shapes';

/** Most lower-case words between the owner and the kind of work ("his long-awaited second feature novel"). */
const OWNER_GAP = 3;

/**
 * The index of the owner of the kind of work at word `noun`: a capitalised possessive or a
 * possessive determiner at most {@link OWNER_GAP} lower-case words before it, one space apart
 * each; -1 when none stands there.
 */
function ownerBefore(words: readonly Word[], noun: number): number {
  for (let k = noun - 1; k >= 0 && k >= noun - 1 - OWNER_GAP; k--) {
    const w = words[k] as Word;
    if (!(words[k + 1] as Word).spaceBefore) return -1;
    if (w.possessive && w.capitalised) return k;
    if (w.capitalised && !POSSESSIVE_DETERMINERS.has(w.lower)) return -1;
    if (POSSESSIVE_DETERMINERS.has(w.lower)) return k;
  }
  return -1;
}

/**
 * 4. A run after ", " that follows an owned kind of work ({@link WORK_NOUNS}, {@link
 * KIND_OF_WORK_NOUNS}; the record nouns are read by `4-record-noun.ts`), the run whole after its
 * cuts and closing its phrase; no phrase led by a preposition ("In his new film, X"), no person's
 * shape, hyphened name or place, no one given name or one word in capitals.
 */
export function readOwnedKindComma(ctx: WorksContext, full: Run, out: Finding[]): void {
  const { view, words } = ctx;
  const noun = wordAt(words, full.first - 1);
  if (!noun || noun.capitalised || view.slice(noun.end, full.start) !== ', ') return;
  if (RECORD_NOUNS.has(noun.lower) || !(WORK_NOUNS.has(noun.lower) || KIND_OF_WORK_NOUNS.has(noun.lower))) return;
  const owner = ownerBefore(words, full.first - 1);
  if (owner < 0) return;
  // The owner's own name may run to three words ("Ann Lee Vale's"); a preposition before the
  // phrase fronts a clause whose subject follows the comma.
  let lead = owner;
  while (lead > 0 && lead > owner - 3 && (words[lead - 1] as Word).capitalised && (words[lead] as Word).spaceBefore && (words[lead] as Word).capitalised) lead--;
  const before = wordAt(words, lead - 1);
  const leadWord = words[lead] as Word;
  if (FRONTING_PREPOSITIONS.has(leadWord.lower) || (before && FRONTING_PREPOSITIONS.has(before.lower))) return;
  const run = trimRunEnd(words, cutLongRun(words, full));
  if (run.last !== full.last || !endsPhrase(words, run)) return;
  const first = words[run.first] as Word;
  if (personShaped(words, run.first, run.last) || nameShaped(words, run) || isNoTitleWord(first) || isPlaceOrBody(first)) return;
  if (run.first === run.last && (isListedFirstName(first.lower) || allCaps(view, first))) return;
  out.push(titleFinding(ctx.formOf(run)));
}
