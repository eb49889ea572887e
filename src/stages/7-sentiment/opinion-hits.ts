/**
 * The opinion hits a sentence is scored from: wink's lexicon hits (words, phrases, emoji,
 * emoticons, and the prefix-negated words of stage 3) and the review rules' own.
 */
import { STRUCTURE_WORDS } from '../../data/sentiment-rules';
import type { Span } from '../../types';
import type { Annotation, SentimentHit } from '../stage-types';
import { absent, negatedInScope, previousWords, signed } from './negation';
import { excessHits, reviewHits } from './review-hits';
import { overlapsAny } from './spans';

/**
 * The hits kept, sorted by start. Hits inside a work's title or a person's name (`mask`, sorted
 * and non-overlapping) are dropped, so "All of Us Are Dead" or "Ha-Ri" move nothing; so are words
 * that label a review's parts ("Verdict", "Summary"), and a verb's hit a warning replaces. Then
 * negation turns hits round, and an excess marker before a word that is not praise adds a hit.
 */
export function opinionHits(ann: Annotation, mask: readonly Span[]): SentimentHit[] {
  const { tokens } = ann;
  const structural = (h: SentimentHit): boolean => h.firstToken === h.lastToken && STRUCTURE_WORDS.has(tokens[h.firstToken]?.normal ?? '');
  const review = reviewHits(tokens, ann.sentences);
  const replaced = (h: SentimentHit): boolean => h.firstToken === h.lastToken && review.replaced.has(h.firstToken);
  const previousWord = previousWords(tokens);
  const kept = [
    ...ann.hits.filter((h) => !overlapsAny(mask, h) && !structural(h) && !replaced(h)).map((h) => absent(tokens, negatedInScope(tokens, previousWord, h))),
    ...review.hits.filter((h) => !overlapsAny(mask, h)),
  ];
  const praise = new Set(kept.filter((h) => signed(h) > 0).map((h) => h.firstToken));
  return [...kept, ...excessHits(tokens, praise)].sort((a, b) => a.start - b.start);
}
