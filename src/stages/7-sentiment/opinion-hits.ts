/**
 * The opinion hits a sentence is scored from: wink's lexicon hits (words, phrases, emoji,
 * emoticons, and the prefix-negated words of stage 3) and the review rules' own.
 */
import { STRUCTURE_WORDS } from '../../data/sentiment-rules';
import type { Span } from '../../types';
import type { Annotation, SentimentHit, Token } from '../stage-types';
import { absent, negatedInScope, previousWords, signed } from './negation';
import { excessHits, phraseMatches, reviewHits } from './review-hits';
import { overlapsAny } from './spans';

/** A verdict phrase found in the text ("a must-see", "a waste of time"): its span and sentence. */
export interface VerdictPhrase extends Span {
  sentence: number;
}

/** The opinion hits of a text and its verdict phrases. */
export interface OpinionHits {
  /** The hits, sorted by start. */
  hits: SentimentHit[];
  /** The verdict phrases, in text order. */
  verdicts: VerdictPhrase[];
}

/**
 * The hits kept, sorted by start. Hits inside a work's title or a person's name (`mask`, sorted
 * and non-overlapping) are dropped, so "All of Us Are Dead" or "Ha-Ri" move nothing; so are words
 * that label a review's parts ("Verdict", "Summary"), a verb's hit a warning replaces, and the
 * words' hits inside a phrase read as a whole ("stole the show"), which scores instead. Then
 * negation turns hits round, and an excess marker before a word that is not praise adds a hit.
 */
export function opinionHits(ann: Annotation, mask: readonly Span[]): OpinionHits {
  const { tokens } = ann;
  const structural = (h: SentimentHit): boolean => h.firstToken === h.lastToken && STRUCTURE_WORDS.has(tokens[h.firstToken]?.normal ?? '');
  const review = reviewHits(tokens, ann.sentences);
  const phrases = phraseMatches(tokens).filter((m) => !overlapsAny(mask, { start: (tokens[m.firstToken] as Token).start, end: (tokens[m.lastToken] as Token).end }));
  const inPhrase = new Uint8Array(tokens.length);
  for (const m of phrases) for (let t = m.firstToken; t <= m.lastToken; t++) inPhrase[t] = 1;
  const insidePhrase = (h: SentimentHit): boolean => {
    for (let t = h.firstToken; t <= h.lastToken; t++) if (inPhrase[t]) return true;
    return false;
  };
  const replaced = (h: SentimentHit): boolean => h.firstToken === h.lastToken && review.replaced.has(h.firstToken);
  const previousWord = previousWords(tokens);
  const phraseHits: SentimentHit[] = phrases
    .filter((m) => m.score !== 0)
    .map((m) => ({ start: (tokens[m.firstToken] as Token).start, end: (tokens[m.lastToken] as Token).end, firstToken: m.firstToken, lastToken: m.lastToken, score: m.score, negated: false }));
  const kept = [
    ...ann.hits.filter((h) => !overlapsAny(mask, h) && !structural(h) && !replaced(h) && !insidePhrase(h)).map((h) => absent(tokens, negatedInScope(tokens, previousWord, h))),
    ...review.hits.filter((h) => !overlapsAny(mask, h) && !insidePhrase(h)),
    ...phraseHits.map((h) => negatedInScope(tokens, previousWord, h)),
  ];
  const praise = new Set(kept.filter((h) => signed(h) > 0).map((h) => h.firstToken));
  const verdicts = phrases
    .filter((m) => m.kind === 'verdict')
    .map((m) => ({ start: (tokens[m.firstToken] as Token).start, end: (tokens[m.lastToken] as Token).end, sentence: (tokens[m.firstToken] as Token).sentence }));
  return { hits: [...kept, ...excessHits(tokens, praise)].sort((a, b) => a.start - b.start), verdicts };
}
