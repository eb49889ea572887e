/**
 * A stretch whose writer says which way it leans, apart from its words: an explicit rating ("8/10"
 * for the whole review, "Sound: 4/10" for a part) or a heading that names a pole ("The bad",
 * "What I liked"). The lean, a score from -1 to 1, weighs {@link RATING_WEIGHT} against the words'
 * score; the blend's sign is the verdict, so a lean near the middle loses to strong words.
 */
import { MIDDLE_RATING_HIGH, MIDDLE_RATING_LOW, RATING_WEIGHT } from '../../data/sentiment-rules';
import type { Sentiment, SentimentLabel } from '../../types';
import { round3 } from '../../text/round3';
import { confidenceOf } from './label';
import type { StretchReading } from './types';

/** The score of a stretch that leans `lean` (-1..1): the lean and the words' score, weighed. */
export const leanedScore = (reading: StretchReading, lean: number): number => round3(RATING_WEIGHT * lean + (1 - RATING_WEIGHT) * reading.score);

/**
 * True when a lean sits above {@link MIDDLE_RATING_LOW} and up to {@link MIDDLE_RATING_HIGH}
 * ("5/10", "2.5/5", "6/10"): it comes down on neither side. Rounded first: 4.5/10 reads
 * -0.09999… in floating point, and is no middling rating.
 */
export const middling = (lean: number): boolean => {
  const x = round3(lean);
  return x > MIDDLE_RATING_LOW && x <= MIDDLE_RATING_HIGH;
};

/**
 * The verdict of a stretch that leans to a side: the sign of {@link leanedScore}, neither `mixed`
 * nor `neutral` (the writer said which way it goes), sure as a reading of that score.
 */
export function leanedSentiment(reading: StretchReading, lean: number): Sentiment {
  const score = leanedScore(reading, lean);
  const label: SentimentLabel = score > 0 ? 'positive' : score < 0 ? 'negative' : 'neutral';
  return { score, label, confidence: round3(label === 'neutral' ? 0.5 : confidenceOf(label, { ...reading, score })) };
}
