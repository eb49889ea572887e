/**
 * "“When is it coming?” Gail asked, to which he replied: “Not yet.”": an answer to a question is
 * someone else's words, so a speaker found by a pronoun or by the quotes around cannot be the one
 * who asked the question right before it.
 */
import { REPLY_VERBS, SPEAKER_PRONOUNS } from '../../data/speech-verbs';
import { firstAtOrAfter } from '../../text/search';
import type { MarkedQuoteDraft, SpeakerDraft } from '../stage-types';
import { isLyAdverb } from './phrases';
import type { Context } from './types';

/** Most tokens between a question and its answer: the attributions alone ("asked Jo. … he replied:"). */
const MAX_TOKENS_BETWEEN = 6;

/** Most tokens read after a quote for its verb of answering ("…,” he quietly replied"). */
const MAX_TOKENS_AFTER = 4;

/** True when two speakers are one person: the same entity, or the same name when either is unlisted. */
function samePerson(ctx: Context, a: SpeakerDraft, b: SpeakerDraft): boolean {
  if (a.entity !== null && b.entity !== null) return a.entity === b.entity;
  const view = ctx.input.view;
  return view.slice(a.span.start, a.span.end) === view.slice(b.span.start, b.span.end);
}

/**
 * True when `speaker` asked the question quoted right before `quote` in its paragraph (`asked`,
 * its quote and speaker), with no more than attributions between, and a pronoun with a verb of
 * answering introduces `quote`: between the two quotes, or in the few words right after `quote`.
 */
export function answersOwnQuestion(ctx: Context, quote: MarkedQuoteDraft, speaker: SpeakerDraft, asked: MarkedQuoteDraft | null, askedBy: SpeakerDraft | null): boolean {
  if (!asked || !askedBy || !samePerson(ctx, speaker, askedBy)) return false;
  const view = ctx.input.view;
  if (!/\?\s*$/.test(view.slice(asked.start, asked.end))) return false;
  // The question stands in the same paragraph as the answer.
  if (/\n\s*\n/.test(view.slice(asked.close.end, quote.open.start))) return false;
  const { tokens } = ctx.ann;
  // "he replied", "she quietly answered": the pronoun that gives the answer its speaker, then the verb.
  const isReply = (t: number): boolean =>
    REPLY_VERBS.has(tokens[t]?.normal ?? '') && (SPEAKER_PRONOUNS.has(tokens[t - 1]?.normal ?? '') || (isLyAdverb(tokens[t - 1]) && SPEAKER_PRONOUNS.has(tokens[t - 2]?.normal ?? '')));
  // Only the question's attribution and the answer's stand between: an answer right after it.
  const from = firstAtOrAfter(tokens, asked.close.end);
  const to = firstAtOrAfter(tokens, quote.open.start);
  if (to - from > MAX_TOKENS_BETWEEN) return false;
  for (let t = from; t < to; t++) {
    if (isReply(t)) return true;
  }
  const after = firstAtOrAfter(tokens, quote.close.end);
  for (let t = after; t < tokens.length && t - after < MAX_TOKENS_AFTER; t++) {
    if (isReply(t)) return true;
  }
  return false;
}
