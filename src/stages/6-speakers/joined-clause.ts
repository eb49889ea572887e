/** "X said: “…” but Y was not sure": the clause joined after a quote, with a subject of its own. */
import { firstAtOrAfter } from '../../text/search';
import type { QuoteDraft } from '../stage-types';
import type { Context } from './types';

/** Words joining a clause of its own after a quote ("… “…” but Vance was not sure"). */
const CLAUSE_JOINERS: ReadonlySet<string> = new Set(['and', 'but']);

/**
 * Parts of speech a joined clause's subject opens with ("but Vance was", "and she said", "and the
 * studio agreed"); not a verb ("and added", the same subject going on) nor a quote mark ("X said
 * “A” and “B”", two quotes of one speaker).
 */
const SUBJECT_POS: ReadonlySet<string> = new Set(['PROPN', 'PRON', 'DET', 'NOUN', 'ADJ', 'NUM']);

/**
 * The token opening the last clause joined by "and" / "but" right after the close of a speech
 * quote a colon brings in, lying between offsets `from` and `to` ("Marek said: “…” and Vance was
 * quick to agree"), when that clause opens before `to` with a subject of its own; else -1. The
 * speech verb before such a quote had its words there: what follows the clause is not that verb's.
 */
export function joinedClauseStart(ctx: Context, from: number, to: number): number {
  const { tokens } = ctx.ann;
  let found = -1;
  for (let i = firstAtOrAfter(ctx.quotes, from); i < ctx.quotes.length; i++) {
    const p = ctx.quotes[i] as QuoteDraft;
    if (p.start >= to) break;
    if (p.kind !== 'speech' || p.close.end === p.close.start) continue;
    // Only a quote a colon brings in: a fragment inside a reported clause ("X said Y had “…” and
    // she was “…”") goes on with the report.
    if (tokens[firstAtOrAfter(tokens, p.open.start) - 1]?.normal !== ':') continue;
    let k = firstAtOrAfter(tokens, p.close.end);
    if (tokens[k]?.normal === ',') k++;
    const joiner = tokens[k];
    const next = tokens[k + 1];
    if (joiner && next && CLAUSE_JOINERS.has(joiner.normal) && next.end <= to && SUBJECT_POS.has(next.pos)) found = k + 1;
  }
  return found;
}
