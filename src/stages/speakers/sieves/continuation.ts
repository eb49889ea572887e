/**
 * Sieve: a quote going on from the one before. A later quote in the same sentence as an attributed
 * one, right after it with only the attribution between ("“A,” returned Marilla. “B”"), or with
 * nothing but spaces and punctuation between in one paragraph, shares its speaker (`context`).
 */
import { SPEAKER_PRONOUNS } from '../../../data/speech-verbs';
import { isUpper } from '../../../text/chars';
import { firstAtOrAfter } from '../../../text/search';
import type { QuoteDraft, SpeakerDraft, Token } from '../../stage-types';
import { isSpeechVerb, type Context } from '../context';
import { PERSON_NOUNS } from '../described';
import type { QuoteAt } from '../index';

/** The speaker of the speech quote before, when this one goes on from it. */
export function byContinuation(ctx: Context, { quote, sentence, block, previous }: QuoteAt): SpeakerDraft | null {
  const { speaker, quote: before } = previous;
  if (!speaker || !before) return null;
  const goesOn = previous.sentence === sentence || (previous.block === block && (onlyAttribution(ctx, before, quote) || nothingBetween(ctx, before, quote)));
  return goesOn ? { ...speaker, via: 'context' } : null;
}

/** Longest stretch between two quotes that can be only an attribution ("returned Marilla."). */
const MAX_ATTRIBUTION = 80;

/** True when the text between two quotes is a short attribution and no second sentence. */
export function onlyAttribution(ctx: Context, before: QuoteDraft, q: QuoteDraft): boolean {
  const between = ctx.input.view.slice(before.close.end, q.open.start);
  if (between.length > MAX_ATTRIBUTION) return false;
  const ends = between.match(/[.!?](?=\s|$)/g)?.length ?? 0;
  // "returned Marilla. “B”": after the attribution's full stop, nothing but the next quote.
  const stop = between.search(/[.!?](?=\s|$)/);
  if (stop >= 0 && /\p{L}/u.test(between.slice(stop))) return false;
  return ends <= 1 && /\p{L}/u.test(between) === true && hasSpeechVerb(ctx, before.close.end, q.open.start) && namesSpeaker(ctx, before.close.end, q.open.start);
}

/**
 * True when a name, a proper noun, "I", "he" / "she" or a noun for a person ("the director")
 * stands between two offsets: an attribution names its speaker ("returned Marilla"); "later being
 * described as" does not.
 */
function namesSpeaker(ctx: Context, start: number, end: number): boolean {
  const m = ctx.mentions[firstAtOrAfter(ctx.mentions, start)];
  if (m && m.end <= end) return true;
  const { tokens } = ctx.ann;
  for (let t = firstAtOrAfter(tokens, start); t < tokens.length && (tokens[t] as Token).start < end; t++) {
    const k = tokens[t] as Token;
    if (SPEAKER_PRONOUNS.has(k.normal) || k.normal === 'i' || (k.pos === 'PROPN' && isUpper(k.value[0])) || PERSON_NOUNS.has(k.normal)) return true;
  }
  return false;
}

/**
 * True when only white space and punctuation stand between two quotes of one paragraph
 * (`He said: "A." "B."`): the second goes on with the first's words; a name or a verb between
 * would make it someone else's.
 */
export function nothingBetween(ctx: Context, before: QuoteDraft, q: QuoteDraft): boolean {
  const between = ctx.input.view.slice(before.close.end, q.open.start);
  return between.length <= MAX_ATTRIBUTION && !/[\p{L}\p{N}]/u.test(between);
}

/** True when a speech verb stands between two offsets. */
function hasSpeechVerb(ctx: Context, start: number, end: number): boolean {
  const { tokens } = ctx.ann;
  for (let t = firstAtOrAfter(tokens, start); t < tokens.length && (tokens[t] as Token).start < end; t++) {
    if (isSpeechVerb((tokens[t] as Token).normal)) return true;
  }
  return false;
}
