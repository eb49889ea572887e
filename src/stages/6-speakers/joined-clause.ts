/** "X said: “…” but Y was not sure": the clause joined after a quote, with a subject of its own. */
import { firstAtOrAfter } from '../../text/search';
import type { QuoteDraft, Token } from '../stage-types';
import type { Context, JoinedClauses } from './types';

/** Words joining a clause of its own after a quote ("… “…” but Vance was not sure"). */
const CLAUSE_JOINERS: ReadonlySet<string> = new Set(['and', 'but']);

/**
 * Parts of speech a joined clause's subject opens with ("but Vance was", "and she said", "and the
 * studio agreed"); not a verb ("and added", the same subject going on) nor a quote mark ("X said
 * “A” and “B”", two quotes of one speaker).
 */
const SUBJECT_POS: ReadonlySet<string> = new Set(['PROPN', 'PRON', 'DET', 'NOUN', 'ADJ', 'NUM']);

/** Per quote, the clause joined right after it and the last quote so far with one (see {@link JoinedClauses}). */
function joinedClauses(ctx: Context): JoinedClauses {
  if (ctx.joined) return ctx.joined;
  const { tokens } = ctx.ann;
  const { quotes } = ctx;
  const token = new Int32Array(quotes.length).fill(-1);
  const lastAt = new Int32Array(quotes.length).fill(-1);
  let last = -1;
  for (let i = 0; i < quotes.length; i++) {
    const p = quotes[i] as QuoteDraft;
    // Only a speech quote a colon brings in: a fragment inside a reported clause ("X said Y had
    // “…” and she was “…”") goes on with the report.
    if (p.kind === 'speech' && p.close.end !== p.close.start && tokens[firstAtOrAfter(tokens, p.open.start) - 1]?.normal === ':') {
      let k = firstAtOrAfter(tokens, p.close.end);
      if (tokens[k]?.normal === ',') k++;
      const joiner = tokens[k];
      const next = tokens[k + 1];
      if (joiner && next && CLAUSE_JOINERS.has(joiner.normal) && SUBJECT_POS.has(next.pos)) {
        token[i] = k + 1;
        last = i;
      }
    }
    lastAt[i] = last;
  }
  ctx.joined = { token, lastAt };
  return ctx.joined;
}

/**
 * The token opening the last clause joined by "and" / "but" right after the close of a speech
 * quote a colon brings in, the quote starting between offsets `from` and `to` ("Marek said: “…”
 * and Vance was quick to agree"), when that clause opens before `to` with a subject of its own;
 * else -1. The speech verb before such a quote had its words there: what follows the clause is not
 * that verb's. Read from a table made once per text, so a sentence of many quotes asked about at
 * each of them costs no walk over the ones before.
 */
export function joinedClauseStart(ctx: Context, from: number, to: number): number {
  const { tokens } = ctx.ann;
  const { token, lastAt } = joinedClauses(ctx);
  // The last quote starting before `to`, then back over those whose joined clause runs past `to`
  // (only quotes holding `to` itself can: each clause opens right after its quote's close).
  let i = firstAtOrAfter(ctx.quotes, to) - 1;
  while (i >= 0) {
    const j = lastAt[i] as number;
    if (j < 0 || (ctx.quotes[j] as QuoteDraft).start < from) return -1;
    const k = token[j] as number;
    if ((tokens[k] as Token).end <= to) return k;
    i = j - 1;
  }
  return -1;
}
