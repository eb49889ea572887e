/**
 * A quote after a denied speech verb ("Okafor never says “I forgive you”", "Never did Ruth say
 * “sorry”", "he didn't say “goodbye”"): the text says who did not say the words, not who did.
 */
import { SPEECH_DENIALS } from '../../data/speaker-words';
import { firstAtOrAfter } from '../../text/search';
import type { MarkedQuoteDraft, Token } from '../stage-types';
import { lastVerbs } from './context';
import type { Context } from './types';

/** Most tokens between the denied verb and the quote's mark ("never said to her, “…”"). */
const MAX_VERB_GAP = 4;

/**
 * Most tokens read back from the verb for the denial ("never did Ruth Okafor say", "couldn't have
 * said"); another verb on the way ends the reading, as the denial is then that verb's ("could not
 * resist and said").
 */
const MAX_DENIAL_REACH = 4;

/** True when the last speech verb before the quote, close to it in its sentence, is denied just before. */
export function unsaid(ctx: Context, q: MarkedQuoteDraft): boolean {
  const { tokens } = ctx.ann;
  const at = firstAtOrAfter(tokens, q.open.start);
  const mark = tokens[at];
  if (!mark || at === 0) return false;
  const v = lastVerbs(ctx)[at - 1] as number;
  const verb = tokens[v];
  if (v < 0 || !verb || verb.sentence !== mark.sentence || at - v > MAX_VERB_GAP + 1) return false;
  for (let k = v - 1; k >= 0 && v - k <= MAX_DENIAL_REACH; k--) {
    const w = tokens[k] as Token;
    if (w.sentence !== verb.sentence || w.type === 'punctuation' || w.pos === 'VERB') return false;
    if (SPEECH_DENIALS.has(w.normal)) return true;
  }
  return false;
}
