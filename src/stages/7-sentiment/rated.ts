/**
 * A stretch the writer scored explicitly ("8/10" for the whole review, "Sound: 4/10" for a part):
 * the rating weighs {@link RATING_WEIGHT} against the words, and decides the sign of the verdict.
 */
import { MIDDLE_RATING_BAND, RATING_WEIGHT } from '../../data/sentiment-rules';
import type { Rating, Sentiment, SentimentLabel } from '../../types';
import { ratingScore } from '../7-rating';
import { confidenceOf, round } from './label';
import type { StretchReading } from './types';

/** The score of a rated stretch: the rating's score and the words' score, weighed. */
export const ratedScore = (reading: StretchReading, rating: Rating): number => round(RATING_WEIGHT * ratingScore(rating) + (1 - RATING_WEIGHT) * reading.score);

/**
 * True when a rating sits within {@link MIDDLE_RATING_BAND} of the middle of its scale ("5/10",
 * "2.5/5"): it comes down on neither side. Rounded first: 4.5/10 reads -0.09999… in floating
 * point, and is no middling rating.
 */
export const middling = (rating: Rating): boolean => Math.abs(round(ratingScore(rating))) < MIDDLE_RATING_BAND;

/**
 * The verdict of a stretch whose rating leans to a side: the sign of {@link ratedScore}, neither
 * `mixed` nor `neutral` (the writer said which way they lean), sure as a reading of that score.
 */
export function ratedSentiment(reading: StretchReading, rating: Rating): Sentiment {
  const score = ratedScore(reading, rating);
  const label: SentimentLabel = score > 0 ? 'positive' : score < 0 ? 'negative' : 'neutral';
  return { score, label, confidence: round(label === 'neutral' ? 0.5 : confidenceOf(label, { ...reading, score })) };
}
