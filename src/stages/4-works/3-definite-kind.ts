/**
 * Pass 3, a kind of work in a definite phrase ("the bleak comedy X,", "her latest thriller X.",
 * "Ann Lee's sequel X"): the phrase names one work, so a title-case run that closes it, with
 * punctuation right after, is its title even when shaped like a person's name. A person after a
 * kind goes on into a clause ("the comedy Ann Lee wrote") or is named by surname elsewhere.
 */
import { DEFINITE_KIND_GAP, DEFINITE_KIND_LEADS } from '../../data/work-cues';
import type { Run } from '../../text/runs';
import type { Word } from '../../text/words';
import type { WorksContext } from './context';
import { endsPhrase } from './shapes';

/**
 * wink's tags of the describing words between the lead and the kind ("the dark comedy", "her second
 * thriller", "the fairy tale", "the spy thriller"): a noun before the kind makes a compound kind.
 */
const DESCRIBING_TAGS: ReadonlySet<string> = new Set(['ADJ', 'NUM', 'NOUN']);

/**
 * True when the kind of work at word `cue` heads a definite phrase and `run` after it closes the
 * phrase: "the", a possessive determiner or a possessive name, up to {@link DEFINITE_KIND_GAP}
 * lower-case describing words or nouns of a compound kind, the kind, then the run with punctuation right after it; the run's
 * last word is never written alone in the text, as a person's surname is.
 *
 * @param ctx - The works context.
 * @param cue - Index of the kind of work.
 * @param run - The title-case run right after it.
 */
export function definiteKindTitle(ctx: WorksContext, cue: number, run: Run): boolean {
  const { words } = ctx;
  if (!endsPhrase(words, run) || ctx.standsAlone((words[run.last] as Word).lower)) return false;
  for (let k = cue - 1; k >= 0 && k >= cue - 1 - DEFINITE_KIND_GAP; k--) {
    const w = words[k] as Word;
    if (w.possessive || (!w.capitalised && DEFINITE_KIND_LEADS.has(w.lower))) return true;
    if (w.capitalised || !DESCRIBING_TAGS.has(ctx.posAt(w.start))) return false;
  }
  return false;
}
