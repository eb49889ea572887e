/**
 * Sieve, in reports: a quote after a colon whose sentence opens with a person ("Drummer Larry
 * Mullen Jr echoed those sentiments: “…”", "He apologised, joking: “…”"), or a quote followed in
 * its sentence by "according to" and a name ("…, according to Q magazine editor Paul Rees").
 */
import { firstAtOrAfter } from '../../../text/search';
import type { MarkedQuoteDraft, SpeakerDraft, Token } from '../../stage-types';
import { describedPhrase, nameInPhrase } from '../phrases';
import { sentenceSubject } from '../subject';
import type { Context } from '../types';

/** Possessive pronouns that may open the description after "according to". */
const POSSESSIVES: ReadonlySet<string> = new Set(['his', 'her', 'their', 'its']);

/** Tokens after a quote searched for "according to". */
const ACCORDING_WINDOW = 12;

/** The person of a colon introduction, or named after "according to". */
export function byColon(ctx: Context, q: MarkedQuoteDraft): SpeakerDraft | null {
  if (ctx.dialogueHeavy) return null;
  const { tokens, sentences } = ctx.ann;
  const at = firstAtOrAfter(tokens, q.open.start);
  const colon = tokens[at - 1];
  if (colon && colon.value === ':' && colon.end <= q.open.start) {
    const sentence = sentences[colon.sentence];
    return sentence ? sentenceSubject(ctx, sentence.firstToken, at - 1) : null;
  }
  const after = firstAtOrAfter(tokens, q.close.end);
  const sentence = tokens[after - 1]?.sentence;
  for (let t = after; t < tokens.length && t - after < ACCORDING_WINDOW; t++) {
    const k = tokens[t] as Token;
    if (k.sentence !== sentence) break;
    if (k.normal === 'according' && tokens[t + 1]?.normal === 'to') {
      // "according to their manager, X": the possessive opens the description.
      const from = POSSESSIVES.has(tokens[t + 2]?.normal ?? '') ? t + 3 : t + 2;
      const phrase = describedPhrase(ctx, from);
      return phrase ? nameInPhrase(ctx, phrase) : null;
    }
  }
  return null;
}
