/**
 * Sieve: a quote whose speaker is named as the agent after it, with no speech verb of their own
 * ("“…,” was the reply from X", "“…,” came the answer from X", "“…”, as told by X", "“…”, in the
 * words of X", "was called the “…” by X"). The name must close the phrase, as after a speech verb: an outlet or a
 * description alone ("was the reply from his agent") is nobody.
 */
import { POSSESSIVE_DETERMINERS } from '../../../data/name-cue-words';
import { ARTICLES } from '../../../data/work-cues';
import { firstAtOrAfter } from '../../../text/search';
import type { MarkedQuoteDraft, SpeakerDraft, Token } from '../../stage-types';
import { describedPhrase, nameInPhrase } from '../phrases';
import type { Context } from '../types';

/** "was" / "came" before the noun of a reply ("was the reply from X"). */
const AGENT_VERBS: ReadonlySet<string> = new Set(['was', 'were', 'came', 'comes', 'is']);

/** Nouns for what someone said, named before its speaker. */
const REPLY_NOUNS: ReadonlySet<string> = new Set(['reply', 'response', 'answer', 'retort', 'verdict', 'words', 'comment', 'message', 'explanation', 'reaction']);

/** "as told by X", "as put by X", "as written by X". */
const AS_VERBS: ReadonlySet<string> = new Set(['told', 'put', 'written', 'said', 'explained', 'described']);

/** The token right after a quote's closing mark and an optional comma, or -1 when the sentence goes on otherwise. */
function afterQuote(ctx: Context, q: MarkedQuoteDraft): number {
  const { tokens } = ctx.ann;
  let t = firstAtOrAfter(tokens, q.close.end);
  // Only spaces may stand between the mark and the attribution.
  const gap = ctx.input.view.slice(q.close.end, tokens[t]?.start ?? q.close.end);
  if (gap.trim() !== '') return -1;
  if (tokens[t]?.normal === ',') t++;
  return t < tokens.length ? t : -1;
}

/** The token where the agent's phrase starts, after one of the agent shapes, or -1. */
function agentStart(tokens: readonly Token[], t: number): number {
  const w = (k: number): string => tokens[k]?.normal ?? '';
  const sentence = tokens[t]?.sentence;
  const same = (k: number): boolean => tokens[k]?.sentence === sentence;
  // "was the reply from", "came the answer from", "were the words of"
  if (AGENT_VERBS.has(w(t)) && w(t + 1) === 'the' && REPLY_NOUNS.has(w(t + 2)) && (w(t + 3) === 'from' || w(t + 3) === 'of') && same(t + 4)) return t + 4;
  // "as told by", "as put by"
  if (w(t) === 'as' && AS_VERBS.has(w(t + 1)) && w(t + 2) === 'by' && same(t + 3)) return t + 3;
  // "in the words of"
  if (w(t) === 'in' && w(t + 1) === 'the' && w(t + 2) === 'words' && w(t + 3) === 'of' && same(t + 4)) return t + 4;
  return -1;
}

/** Verbs that, made passive, hold up someone's words about the subject ("was called “…” by X"). */
const LABEL_VERBS: ReadonlySet<string> = new Set(['called', 'described', 'dubbed', 'labelled', 'labeled', 'branded', 'hailed', 'named']);

/** Forms of "be" that make a labelling verb passive. */
const BE: ReadonlySet<string> = new Set(['was', 'were', 'is', 'are', 'been', 'being']);

/** Tokens read back from a quote for a passive labelling verb ("was called the “…”"). */
const PASSIVE_WINDOW = 4;

/** True when a passive labelling verb stands a few tokens before the quote in its sentence. */
function passiveBefore(ctx: Context, q: MarkedQuoteDraft): boolean {
  const { tokens } = ctx.ann;
  const at = firstAtOrAfter(tokens, q.open.start);
  const sentence = tokens[at]?.sentence;
  for (let k = at - 1; k >= 1 && at - k <= PASSIVE_WINDOW && tokens[k]?.sentence === sentence; k--) {
    if (LABEL_VERBS.has((tokens[k] as Token).normal)) return BE.has((tokens[k - 1] as Token).normal);
  }
  return false;
}


/** Tokens read back from a quote for "described by X as". */
const AGENT_BEFORE_WINDOW = 8;

/**
 * "a sapphire described by Sharon as “…”": a labelling verb, "by", the agent's phrase, then "as"
 * (and an article) right before the quote; the phrase's name, or null.
 */
function agentBefore(ctx: Context, q: MarkedQuoteDraft): SpeakerDraft | null {
  const { tokens } = ctx.ann;
  const at = firstAtOrAfter(tokens, q.open.start);
  let as = at - 1;
  if (ARTICLES.has(tokens[as]?.normal ?? '')) as--;
  if (tokens[as]?.normal !== 'as') return null;
  const sentence = tokens[at]?.sentence;
  for (let k = as - 2; k >= 1 && as - k <= AGENT_BEFORE_WINDOW && tokens[k]?.sentence === sentence; k--) {
    if (tokens[k]?.normal !== 'by' || !LABEL_VERBS.has((tokens[k - 1] as Token).normal)) continue;
    let from = k + 1;
    if (POSSESSIVE_DETERMINERS.has(tokens[from]?.normal ?? '')) from++;
    const phrase = describedPhrase(ctx, from);
    // The phrase must run up to the "as": "described by Sharon as", not "by Sharon's friend as".
    return phrase && phrase.end === as ? nameInPhrase(ctx, phrase) : null;
  }
  return null;
}


/** The person named as the agent right after the quote, or before it with "as", or null. */
export function byAgent(ctx: Context, q: MarkedQuoteDraft): SpeakerDraft | null {
  const before = agentBefore(ctx, q);
  if (before) return before;
  const t = afterQuote(ctx, q);
  if (t < 0) return null;
  // "he was called the “fifth child” by the film's director X": the agent of the passive.
  const by = ctx.ann.tokens[t]?.normal === 'by' && passiveBefore(ctx, q) ? t + 1 : -1;
  let from = by >= 0 ? by : agentStart(ctx.ann.tokens, t);
  if (from < 0) return null;
  // "by his friend and fellow broadcaster X": the possessive opens a description of X himself.
  if (POSSESSIVE_DETERMINERS.has(ctx.ann.tokens[from]?.normal ?? '')) from++;
  const phrase = describedPhrase(ctx, from);
  return phrase ? nameInPhrase(ctx, phrase) : null;
}
