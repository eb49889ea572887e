/**
 * The names a text calls a band. News of music writes a band's name where it writes a work's
 * ("Rivermouth star Jo Kay", "the Rivermouth tour"); a band noun or a member's noun next to the
 * name anywhere in the text says it is a band there, so no work anywhere in it.
 */
import { BAND_NOUNS, BAND_ONLY_MEMBER_NOUNS, BAND_POSSESSIVE_MEMBER_NOUNS } from '../../data/work-cues';
import type { Run } from '../../text/runs';
import type { Word } from '../../text/words';
import type { WorksContext } from './context';

/** A title's key without a leading `the`, so `The Stones` and `Stones` match. */
export const bandKey = (key: string): string => (key.startsWith('the ') ? key.slice(4) : key);

/** True when `w` is a lower-case word one space from the word before it. */
const plainNext = (w: Word | undefined): w is Word => !!w && !w.capitalised && w.spaceBefore;

/**
 * True when a band noun or a band member's noun stands by the run: right before it ("pop group
 * X", "the band X"), right after it ("X frontman", "the X band"), after its possessive ("X's
 * singer") or before `of` and the run ("the drummer of X").
 */
function calledBand(ctx: WorksContext, run: Run): boolean {
  const { words } = ctx;
  const last = words[run.last] as Word;
  const next = words[run.last + 1];
  if (plainNext(next)) {
    if (last.possessive ? BAND_ONLY_MEMBER_NOUNS.has(next.lower) || BAND_POSSESSIVE_MEMBER_NOUNS.has(next.lower) || BAND_NOUNS.has(next.lower) : BAND_ONLY_MEMBER_NOUNS.has(next.lower) || BAND_NOUNS.has(next.lower)) return true;
  }
  const first = words[run.first] as Word;
  const before = words[run.first - 1];
  if (!before || before.capitalised || !first.spaceBefore || before.possessive) return false;
  if (BAND_NOUNS.has(before.lower)) return true;
  const noun = words[run.first - 2];
  return before.lower === 'of' && !!noun && !noun.capitalised && before.spaceBefore && (BAND_ONLY_MEMBER_NOUNS.has(noun.lower) || BAND_POSSESSIVE_MEMBER_NOUNS.has(noun.lower));
}

/** The keys ({@link bandKey}) of the runs the text calls a band anywhere: one walk over the runs. */
export function bandNames(ctx: WorksContext): Set<string> {
  const out = new Set<string>();
  for (const run of ctx.runs) if (calledBand(ctx, run)) out.add(bandKey(ctx.lower.slice(run.start, run.end)));
  return out;
}
