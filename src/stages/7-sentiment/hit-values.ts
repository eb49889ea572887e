/**
 * What each hit counts in its sentence: its signed score (a single word's shifted by
 * {@link WORD_SHIFTS}), scaled by the word before it (intensifier, hedge), by plot vocabulary, and
 * by contrast ("but", "although").
 */
import {
  CONCESSIVE_OPENERS,
  CONTRAST_AFTER,
  CONTRAST_BEFORE,
  CONTRAST_WORDS,
  HEDGE_FACTOR,
  HEDGES,
  INTENSIFIER_FACTOR,
  INTENSIFIERS,
  NEGATED_BLAME_WEIGHT,
  NEGATIVE_WEIGHT,
  PLOT_WEIGHT,
  PLOT_WORDS,
} from '../../data/sentiment-rules';
import { WORD_SHIFTS } from '../../data/sentiment-word-shifts';
import type { Span } from '../../types';
import { WordSet } from '../../text/words';
import type { Sentence, SentimentHit, Token } from '../stage-types';
import { overlapsAny } from './spans';
import type { ScoredHit } from './types';
import { KeptArray } from '../../text/kept-array';

/** {@link contrastFactors}' factor of each token, kept from one text to the next. */
const FACTORS = new KeptArray((n) => new Float64Array(n));

const CONTRAST = new WordSet(CONTRAST_WORDS);

/** Two-word hedges ("a bit boring", "kind of dull"). */
const HEDGE_PAIRS: readonly (readonly [string, string])[] = [['a', 'bit'], ['a', 'little'], ['kind', 'of'], ['sort', 'of']];

/**
 * A value with negative ones weighed {@link NEGATIVE_WEIGHT} times: lexicon scores lean positive,
 * so blame of the same strength as praise counts more.
 */
export const lean = (v: number): number => (v < 0 ? v * NEGATIVE_WEIGHT : v);

/**
 * How much each token's hit counts inside its sentence, by contrast: tokens before "but" /
 * "however" count {@link CONTRAST_BEFORE}, after it {@link CONTRAST_AFTER}; a concessive opening
 * clause ("Although …,") counts {@link CONTRAST_BEFORE}, the rest {@link CONTRAST_AFTER}.
 */
function contrastFactors(tokens: readonly Token[], sentences: readonly Sentence[], hits: readonly SentimentHit[]): Float64Array {
  const factors = FACTORS.take(tokens.length, 1);
  const withHits = new Set<number>();
  for (const h of hits) withHits.add((tokens[h.firstToken] as Token).sentence);
  for (const id of withHits) {
    const s = sentences[id] as Sentence;
    const first = tokens[s.firstToken];
    let pivot = -1;
    if (first && CONCESSIVE_OPENERS.has(first.normal) && (first.normal !== 'even' || tokens[s.firstToken + 1]?.normal === 'though')) {
      for (let t = s.firstToken + 1; t <= s.lastToken; t++) if ((tokens[t] as Token).normal === ',') { pivot = t; break; }
    } else {
      for (let t = s.firstToken + 1; t <= s.lastToken; t++) if (CONTRAST.hasToken(tokens[t] as Token)) { pivot = t; break; }
    }
    if (pivot < 0) continue;
    for (let t = s.firstToken; t <= s.lastToken; t++) factors[t] = t < pivot ? CONTRAST_BEFORE : CONTRAST_AFTER;
  }
  return factors;
}

/** A hit's factor by the word rules: plot vocabulary, an intensifier or hedge before it. */
function wordFactor(tokens: readonly Token[], h: SentimentHit): number {
  let f = 1;
  if (h.firstToken === h.lastToken && PLOT_WORDS.has((tokens[h.firstToken] as Token).normal)) f *= PLOT_WEIGHT;
  const prev = tokens[h.firstToken - 1];
  const prev2 = tokens[h.firstToken - 2];
  if (prev && prev.sentence === (tokens[h.firstToken] as Token).sentence) {
    if (INTENSIFIERS.has(prev.normal)) f *= INTENSIFIER_FACTOR;
    else if (HEDGES.has(prev.normal) || (prev2 && HEDGE_PAIRS.some(([a, b]) => prev2.normal === a && prev.normal === b))) f *= HEDGE_FACTOR;
  }
  return f;
}

/**
 * A hit's score with the learned shift of its word, if it is one word with a shift: what the
 * lexicon says of the word, corrected by how it reads in movie-review snippets.
 */
function shifted(tokens: readonly Token[], h: SentimentHit): number {
  if (h.firstToken !== h.lastToken) return h.score;
  return h.score + (WORD_SHIFTS.get((tokens[h.firstToken] as Token).normal) ?? 0);
}

/**
 * The hits with their sentence, value and whether they lie in quoted speech (`speech`: sorted,
 * non-overlapping).
 */
export function scoreHits(tokens: readonly Token[], sentences: readonly Sentence[], hits: readonly SentimentHit[], speech: readonly Span[]): ScoredHit[] {
  const contrast = contrastFactors(tokens, sentences, hits);
  // A loop and push, not `map`: the array has one elements kind however the pass is compiled, so
  // the passes that read it stay compiled for one array shape.
  const out: ScoredHit[] = [];
  for (const h of hits) {
    const factor = wordFactor(tokens, h) * (contrast[h.firstToken] ?? 1);
    const score = shifted(tokens, h);
    out.push({
      start: h.start,
      end: h.end,
      sentence: tokens[h.firstToken]?.sentence ?? -1,
      score: h.score,
      negated: h.negated,
      factor,
      value: (h.negated ? -score * (score < 0 ? NEGATED_BLAME_WEIGHT : 1) : score) * factor,
      quoted: overlapsAny(speech, h),
      conceded: (contrast[h.firstToken] ?? 1) < 1,
    });
  }
  return out;
}
