/**
 * The sums over stretches: turns the per-sentence and per-hit data of stage 7 into the sentiment
 * of a section, a character's sentences or a quote. Pure: reads {@link SentimentData} only.
 *
 * A stretch scores the weighted mean over its scored sentences only, so a long section is not
 * dragged to zero by neutral sentences. A sentence weighs the square root of its hit count (many
 * opinion words say more than one, not proportionally more) times its emphasis (a heading, a
 * verdict); in a stretch of {@link PLOT_MIN_SENTENCES} scored sentences or more, one that reads as
 * plot description counts {@link PLOT_SENTENCE_WEIGHT}, in the whole document
 * {@link PLOT_DOCUMENT_WEIGHT}, and one that only reports others' view of the work
 * {@link OTHERS_VIEW_WEIGHT}.
 */
import { CONTRAST_AFTER, CONTRAST_BEFORE, OTHERS_VIEW_WEIGHT, PLOT_DOCUMENT_WEIGHT, PLOT_MIN_SENTENCES, PLOT_SENTENCE_WEIGHT } from '../../data/sentiment-rules';
import type { Sentiment, Span } from '../../types';
import { containing, firstAtOrAfter, firstNumberAtOrAfter } from '../../text/search';
import { lean } from './hit-values';
import { round3 } from '../../text/round3';
import { sentimentOf } from './label';
import { leanedSentiment, middling } from './rated';
import type { ScoredHit, SentenceScore, SentimentData, StretchReading } from './types';

/** One scored piece of a stretch: a sentence or a hit. */
interface Scored {
  /** Sum of its hits, negative ones leaned. */
  leaned: number;
  /** Number of hits (≥ 1). */
  count: number;
  /** What it weighs in the score. */
  weight: number;
  /** What its writer's own praise or blame weighs. */
  stress: number;
  /** Sum and number of its hits outside quoted speech. */
  writer: number;
  writerCount: number;
  /** Sum and number of its writer's hits in a conceded clause (see {@link SentenceScore.conceded}). */
  conceded: number;
  concededCount: number;
  /** True when it reads as plot description. */
  plot: boolean;
  /** True when it reports others' view of the work (see {@link SentenceScore.others}). */
  others: boolean;
}

/**
 * How a stretch is read: a `section` (or any part of the text) weighs its sentences and reads the
 * two sides of a judgement that turns inside a sentence; the whole `document` weighs plot
 * description less ({@link PLOT_DOCUMENT_WEIGHT}); `plain` (a character's sentences) counts every
 * sentence once.
 */
export type ReadingKind = 'section' | 'document' | 'plain';

/**
 * The means of the writer's own judgement in a scored piece: one, or, when `split` and the
 * judgement turns inside the sentence ("I loved the premise, but it drags a little"), two: its
 * conceded clause and the rest, each at its own strength with the contrast's weights taken off.
 * Only when the turn is no stronger than what it concedes: then it adds a reservation and both
 * sides stand; a stronger turn ("The first half is dull, but the ending is superb") settles the
 * judgement, and the sentence's mean, led by the clause after the turn, is what it says.
 */
function judgements(x: Scored, split: boolean): number[] {
  const mean = x.writer / x.writerCount;
  const asserted = x.writerCount - x.concededCount;
  if (!split || x.concededCount === 0 || asserted === 0) return [mean];
  const before = x.conceded / x.concededCount / CONTRAST_BEFORE;
  const after = (x.writer - x.conceded) / asserted / CONTRAST_AFTER;
  return Math.abs(after) <= Math.abs(before) ? [before, after] : [mean];
}

/**
 * `x` to three places, but never 0 when `x` is not: praise and blame that nearly cancel still lean
 * one way, and the sign is the stretch's verdict (a review of many opinions whose score rounds to 0
 * is no text without opinion). The smallest step of the rounding, 0.001, keeps that sign.
 */
function keepSign(x: number): number {
  const r = round3(x);
  return r === 0 && x !== 0 ? Math.sign(x) * 0.001 : r;
}

/**
 * A reading of the scored pieces of a stretch of `words` words: plot description weighs `plotWeight`,
 * and `split` reads a judgement that turns inside a sentence as its two sides ({@link judgements}).
 */
