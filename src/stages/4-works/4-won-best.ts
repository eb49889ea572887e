/**
 * Pass 4o: a winner of a prize category for works ("Glass Orchard won best foreign film", "X took
 * the best drama prize", "X also won best new comedy"): news of prizes names the film, the show or
 * the play that took a category for works before the verb of taking.
 */
import { HONORIFICS } from '../../data/honorifics';
import { GIVEN_NAMES } from '../../data/given-names';
import { ARTICLES, AWARD_PERFORMER_WORDS, CREW_NOUNS, NOT_SUBJECT_TAGS, PRIZE_TAKING_VERBS, WORK_CATEGORY_NOUNS } from '../../data/work-cues';
import { isListedFirstName } from '../../text/listed-first-name';
import type { Run } from '../../text/runs';
import type { Word } from '../../text/words';
import { titleFinding, type Finding, type WorksContext } from './context';
import { trimRunEnd } from './cuts';
import { allCaps, isNoTitleWord, nameShaped, personShaped, someWord } from './shapes';

/** Lower-case words that may stand between "best" and the kind of work ("best foreign language film"). */
const CATEGORY_REACH = 3;

/**
 * True when the words from `k` read a verb of taking, maybe "the", "best", then up to
 * {@link CATEGORY_REACH} lower-case words ending in a kind of work that no performer's or crew
 * noun follows ("won best foreign film"; not "won best comedy actor", "won best actress").
 */
function takesWorkCategory(words: readonly Word[], k: number): boolean {
  const verb = words[k];
  if (!verb || verb.capitalised || !verb.spaceBefore || !PRIZE_TAKING_VERBS.has(verb.lower)) return false;
  let at = k + 1;
  if (words[at]?.lower === 'the') at++;
  if (words[at]?.lower !== 'best') return false;
  for (let j = at + 1; j <= at + CATEGORY_REACH; j++) {
    const w = words[j];
    if (!w || w.capitalised || !w.spaceBefore || AWARD_PERFORMER_WORDS.has(w.lower) || CREW_NOUNS.has(w.lower)) return false;
    if (!WORK_CATEGORY_NOUNS.has(w.lower)) continue;
    const next = words[j + 1];
    // "best comedy actor", "best film director": the category names a performer or a maker.
    if (next && next.spaceBefore && (AWARD_PERFORMER_WORDS.has(next.lower) || CREW_NOUNS.has(next.lower))) return false;
    return true;
  }
  return false;
}

/**
 * 4o. The run right before a verb of taking a category for works (an adverb such as "also" may stand
 * between): not a person's shape or a name led by a first name, an honorific, a place, a firm or a
 * possessive; one word only when it is no given name, no word in capitals, no pronoun or other
 * closed word, and no surname the text gives a person.
 */
export function readWonBest(ctx: WorksContext, full: Run, out: Finding[]): void {
  const { view, words } = ctx;
  let k = full.last + 1;
  const adverb = words[k];
  if (adverb && !adverb.capitalised && ctx.posAt(adverb.start) === 'ADV') k++;
  if (!takesWorkCategory(words, k)) return;
  const run = trimRunEnd(words, full);
  if (run.last !== full.last) return;
  const lead = words[run.first] as Word;
  const led = ARTICLES.has(lead.lower);
  if (!led && (personShaped(words, run.first, run.last) || nameShaped(words, run) || isListedFirstName(lead.lower) || HONORIFICS.has(lead.lower))) return;
  if (someWord(words, run.first, run.last, isNoTitleWord)) return;
  if (run.first === run.last && (GIVEN_NAMES.has(lead.lower) || allCaps(view, lead) || NOT_SUBJECT_TAGS.has(ctx.posAt(lead.start)) || ctx.isSurname(lead.lower))) return;
  out.push(titleFinding(ctx.formOf(run)));
}
