/**
 * Telling a report (news that tells what others did and said) from the writer's own opinion, by
 * how its sentences speak: a logistic model fitted by `scripts/eval-sentiment.mjs --fit`.
 */
import { REPORT_FEATURE_WEIGHTS, REPORT_INTERCEPT } from '../../data/sentiment-rules';
import { logistic } from './label';
import type { SentenceScore, SentenceVoice } from './types';

/** The yes-or-no facts of a sentence's voice. */
type VoiceFlag = { [K in keyof SentenceVoice]: SentenceVoice[K] extends boolean ? K : never }[keyof SentenceVoice];

/**
 * The features of a report, in {@link REPORT_FEATURE_WEIGHTS} order, over the body sentences
 * `ids`: shares of sentences in the writer's first person, reporting, quoting, addressing the
 * reader, pointing at the work, exclaiming or asking, negating; capitalised words and digits per word.
 */
export function reportFeatures(sentences: readonly SentenceScore[], ids: readonly number[]): number[] {
  const withWords = ids.map((s) => sentences[s] as SentenceScore).filter((x) => x.words > 0);
  const n = withWords.length || 1;
  const share = (key: VoiceFlag): number => withWords.reduce((k, x) => k + (x.voice[key] ? 1 : 0), 0) / n;
  const words = withWords.reduce((k, x) => k + x.words, 0) || 1;
  const per = (key: 'capitals' | 'digits'): number => withWords.reduce((k, x) => k + x.voice[key], 0) / words;
  return [share('firstPerson'), share('reported'), share('quoting'), share('addressed'), share('pointing'), share('exclaims'), per('capitals'), per('digits'), share('negated')];
}

/** The chance, 0..1, that a text with these {@link reportFeatures} is a report. */
export function reportProbability(features: readonly number[]): number {
  let z = REPORT_INTERCEPT;
  features.forEach((v, i) => (z += v * (REPORT_FEATURE_WEIGHTS[i] ?? 0)));
  return logistic(z);
}
