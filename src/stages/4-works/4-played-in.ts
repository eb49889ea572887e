/**
 * Pass 4, a title after a part played in it: "played Ann Vale in X", "his portrayal of Kit in X",
 * "her turn as Kit in X", "Tom Reed as Kit in X". A part is played in a work, so the words after
 * the part's name and a lower-case "in" name one, when they close their phrase and are no person,
 * place or date (`readTitleAfterIn`).
 */
import { TITLE_CONNECTORS } from '../../data/work-cues';
import { PART_AS_CUES, PART_OF_NOUNS, PLAYED_IN_VERBS } from '../../data/work-record-cues';
import type { Run } from '../../text/runs';
import type { Word } from '../../text/words';
import type { Finding, WorksContext } from './context';
import { readTitleAfterIn } from './4-neighbours';
import { allCaps, isLoneNonTitle, wordAt } from './shapes';

/** The most words a part's name holds before its "in" ("Mary Ann Vale"). */
const MAX_PART_WORDS = 3;

/** True when a cue of playing a part stands right before word `at`, one space apart. */
function partCueBefore(words: readonly Word[], at: number): boolean {
  const first = words[at];
  const lead = wordAt(words, at - 1);
  if (!first || !first.spaceBefore || !lead || lead.capitalised || !lead.spaceBefore) return false;
  if (PLAYED_IN_VERBS.has(lead.lower)) return true;
  const cue = wordAt(words, at - 2);
  if (!cue) return false;
  if (lead.lower === 'of') return !cue.capitalised && PART_OF_NOUNS.has(cue.lower);
  // A player's full name before "as": its surname is not where a sentence opens.
  if (lead.lower === 'as') return cue.capitalised ? !cue.possessive && wordAt(words, at - 3)?.capitalised === true : PART_AS_CUES.has(cue.lower);
  return false;
}

/**
 * 4. A run that opens on a part's name of one to three capitalised words, right after a cue of
 * playing a part ({@link partCueBefore}), and goes on with a lower-case "in": what follows the
 * "in" is the work. One word there in capitals or naming a firm or a place is not.
 */
export function readPlayedIn(ctx: WorksContext, run: Run, out: Finding[]): void {
  const { words, view } = ctx;
  if (!partCueBefore(words, run.first)) return;
  let k = run.first + 1;
  while (k <= run.last && k <= run.first + MAX_PART_WORDS && (words[k] as Word).capitalised) k++;
  const inWord = words[k];
  if (k > run.first + MAX_PART_WORDS || k >= run.last || !inWord || inWord.lower !== 'in' || inWord.capitalised) return;
  if (!(words[k + 1] as Word).capitalised) return;
  const lone = k + 1 === run.last ? (words[run.last] as Word) : null;
  if (lone && (allCaps(view, lone) || isLoneNonTitle(lone.lower))) return;
  if (!goesOnPastTitle(words, k + 1, run.last)) readTitleAfterIn(ctx, run, k, out);
}

/**
 * True when the title after the part's "in" holds a second lower-case "in", which as often opens
 * where the work was staged ("in X in Leeds") as it goes on the title, or a lower-case "and" and a
 * person's name ({@link fullNameAt}): the run goes on past the work.
 */
function goesOnPastTitle(words: readonly Word[], first: number, last: number): boolean {
  for (let j = first + 1; j < last; j++) {
    const w = words[j] as Word;
    if (w.capitalised) continue;
    if (w.lower === 'in' || (w.lower === 'and' && fullNameAt(words, j + 1, last))) return true;
  }
  return false;
}

/**
 * True for two capitalised words at word `k` that end the run, the first no connector or
 * article and neither a possessive: after "and" they are a name's shape, a person joined to the
 * part ("in X and Ann Vale"), while a title goes on with one word or an article ("Romeo and Juliet",
 * "Jack and the Beanstalk").
 */
function fullNameAt(words: readonly Word[], k: number, last: number): boolean {
  const a = words[k];
  const b = words[k + 1];
  return k + 1 === last && a !== undefined && b !== undefined && a.capitalised && b.capitalised && !TITLE_CONNECTORS.has(a.lower) && !a.possessive && !b.possessive;
}
