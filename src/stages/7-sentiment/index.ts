/**
 * Stage 7: score sentiment. Returns plain data, per hit and per sentence; the aggregation
 * ({@link summarizeSentiment}) turns it into the sentiment of sections, characters, quotes and the
 * document. The steps, in order:
 *
 * 1. Hits (`opinion-hits`): wink's lexicon hits and the prefix-negated words of stage 3, less
 *    those inside a work's title or a name and the words that label a review's parts; the review
 *    rules' own (`review-hits`: warnings to the reader, review phrases, excess), and phrases read
 *    as wholes in place of their words (verdicts, idioms), whose sentences the verdicts mark;
 *    negation (`negation`: read here, wink's 'negation' pipe is not run).
 * 2. Hit values (`hit-values`): each hit signed and weighed by contrast ("but", "although"), by the
 *    word before it (intensifier, hedge) and by plot vocabulary; quoted speech marked.
 * 3. Voice (`sentence-voice`): one pass over the tokens for what each sentence is: words, first
 *    person, reporting, quoting, … (plot description and the report model read these).
 * 4. Sentence scores (`sentence-scores`): each sentence's sums, in the writer's words and all, and
 *    its emphasis (heading, verdict); a sentence without hits that holds a negator scores a little.
 * 5. Aggregation (`summary`, over `aggregate` and `document`): the weighted mean over the scored
 *    sentences of a stretch, its label (`label`) and confidence, the report model (`report`), the
 *    explicit rating.
 */
import type { Span } from '../../types';
import type { Annotation, Block } from '../stage-types';
import { scoreHits } from './hit-values';
import { opinionHits } from './opinion-hits';
import { sentenceScores } from './sentence-scores';
import { sentenceVoices } from './sentence-voice';
import { outermost, overlapsAny } from './spans';
import type { SentimentData } from './types';

export { summarizeSentiment, type Stretches } from './summary';
export type { ScoredHit, SentenceScore, SentenceVoice, SentimentData, SentimentSummary, StretchReading } from './types';

/**
 * Stage 7: scores every hit and sentence of the annotation. `masked` holds the spans of work titles
 * and names (their hits are dropped); `quoted` the quoted speech, kept apart from the writer's own
 * words.
 */
export function scoreSentiment(ann: Annotation, blocks: readonly Block[], masked: readonly Span[], quoted: readonly Span[]): SentimentData {
  const mask = [...masked].sort((a, b) => a.start - b.start);
  // Outermost quotes only: an inner quote lies inside its outer one.
  const speech = outermost(quoted);
  const opinion = opinionHits(ann, mask);
  const hits = scoreHits(ann.tokens, ann.sentences, opinion.hits, speech);
  const voice = sentenceVoices(ann, speech);
  // A verdict phrase inside quoted speech ("she said she loved it") is the speaker's, not the writer's.
  const verdicts = new Set(opinion.verdicts.filter((v) => !overlapsAny(speech, v)).map((v) => v.sentence));
  return { sentences: sentenceScores(ann, blocks, hits, mask, voice, verdicts), hits, wordStarts: voice.wordStarts };
}
