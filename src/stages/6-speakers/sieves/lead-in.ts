/** Sieve: a paragraph-opening quote after a lead-in that ends with a speech verb and a colon. */
import { firstAtOrAfter } from '../../../text/search';
import type { MarkedQuoteDraft, SpeakerDraft, Token } from '../../stage-types';
import { isSpeechVerb } from '../context';
import { subjectOf } from '../subject';
import type { Context } from '../types';

/** 3b. A quote that opens its paragraph after one ending "Matthew said:" or "He added:". */
export function byLeadIn(ctx: Context, q: MarkedQuoteDraft): SpeakerDraft | null {
  const { tokens } = ctx.ann;
  const first = firstAtOrAfter(tokens, q.open.start);
  const colon = tokens[first - 1];
  if (!colon || colon.value !== ':' || ctx.input.view.slice(colon.end, q.open.start).indexOf('\n') < 0) return null;
  for (let t = first - 2; t >= 0 && t >= first - 4; t--) {
    if (isSpeechVerb((tokens[t] as Token).normal)) return subjectOf(ctx, t, q.start);
  }
  return null;
}

