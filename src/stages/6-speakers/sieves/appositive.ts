/**
 * Sieve, in reports: after a quote that does not end its sentence, a description closing with a
 * name, an appositive between commas, then a speech verb ("“…,” the singer's son Arlo, 57, said",
 * "“…,” festival director Ines Moll, who founded it in 1998, told reporters"). The name that
 * closes the description is the speaker; a description with no name is left to the others.
 */
import { VERB_FILLERS } from '../../../data/speech-verbs';
import { firstAtOrAfter } from '../../../text/search';
import type { MarkedQuoteDraft, SpeakerDraft, Token } from '../../stage-types';
import { isSpeechVerb } from '../context';
import { closesSentence, describedPhrase, nameInPhrase } from '../phrases';
import type { Context } from '../types';

/** Adverbs and auxiliaries before the verb; not "was" / "is" ("X, 57, was told": the listener). */
const FILLERS: ReadonlySet<string> = new Set([...VERB_FILLERS].filter((w) => w !== 'was' && w !== 'is'));

/** Longest appositive between the name and its verb, in tokens. */
const MAX_APPOSITIVE = 12;

/** The speaker named before an appositive and a speech verb right after the quote, or null. */
export function byAppositive(ctx: Context, q: MarkedQuoteDraft): SpeakerDraft | null {
  if (closesSentence(ctx, q)) return null;
  const { tokens } = ctx.ann;
  let t = firstAtOrAfter(tokens, q.close.end);
  if (ctx.input.view.slice(q.close.end, tokens[t]?.start ?? q.close.end).trim() !== '') return null;
  if (tokens[t]?.normal === ',') t++;
  const phrase = describedPhrase(ctx, t);
  // The description stops at its own comma: "Stephen, 57," is the name, then the appositive.
  if (!phrase || tokens[phrase.end]?.normal !== ',') return null;
  const sentence = (tokens[t] as Token).sentence;
  for (let k = phrase.end + 1; k < tokens.length && k - phrase.end <= MAX_APPOSITIVE; k++) {
    const w = tokens[k] as Token;
    // Another quote or another sentence before the verb: not this quote's attribution.
    if (w.sentence !== sentence || w.start >= (ctx.quotes[firstAtOrAfter(ctx.quotes, q.end)]?.start ?? Infinity)) return null;
    if (w.normal !== ',') continue;
    let v = k + 1;
    while (v < tokens.length && v - k <= 2 && FILLERS.has((tokens[v] as Token).normal)) v++;
    if (!isSpeechVerb(tokens[v]?.normal ?? '')) return null;
    return nameInPhrase(ctx, phrase);
  }
  return null;
}
