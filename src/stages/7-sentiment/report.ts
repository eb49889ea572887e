/**
 * Telling a report (news that tells what others did and said) from the writer's own opinion, by
 * how its sentences speak: a logistic model fitted by `scripts/eval-sentiment.mjs --fit`.
 */
import { CLOSING_SENTENCES, REPORT_FEATURE_WEIGHTS, REPORT_INTERCEPT } from '../../data/sentiment-rules';
import { logistic } from './label';
import type { SentenceScore, SentenceVoice } from './types';

/** The yes-or-no facts of a sentence's voice. */
type VoiceFlag = { [K in keyof SentenceVoice]: SentenceVoice[K] extends boolean ? K : never }[keyof SentenceVoice];

/**
 * True when a sentence is the writer's own judgement: opinion words outside quoted speech, in a
 * sentence that neither quotes nor reports, speaking in the first person or naming the work or a
 * part of it, or a verdict (not plot description).
 */
const judges = (x: SentenceScore): boolean => x.writerHits > 0 && !x.voice.quoting && !x.voice.reported && !x.plot;

/**
 * The features of a report, in {@link REPORT_FEATURE_WEIGHTS} order, over the body sentences
 * `ids`: shares of sentences in the writer's first person, reporting, quoting, addressing the
 * reader, pointing at the work, exclaiming or asking, negating; capitalised words and digits per
 * word; then what marks a column that judges in the third person: shares of sentences speaking
 * for the readers ("we"), of the writer's judgements ({@link judges}), of judgements saying what
 * something is like ("the script is clumsy"), of verdicts, and of judgements among the last
 * {@link CLOSING_SENTENCES} sentences (the closing verdict).
 */
export function reportFeatures(sentences: readonly SentenceScore[], ids: readonly number[]): number[] {
  const withWords = ids.map((s) => sentences[s] as SentenceScore).filter((x) => x.words > 0);
  const n = withWords.length || 1;
  const count = (test: (x: SentenceScore) => boolean): number => withWords.reduce((k, x) => k + (test(x) ? 1 : 0), 0);
  const share = (key: VoiceFlag): number => count((x) => x.voice[key]) / n;
  const words = withWords.reduce((k, x) => k + x.words, 0) || 1;
  const per = (key: 'capitals' | 'digits'): number => withWords.reduce((k, x) => k + x.voice[key], 0) / words;
  const closing = withWords.slice(-CLOSING_SENTENCES);
  return [
    share('firstPerson'),
    share('reported'),
    share('quoting'),
    share('addressed'),
    share('pointing'),
    share('exclaims'),
    per('capitals'),
    per('digits'),
    share('negated'),
    share('plural'),
    count(judges) / n,
    count((x) => judges(x) && x.voice.predicates) / n,
    count((x) => !x.heading && x.stress > 1) / n,
    closing.filter(judges).length / (closing.length || 1),
  ];
}

/** The chance, 0..1, that a text with these {@link reportFeatures} is a report. */
export function reportProbability(features: readonly number[]): number {
  let z = REPORT_INTERCEPT;
  features.forEach((v, i) => (z += v * (REPORT_FEATURE_WEIGHTS[i] ?? 0)));
  return logistic(z);
}
