/**
 * Sieve, in reports: a quote opening a sentence right after one whose subject is "he" or "she"
 * and whose verb speaks or remembers ("She remembered the first night. “…”"): the person that
 * pronoun means, found as "she said" would be.
 */
import { SPEAKER_PRONOUNS, VERB_FILLERS } from '../../../data/speech-verbs';
import { firstAtOrAfter } from '../../../text/search';
import type { MarkedQuoteDraft, SpeakerDraft } from '../../stage-types';
import { isSpeechVerb, tok } from '../context';
import { pastSentenceLink } from '../described';
import { pronounReferent } from '../pronoun';
import { subjectOf } from '../subject';
import { possessive } from '../subject-shapes';
import type { Context, Mention } from '../types';
import { PRIOR_SENTENCE_VERBS, sentenceBefore } from './prior-sentence';

/** Most auxiliaries and adverbs between the pronoun and its verb ("she has since recalled"). */
const MAX_FILLERS = 2;

/**
 * 5b. "She remembered the night. “…”": outside dialogue-heavy fiction, a quote opening a sentence
 * right after one that opens with "he" / "she" and a verb of speech or remembering, with no name
 * and no quote in it (a name there may be the one meant), is the person the pronoun means; the
 * sentence may close the paragraph before when its verb is one of speech. Null when that person
 * is unclear.
 */
export function byPriorPronoun(ctx: Context, q: MarkedQuoteDraft, previous: MarkedQuoteDraft | null): SpeakerDraft | null {
  const before = sentenceBefore(ctx, q, previous);
  if (!before) return null;
  const { endTok, startAt, end } = before;
  const { tokens } = ctx.ann;
  // "But she remembered …", "Later, he recalled …": a linking word before the pronoun.
  const open = pastSentenceLink(ctx, before.open);
  const pronoun = tokens[open];
  if (!pronoun || !SPEAKER_PRONOUNS.has(pronoun.normal) || open >= endTok) return null;
  let v = open + 1;
  while (v < endTok && v - open <= MAX_FILLERS && VERB_FILLERS.has(tok(ctx, v).normal)) v++;
  if (!PRIOR_SENTENCE_VERBS.has(tok(ctx, v).normal)) return null;
  // Across a paragraph break only what a verb of speech reported goes on in the quote ("She said
  // the shoot was hard." ¶ "“…”"), as after a name (the prior-sentence sieve); a memory does not.
  if (before.crossed && !isSpeechVerb(tok(ctx, v).normal)) return null;
  // No name in the sentence: "She thanked Ilse Brandt. “…”" could be either woman's words. A
  // name that owns a thing ("he believes Moore's film …") names no one who acts in it.
  for (let k = firstAtOrAfter(ctx.mentions, startAt); k < ctx.mentions.length; k++) {
    const m = ctx.mentions[k] as Mention;
    if (m.start >= end) break;
    if (!possessive(ctx, m)) return null;
  }
  const found = pronounReferent(ctx, pronoun.start, pronoun.normal, subjectOf);
  return found ? { ...found, via: 'context' } : null;
}
