/**
 * The document's sentiment: the reading of all its sentences, `neutral` when it reads as a report
 * ({@link reportProbability}), and the writer's explicit rating, if any, deciding its verdict
 * (`mixed` for a rating in the middle of its scale beside praise and blame).
 */
import { REPORT_MIN_SENTENCES, REPORT_THRESHOLD } from '../../data/sentiment-rules';
import type { Rating, Sentiment, Span } from '../../types';
import { ratingScore } from '../7-rating';
import { readSentences, sentencesOver } from './aggregate';
import { judgesInFirstPerson } from './first-person';
import { round3 } from '../../text/round3';
import { confidenceOf, sentimentOf } from './label';
import { leanedScore, leanedSentiment, middling } from './rated';
import { reportFeatures, reportProbability } from './report';
import type { SentenceScore, SentimentData, StretchReading } from './types';

/**
 * What the document's label is read from: the reading of the sentences in `blocks` up to a line
 * that opens the readers' comments, if any, and its report features (none for a text of fewer
 * than {@link REPORT_MIN_SENTENCES} body sentences with words, too little to tell by its voice),
 * and whether its writer {@link judgesInFirstPerson}. `scripts/eval-sentiment.mjs --fit` fits the
 * label confidence and the report model on these.
 */
export function documentReading(data: SentimentData, blocks: readonly Span[]): { reading: StretchReading; report: number[]; firstPerson: boolean } {
  const all = sentencesOver(data, blocks);
  // The readers' comments below a post are not the writer's verdict: the document ends before them.
  const cut = all.findIndex((s, k) => k > 0 && (data.sentences[s] as SentenceScore).opensComments);
  const ids = cut < 0 ? all : all.slice(0, cut);
  const body = ids.filter((s) => !(data.sentences[s] as SentenceScore).heading);
  const sentences = body.filter((s) => (data.sentences[s] as SentenceScore).words > 0).length;
  return {
    reading: readSentences(data, ids, 'document'),
    report: sentences >= REPORT_MIN_SENTENCES ? reportFeatures(data.sentences, body) : [],
    firstPerson: judgesInFirstPerson(data.sentences, body),
  };
}

/**
 * The whole document: the sentences of its `blocks`, with an explicit rating weighing
 * {@link leanedScore}; a {@link middling} rating beside praise and blame is `mixed`.
 */
export function documentSentiment(data: SentimentData, blocks: readonly Span[], rating: Rating | null): Sentiment {
  const { reading, report, firstPerson } = documentReading(data, blocks);
  if (rating) {
    const lean = ratingScore(rating);
    // A middling rating ("5/10") beside praise and blame: the writer weighs both sides and comes
    // down on neither, however much more of the text went to one of them.
    if (middling(lean) && reading.praise > 0 && reading.blame > 0) return { score: leanedScore(reading, lean), label: 'mixed', confidence: round3(confidenceOf('mixed', reading)) };
    // Otherwise the writer's explicit rating decides the verdict: no `mixed`, no `neutral` unless it is the middle.
    return leanedSentiment(reading, lean);
  }
  // A writer judging in the first person gives an opinion, however much else of the text reports.
  const p = report.length > 0 && !firstPerson ? reportProbability(report) : 0;
  if (p >= REPORT_THRESHOLD) return { score: reading.score, label: 'neutral', confidence: round3(p) };
  return sentimentOf(reading, true);
}
