/**
 * The names a text calls a band. News of music writes a band's name where it writes a work's
 * ("Rivermouth star Jo Kay", "the Rivermouth tour"); a band noun or a member's noun next to the
 * name anywhere in the text says it is a band there, so no work anywhere in it.
 */
import { RECORD_NOUNS } from '../../data/work-record-cues';
import { BAND_NOUNS, BAND_ONLY_MEMBER_NOUNS, BAND_PAST_MEMBER_WORDS, BAND_POSSESSIVE_MEMBER_NOUNS, BAND_STAR_NOUNS } from '../../data/work-cues';
import type { Run } from '../../text/runs';
import { isSpacedLower } from '../../text/spaced-lower';
import type { Word } from '../../text/words';
import type { WorksContext } from './context';

/** A title's key without a leading `the`, so `The Stones` and `Stones` match. */
export const bandKey = (key: string): string => (key.startsWith('the ') ? key.slice(4) : key);

/** True when a word of past membership stands right before the run's first word ("former X"). */
const pastMember = (before: Word | undefined, first: Word): boolean => !!before && !before.capitalised && first.spaceBefore && BAND_PAST_MEMBER_WORDS.has(before.lower);

/** True when a record noun stands right before the run ("the album X"): a band's own title there. */
function afterRecordNoun(ctx: WorksContext, run: Run): boolean {
  const first = ctx.words[run.first] as Word;
  const before = ctx.words[run.first - 1];
  return !!before && !before.capitalised && first.spaceBefore && RECORD_NOUNS.has(before.lower);
}

/**
 * True when a band noun or a band member's noun stands by the run: right before it ("pop group
 * X", "the band X"), right after it ("X frontman", "the X band"), after its possessive ("X's
 * singer") or before `of` and the run ("the drummer of X"); or a star noun after it ("X star Y")
 * where a word of past membership stands before it ("former X star") or the text is about music.
 */
function calledBand(ctx: WorksContext, run: Run): boolean {
  const { words } = ctx;
  const last = words[run.last] as Word;
  const next = words[run.last + 1];
  if (isSpacedLower(next)) {
    if (last.possessive ? BAND_ONLY_MEMBER_NOUNS.has(next.lower) || BAND_POSSESSIVE_MEMBER_NOUNS.has(next.lower) || BAND_NOUNS.has(next.lower) : BAND_ONLY_MEMBER_NOUNS.has(next.lower) || BAND_NOUNS.has(next.lower)) return true;
  }
  const first = words[run.first] as Word;
  const before = words[run.first - 1];
  if (isSpacedLower(next) && !last.possessive && BAND_STAR_NOUNS.has(next.lower) && (pastMember(before, first) || ctx.aboutMusic())) return true;
  if (!before || before.capitalised || !first.spaceBefore || before.possessive) return false;
  if (BAND_NOUNS.has(before.lower)) return true;
  const noun = words[run.first - 2];
  return before.lower === 'of' && !!noun && !noun.capitalised && before.spaceBefore && (BAND_ONLY_MEMBER_NOUNS.has(noun.lower) || BAND_POSSESSIVE_MEMBER_NOUNS.has(noun.lower));
}

/**
 * The keys ({@link bandKey}) of the runs the text calls a band anywhere: one walk over the runs. A
 * name a record noun stands right before somewhere is kept out: a band's self-titled album is a work
 * ("the album X" where X is also the band).
 */
export function bandNames(ctx: WorksContext): Set<string> {
  const out = new Set<string>();
  const records = new Set<string>();
  for (const run of ctx.runs) {
    const key = bandKey(ctx.lower.slice(run.start, run.end));
    if (afterRecordNoun(ctx, run)) records.add(key);
    else if (calledBand(ctx, run)) out.add(key);
  }
  for (const key of records) out.delete(key);
  return out;
}
