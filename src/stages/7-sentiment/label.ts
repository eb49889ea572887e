/**
 * The label policy of a stretch and how sure it is: `neutral` when the stretch holds almost no
 * opinion, `mixed` when praise and blame are both strong and balanced, else the sign of the score.
 */
import {
  MIXED_DOCUMENT_MASS,
  MIXED_DOCUMENT_SCORE_BAND,
  MIXED_LONG_MASS,
  MIXED_LONG_PER_SENTENCE,
  MIXED_LONG_SCORE_BAND,
  MIXED_RATIO,
  MIXED_SHORT_SENTENCES,
  NEUTRAL_MAX_DENSITY,
  NEUTRAL_MAX_HITS,
  SURE_BALANCE_WEIGHT,
  SURE_INTERCEPT,
  SURE_SCORE_WEIGHT,
} from '../../data/sentiment-rules';
import { round3 } from '../../text/round3';
import type { Sentiment, SentimentLabel } from '../../types';
import type { StretchReading } from './types';

/** A sentence scoring at least this (either sign) is strong. */
export const STRONG = 0.5;

/** The logistic function. */
export const logistic = (z: number): number => 1 / (1 + Math.exp(-z));

/**
 * True when the stretch holds almost no opinion: one sentence at most with opinion words, a few
 * of them among many other words ("Yes, it took me two straight days to finish it").
 */
function littleOpinion(r: StretchReading): boolean {
  return r.sentences <= 1 && r.hits <= NEUTRAL_MAX_HITS && r.hits < NEUTRAL_MAX_DENSITY * r.words;
}

/** True when the stretch holds a sentence of at least {@link STRONG} praise and one of as strong blame. */
export const strongBothWays = (r: StretchReading): boolean => r.max >= STRONG && r.min <= -STRONG;

/**
 * True when praise and blame are both strong and balanced: a strong sentence of each sign, and
 * the smaller side at least {@link MIXED_RATIO} of the larger. A short stretch (at most
 * {@link MIXED_SHORT_SENTENCES} opinion sentences) needs no more; a longer one, where both signs
 * turn up in most reviews, needs each side to add up to {@link MIXED_LONG_MASS} and
 * {@link MIXED_LONG_PER_SENTENCE} per opinion sentence, and a score within
 * ±{@link MIXED_LONG_SCORE_BAND}; a whole document, {@link MIXED_DOCUMENT_MASS} and
 * ±{@link MIXED_DOCUMENT_SCORE_BAND}.
 */
function balanced(r: StretchReading, whole: boolean): boolean {
  if (!strongBothWays(r)) return false;
  const small = Math.min(r.praise, r.blame);
  if (small < MIXED_RATIO * Math.max(r.praise, r.blame)) return false;
  if (r.sentences <= MIXED_SHORT_SENTENCES) return true;
  const mass = whole ? MIXED_DOCUMENT_MASS : MIXED_LONG_MASS;
  const band = whole ? MIXED_DOCUMENT_SCORE_BAND : MIXED_LONG_SCORE_BAND;
  return small >= mass && small >= MIXED_LONG_PER_SENTENCE * r.sentences && Math.abs(r.score) <= band;
}

/**
 * The label policy: `neutral` when the stretch holds almost no opinion (a few opinion words
 * among many: a factual answer, a plot summary), `mixed` when praise and blame are both strong and
 * balanced (not whenever both appear: most reviews hold both), else the sign of the score.
 * `whole` is true for the whole document, which needs more of each side to be `mixed`.
 */
export function labelOf(r: StretchReading, whole: boolean): SentimentLabel {
  if (littleOpinion(r)) return 'neutral';
  if (balanced(r, whole)) return 'mixed';
  return r.score > 0 ? 'positive' : r.score < 0 ? 'negative' : 'neutral';
}

/** The smaller of the writer's praise and blame over the larger, 0..1 (0 when the stretch holds neither). */
export const balanceOf = (r: StretchReading): number => {
  const large = Math.max(r.praise, r.blame);
  return large > 0 ? Math.min(r.praise, r.blame) / large : 0;
};

/**
 * How sure a label is, 0..1. For `positive` and `negative`: the chance the sign is right, a
 * logistic curve in the size of the score and the balance of praise and blame
 * ({@link balanceOf}). For `neutral`: how far the stretch is from holding opinion (1 with
 * no opinion word). For `mixed`: how even praise and blame are.
 */
export function confidenceOf(label: SentimentLabel, r: StretchReading): number {
  if (label === 'neutral') return r.hits === 0 || r.words === 0 ? 1 : Math.max(0, 1 - r.hits / (NEUTRAL_MAX_DENSITY * r.words) / 2);
  if (label === 'mixed') return balanceOf(r);
  return logistic(SURE_INTERCEPT + SURE_SCORE_WEIGHT * Math.abs(r.score) + SURE_BALANCE_WEIGHT * balanceOf(r));
}

/** The sentiment of a reading (`whole`: of the whole document): its score, label and confidence. */
export function sentimentOf(r: StretchReading, whole = false): Sentiment {
  const label = labelOf(r, whole);
  return { score: r.score, label, confidence: round3(confidenceOf(label, r)) };
}