function readingOf(items: readonly Scored[], words: number, plotWeight: number, split: boolean): StretchReading {
  let sum = 0;
  let total = 0;
  let praise = 0;
  let blame = 0;
  let max = 0;
  let min = 0;
  let hits = 0;
  let sentences = 0;
  for (const x of items) {
    const root = Math.sqrt(x.count);
    const aside = items.length >= PLOT_MIN_SENTENCES;
    const w = x.plot && aside ? x.weight * (x.others ? OTHERS_VIEW_WEIGHT : plotWeight) : x.weight;
    sum += (x.leaned / root) * w;
    total += root * w;
    if (x.writerCount === 0) continue;
    hits += x.writerCount;
    sentences++;
    for (const mean of judgements(x, split)) {
      // Praise and blame weigh the writer's stress only, not the lower weight of a sentence holding
      // quoted speech: they hold the writer's own hits alone, so that weight would cut the writer's
      // words a second time while the quoted hits it is meant for weigh nothing here.
      if (mean > 0) praise += mean * x.stress;
      else blame -= mean * x.stress;
      max = Math.max(max, mean);
      min = Math.min(min, mean);
    }
  }
  const score = total > 0 ? keepSign(Math.max(-1, Math.min(1, sum / total))) : 0;
  return { score, hits, words, praise, blame, max, min, sentences };
}

/**
 * The reading of the sentences `ids`, as a stretch of the given {@link ReadingKind}. Read `plain`
 * (a character's sentences), every sentence counts once and none as plot description.
 */
export function readSentences(data: SentimentData, ids: readonly number[], kind: ReadingKind): StretchReading {
  const weighted = kind !== 'plain';
  const items: Scored[] = [];
  let words = 0;
  for (const s of ids) {
    const x = data.sentences[s] as SentenceScore;
    words += x.words;
    if (x.hits === 0) continue;
    items.push({ leaned: x.leaned, count: x.hits, weight: weighted ? x.weight : 1, stress: weighted ? x.stress : 1, writer: x.writer, writerCount: x.writerHits, conceded: x.conceded, concededCount: x.concededHits, plot: weighted && x.plot, others: weighted && x.others });
  }
  return readingOf(items, words, kind === 'document' ? PLOT_DOCUMENT_WEIGHT : PLOT_SENTENCE_WEIGHT, kind === 'section');
}

/** The sentences whose start lies inside any of the spans. */
export function sentencesOver(data: SentimentData, spans: readonly Span[]): number[] {
  const { sentences } = data;
  const out: number[] = [];
  for (const span of spans) for (let s = firstAtOrAfter(sentences, span.start); s < sentences.length && (sentences[s] as Span).start < span.end; s++) out.push(s);
  return out;
}

/**
 * Sentiment of the sentences whose start lies inside any of the spans (a section's heading and
 * paragraphs). A `lean` (-1..1) the section's heading gives it, a score of its part ("Sound:
 * 4/10") or a pole it names ("The bad"), decides its verdict as a rating decides the document's
 * ({@link leanedSentiment}); a {@link middling} one says neither side, and the section's words
 * decide: a part scored in the middle is as often blamed ("Characters - 5/10: where the show
 * suffers most") as weighed both ways.
 */
export function sentimentOver(data: SentimentData, spans: readonly Span[], lean: number | null = null): Sentiment {
  const reading = readSentences(data, sentencesOver(data, spans), 'section');
  return lean !== null && !middling(lean) ? leanedSentiment(reading, lean) : sentimentOf(reading);
}

/** Sentiment of the sentences that hold any of the spans, each once (a character's mentions). */
export function sentimentAround(data: SentimentData, spans: readonly Span[]): Sentiment {
  const seen = new Set<number>();
  for (const span of spans) {
    const s = containing(data.sentences, span.start);
    if (s >= 0) seen.add(s);
  }
  return sentimentOf(readSentences(data, [...seen], 'plain'));
}

/** Sentiment of the hits inside one span (a quote), each hit its own piece. */
export function sentimentInside(data: SentimentData, span: Span): Sentiment {
  const { hits, wordStarts } = data;
  const items: Scored[] = [];
  for (let i = firstAtOrAfter(hits, span.start); i < hits.length && (hits[i] as ScoredHit).start < span.end; i++) {
    const h = hits[i] as ScoredHit;
    if (h.end > span.end) continue;
    items.push({ leaned: lean(h.value), count: 1, weight: 1, stress: 1, writer: h.value, writerCount: 1, conceded: 0, concededCount: 0, plot: false, others: false });
  }
  const words = firstNumberAtOrAfter(wordStarts, span.end) - firstNumberAtOrAfter(wordStarts, span.start);
  return sentimentOf(readingOf(items, words, PLOT_SENTENCE_WEIGHT, false));
}
