/**
 * Stage 7: score sentiment.
 *
 * 1. Hits: wink's lexicon hits (words, phrases, emoji, emoticons), negation applied; hits inside a
 *    work's title are dropped, so "All of Us Are Dead" moves nothing. Offsets stay untouched.
 * 2. Sentence score: the mean of its hits (wink's own rule); a sentence without hits has no score.
 * 3. A stretch (section, document, quote, character): the mean over its scored sentences only, so a
 *    long section is not dragged to zero by neutral sentences. A heading is a sentence of its section.
 * 4. Label: `mixed` when the stretch holds a sentence at or above +{@link STRONG} and one at or below
 *    -{@link STRONG} and the mean is within ±{@link MIXED_BAND}; else `positive` above +{@link NEUTRAL_BAND},
 *    `negative` below -{@link NEUTRAL_BAND}, otherwise `neutral`.
 */
import type { Sentiment, SentimentLabel, Span } from '../types';
import { containing, firstAtOrAfter } from '../text/search';
import type { Annotation, SentimentHit, WorkDraft } from './stage-types';

/** Scores within ±NEUTRAL_BAND are `neutral`. */
export const NEUTRAL_BAND = 0.05;
/** A sentence scoring at least this (either sign) is strong. */
export const STRONG = 0.4;
/** Strong sentences of both signs with a mean inside ±MIXED_BAND make `mixed`. */
export const MIXED_BAND = 0.25;

/** Per-sentence scores (NaN for a sentence with no hits) and a way to score any stretch. */
export interface SentimentScorer {
  /** Score of each sentence of the annotation; NaN where it has no hits. */
  sentenceScores: Float64Array;
  /** Sentiment of the sentences whose start lies inside any of the spans. */
  over(spans: readonly Span[]): Sentiment;
  /** Sentiment of the sentences that hold any of the spans (for characters' mentions). */
  around(spans: readonly Span[]): Sentiment;
  /** Sentiment of the hits inside one span (for quotes). */
  inside(span: Span): Sentiment;
}

/** Turns a score and its strongest sentences into a label. */
export function labelOf(score: number, strongest: { max: number; min: number }): SentimentLabel {
  if (strongest.max >= STRONG && strongest.min <= -STRONG && Math.abs(score) <= MIXED_BAND) return 'mixed';
  if (score > NEUTRAL_BAND) return 'positive';
  if (score < -NEUTRAL_BAND) return 'negative';
  return 'neutral';
}

const round = (x: number): number => Math.round(x * 1000) / 1000;
const clamp = (x: number): number => Math.max(-1, Math.min(1, x));

function sentimentOf(scores: readonly number[]): Sentiment {
  if (scores.length === 0) return { score: 0, label: 'neutral' };
  const mean = scores.reduce((a, b) => a + b, 0) / scores.length;
  const score = round(clamp(mean));
  return { score, label: labelOf(score, { max: Math.max(...scores), min: Math.min(...scores) }) };
}

const signed = (h: SentimentHit): number => (h.negated ? -h.score : h.score);

/** Stage 7: masks work titles and builds the scorer the assembler asks for each stretch. */
export function scoreSentiment(ann: Annotation, works: readonly WorkDraft[]): SentimentScorer {
  const masked: Span[] = works.flatMap((w) => w.mentions).sort((a, b) => a.start - b.start);
  const inWork = (h: SentimentHit): boolean => {
    const i = firstAtOrAfter(masked, h.end) - 1;
    for (let k = i; k >= 0; k--) {
      const m = masked[k] as Span;
      if (m.end <= h.start) return false;
      if (m.start < h.end) return true;
    }
    return false;
  };
  const hits = ann.hits.filter((h) => !inWork(h));

  const sums = new Float64Array(ann.sentences.length);
  const counts = new Int32Array(ann.sentences.length);
  for (const h of hits) {
    const s = ann.tokens[h.firstToken]?.sentence ?? -1;
    if (s < 0) continue;
    sums[s] = (sums[s] ?? 0) + signed(h);
    counts[s] = (counts[s] ?? 0) + 1;
  }
  const sentenceScores = new Float64Array(ann.sentences.length);
  for (let s = 0; s < sentenceScores.length; s++) {
    const c = counts[s] ?? 0;
    sentenceScores[s] = c === 0 ? Number.NaN : (sums[s] ?? 0) / c;
  }

  return {
    sentenceScores,
    over(spans) {
      const scores: number[] = [];
      for (const span of spans) {
        for (let s = firstAtOrAfter(ann.sentences, span.start); s < ann.sentences.length; s++) {
          if ((ann.sentences[s] as Span).start >= span.end) break;
          const v = sentenceScores[s] as number;
          if (!Number.isNaN(v)) scores.push(v);
        }
      }
      return sentimentOf(scores);
    },
    around(spans) {
      const seen = new Set<number>();
      const scores: number[] = [];
      for (const span of spans) {
        const s = containing(ann.sentences, span.start);
        if (s < 0 || seen.has(s)) continue;
        seen.add(s);
        const v = sentenceScores[s] as number;
        if (!Number.isNaN(v)) scores.push(v);
      }
      return sentimentOf(scores);
    },
    inside(span) {
      const inner: number[] = [];
      for (let i = firstAtOrAfter(hits, span.start); i < hits.length && (hits[i] as SentimentHit).start < span.end; i++) {
        const h = hits[i] as SentimentHit;
        if (h.end <= span.end) inner.push(signed(h));
      }
      if (inner.length === 0) return { score: 0, label: 'neutral' };
      return sentimentOf(inner);
    },
  };
}
