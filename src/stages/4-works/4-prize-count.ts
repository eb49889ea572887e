/**
 * Pass 4: a winner of a number of prizes ("Glass Orchard won nine Annies", "Copper Tide took home 11
 * Oscars", "Salt Meadow has seven nominations"): news of prizes counts what a film, a show or a play
 * took or is up for, and names it before the verb of taking. A person or a band takes prizes too,
 * so their shapes are left out, and in a text about music no plain count of prizes names a work.
 */
import { HONORIFICS } from '../../data/honorifics';
import { GIVEN_NAMES } from '../../data/given-names';
import { OUTLET_WORDS } from '../../data/speaker-words';
import { ARTICLES, GENRE_CUES, KIND_OF_WORK_NOUNS, WORK_NOUNS, MUSIC_PRIZE_WORDS, NOT_SUBJECT_TAGS, PLAIN_PRIZE_NOUNS, PRIZE_COUNT_LEADS, PRIZE_COUNT_NOUNS, PRIZE_COUNT_PARTICLES, PRIZE_COUNT_VERBS } from '../../data/work-cues';
import { isListedFirstName } from '../../text/listed-first-name';
import type { Run } from '../../text/runs';
import { spacedLower } from '../../text/spaced-lower';
import type { Word } from '../../text/words';
import { titleFinding, type Finding, type WorksContext } from './context';
import { cutLongRun, splitAtJoiners, trimRunEnd } from './cuts';
import { allCaps, isNoTitleWord, nameShaped, personShaped, someWord, startsWithDigit, wordAt } from './shapes';

/** Most words of {@link PRIZE_COUNT_LEADS} before the count ("a total of"). */
const COUNT_LEAD_REACH = 3;

/** Most words between the count and its noun: a prize's capitalised name or "more" ("two Golden Globes", "two more nominations"). */
const PRIZE_NAME_REACH = 2;

/**
 * True when the words from `k` read an auxiliary maybe, a verb of taking or holding, maybe its
 * particle, a count and a prize's plural noun ("won nine Annies", "has received 12 nominations",
 * "took home a total of 10 awards"); no prize of music, and no plain noun in a text about music.
 */
function countsPrizes(ctx: WorksContext, k: number): boolean {
  const { view, words } = ctx;
  let at = k;
  const aux = spacedLower(words, at);
  if (aux && (aux.lower === 'has' || aux.lower === 'had' || aux.lower === 'have') && PRIZE_COUNT_VERBS.has(spacedLower(words, at + 1)?.lower ?? '')) at++;
  const verb = spacedLower(words, at);
  if (!verb || !PRIZE_COUNT_VERBS.has(verb.lower)) return false;
  at++;
  if (PRIZE_COUNT_PARTICLES.has(spacedLower(words, at)?.lower ?? '')) at++;
  // "picked" and "picks" take prizes only with "up".
  else if (verb.lower === 'picked' || verb.lower === 'picks') return false;
  for (let n = 0; n < COUNT_LEAD_REACH && PRIZE_COUNT_LEADS.has(spacedLower(words, at)?.lower ?? ''); n++) at++;
  const count = words[at];
  if (!count || !count.spaceBefore || (!startsWithDigit(view, count) && (count.capitalised || ctx.posAt(count.start) !== 'NUM'))) return false;
  for (let j = at + 1; j <= at + 1 + PRIZE_NAME_REACH; j++) {
    const w = words[j];
    if (!w || !w.spaceBefore || MUSIC_PRIZE_WORDS.has(w.lower)) return false;
    if (PRIZE_COUNT_NOUNS.has(w.lower)) return !(PLAIN_PRIZE_NOUNS.has(w.lower) && ctx.aboutMusic());
    // "two more nominations", "11 Oscar nominations".
    if (!w.capitalised && w.lower !== 'more') return false;
  }
  return false;
}

/**
 * 4. The run right before a count of prizes taken or held (an adverb such as "also" may stand
 * between), split at "and" ("X and Y took two Golden Globes"), each part kept only when every part
 * is: not a person's shape or a name led by a first name, an honorific, a place, a firm or a
 * possessive, no word in capitals; one word only when it is no given name, no pronoun or other
 * closed word, and no surname the text gives a person.
 */
export function readPrizeCount(ctx: WorksContext, full: Run, out: Finding[]): void {
  const { words } = ctx;
  let k = full.last + 1;
  const adverb = words[k];
  if (adverb && !adverb.capitalised && ctx.posAt(adverb.start) === 'ADV') k++;
  if (!countsPrizes(ctx, k)) return;
  const run = trimRunEnd(words, cutLongRun(words, full));
  if (run.last !== full.last || !opensClause(ctx, run)) return;
  const items = splitAtJoiners(words, run, false);
  for (const item of items) if (!winnerShaped(ctx, item)) return;
  for (const item of items) out.push(titleFinding(ctx.formOf(item)));
}

/** wink's tags of a lower-case word before a subject that opens a clause ("while", "and", "when"). */
const OPENING_TAGS: ReadonlySet<string> = new Set(['CCONJ', 'SCONJ', 'ADV']);

/**
 * True when the run is the subject of its clause: the text's start, a mark, a conjunction, an
 * adverb or a year before it, or a kind of work ("quirky comedy X won"); not a verb's, a
 * noun's or a preposition's ("Vertigo by rock giants X won three trophies": X made the winner).
 */
function opensClause(ctx: WorksContext, run: Run): boolean {
  const first = ctx.word(run.first);
  const before = wordAt(ctx.words, run.first - 1);
  if (!before || !first.spaceBefore || before.capitalised) return true;
  if (WORK_NOUNS.has(before.lower) || KIND_OF_WORK_NOUNS.has(before.lower) || GENRE_CUES.has(before.lower)) return true;
  // "when X won", "In 1997 X won": an adverb or a year opens the clause.
  return OPENING_TAGS.has(ctx.posAt(before.start)) || (before.end - before.start === 4 && startsWithDigit(ctx.view, before));
}

/** True when a run may name a work that took prizes, by the tests of {@link readPrizeCount}. */
export function winnerShaped(ctx: WorksContext, run: Run): boolean {
  const { view, words } = ctx;
  const lead = words[run.first] as Word;
  const led = ARTICLES.has(lead.lower);
  if (!led && (personShaped(words, run.first, run.last) || nameShaped(words, run) || isListedFirstName(lead.lower) || HONORIFICS.has(lead.lower))) return false;
  if (someWord(words, run.first, run.last, isNoTitleWord)) return false;
  // "The Guardian has three nominations": a paper or a channel named by one word is no work.
  if (run.last - run.first < (led ? 2 : 1) && OUTLET_WORDS.has((words[run.last] as Word).lower)) return false;
  for (let k = run.first; k <= run.last; k++) if (allCaps(view, words[k] as Word)) return false;
  if (run.first === run.last && (GIVEN_NAMES.has(lead.lower) || NOT_SUBJECT_TAGS.has(ctx.posAt(lead.start)) || ctx.isSurname(lead.lower))) return false;
  return true;
}
