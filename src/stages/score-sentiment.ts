/**
 * Stage 7: score sentiment.
 *
 * 1. Hits: wink's lexicon hits (words, phrases, emoji, emoticons) and the prefix-negated words of
 *    stage 3, with wink's negation applied. Hits inside a work's title or a person's name are
 *    dropped, so "All of Us Are Dead" or "Ha-Ri" move nothing. Offsets stay untouched.
 *    Words that label a review's parts ("Verdict", "Summary") are no opinion and are dropped too.
 * 2. Excess: "too" / "overly" before a word that is not praise adds {@link EXCESS_SCORE}.
 * 3. Sentence score: the mean of its hits (wink's own rule), negative ones weighed
 *    {@link NEGATIVE_WEIGHT} times (lexicon scores lean positive); a sentence without hits scores
 *    {@link NEGATION_CUE_SCORE} when it holds a negator, else it has no score.
 * 4. A stretch (section, document, character): the weighted mean over its scored sentences only,
 *    so a long section is not dragged to zero by neutral sentences. A heading is a sentence of its
 *    section and counts {@link HEADING_WEIGHT} times.
 * 5. Label: `mixed` when the stretch holds a sentence at or above +{@link STRONG} and one at or below
 *    -{@link STRONG} and the mean without the negative weight is within ±{@link MIXED_BAND}; else
 *    `positive` above
 *    +{@link NEUTRAL_BAND}, `negative` below -{@link NEUTRAL_BAND}, otherwise `neutral`.
 */
import {
  ABSENCE_WORDS,
  CONCESSIVE_OPENERS,
  CONTRAST_AFTER,
  CONTRAST_BEFORE,
  CONTRAST_WORDS,
  EXCESS_SCORE,
  EXCESS_WORDS,
  HEDGE_FACTOR,
  HEDGES,
  INTENSIFIER_FACTOR,
  INTENSIFIERS,
  NEGATION_CUE_SCORE,
  NEGATIVE_WEIGHT,
  NEGATION_SCOPE,
  NEGATORS,
  REVIEW_PHRASES,
  WARNING_LEADS,
  WARNING_SCORE,
  WARNING_VERBS,
  PLOT_WEIGHT,
  PLOT_WORDS,
  RATING_WEIGHT,
  STRUCTURE_WORDS,
  VERDICT_OPENERS,
  VERDICT_WEIGHT,
} from '../data/sentiment-rules';
import { ratingScore } from './find-rating';
import type { Rating, Sentiment, SentimentLabel, Span } from '../types';
import { containing, firstAtOrAfter } from '../text/search';
import { WordSet } from '../text/words';
import type { Annotation, Block, Sentence, SentimentHit, Token } from './stage-types';

/** Scores within ±NEUTRAL_BAND are `neutral`. */
export const NEUTRAL_BAND = 0.05;
/** A sentence scoring at least this (either sign) is strong. */
export const STRONG = 0.5;
/** Strong sentences of both signs with a mean inside ±MIXED_BAND make `mixed`. */
export const MIXED_BAND = 0.1;
/** A heading is the writer's own summary of its section: it counts this many times. */
export const HEADING_WEIGHT = 2;

/** Scores for any stretch of the text. */
export interface SentimentScorer {
  /** Sentiment of the sentences whose start lies inside any of the spans. */
  over(spans: readonly Span[]): Sentiment;
  /** Sentiment of the sentences that hold any of the spans (for characters' mentions). */
  around(spans: readonly Span[]): Sentiment;
  /** Sentiment of the hits inside one span (for quotes). */
  inside(span: Span): Sentiment;
  /** The whole document: its blocks, with an explicit rating weighing {@link RATING_WEIGHT}. */
  document(blocks: readonly Span[], rating: Rating | null): Sentiment;
}

/**
 * Turns a mean score and the strongest sentence scores into a label. `balance` is the mean the
 * `mixed` test reads (by default the score itself): the symmetric mean, before negative
 * expressions are weighed up, so that equally strong praise and blame stay `mixed`.
 */
export function labelOf(score: number, max: number, min: number, balance = score): SentimentLabel {
  if (max >= STRONG && min <= -STRONG && Math.abs(balance) <= MIXED_BAND) return 'mixed';
  if (score > NEUTRAL_BAND) return 'positive';
  if (score < -NEUTRAL_BAND) return 'negative';
  return 'neutral';
}

const round = (x: number): number => Math.round(x * 1000) / 1000;

/** One scored piece of a stretch: a sentence or a hit. */
interface Scored {
  /** With negative expressions weighed {@link NEGATIVE_WEIGHT} times. */
  leaned: number;
  /** Without: praise and blame of the same strength cancel. */
  plain: number;
  weight: number;
}

/** Weighted mean of the leaned scores, rounded to three places, with its label. */
function sentimentOf(items: readonly Scored[]): Sentiment {
  if (items.length === 0) return { score: 0, label: 'neutral' };
  let sum = 0;
  let plainSum = 0;
  let total = 0;
  let max = -Infinity;
  let min = Infinity;
  for (const x of items) {
    sum += x.leaned * x.weight;
    plainSum += x.plain * x.weight;
    total += x.weight;
    max = Math.max(max, x.plain);
    min = Math.min(min, x.plain);
  }
  const clamp = (v: number): number => round(Math.max(-1, Math.min(1, v)));
  const score = clamp(sum / total);
  return { score, label: labelOf(score, max, min, clamp(plainSum / total)) };
}

const signed = (h: SentimentHit): number => (h.negated ? -h.score : h.score);

/** True when a hit overlaps any of the sorted, non-overlapping spans. */
function overlapsAny(spans: readonly Span[], h: Span): boolean {
  const i = firstAtOrAfter(spans, h.end) - 1;
  const m = spans[i];
  return m !== undefined && m.end > h.start;
}

/** Two-word hedges ("a bit boring", "kind of dull"). */
const HEDGE_PAIRS: readonly (readonly [string, string])[] = [['a', 'bit'], ['a', 'little'], ['kind', 'of'], ['sort', 'of']];

/**
 * Step 3: how much each token's hit counts inside its sentence, by contrast: tokens before "but" /
 * "however" count {@link CONTRAST_BEFORE}, after it {@link CONTRAST_AFTER}; a concessive opening
 * clause ("Although …,") counts {@link CONTRAST_BEFORE}, the rest {@link CONTRAST_AFTER}.
 */
function contrastFactors(tokens: readonly Token[], sentences: readonly Sentence[], hits: readonly SentimentHit[]): Float64Array {
  const factors = new Float64Array(tokens.length).fill(1);
  const withHits = new Set<number>();
  for (const h of hits) withHits.add((tokens[h.firstToken] as Token).sentence);
  for (const id of withHits) {
    const s = sentences[id] as Sentence;
    const first = tokens[s.firstToken];
    let pivot = -1;
    if (first && CONCESSIVE_OPENERS.has(first.normal) && (first.normal !== 'even' || tokens[s.firstToken + 1]?.normal === 'though')) {
      for (let t = s.firstToken + 1; t <= s.lastToken; t++) if ((tokens[t] as Token).normal === ',') { pivot = t; break; }
    } else {
      for (let t = s.firstToken + 1; t <= s.lastToken; t++) if (CONTRAST.has((tokens[t] as Token).normal)) { pivot = t; break; }
    }
    if (pivot < 0) continue;
    for (let t = s.firstToken; t <= s.lastToken; t++) factors[t] = t < pivot ? CONTRAST_BEFORE : CONTRAST_AFTER;
  }
  return factors;
}

/** Step 3: a hit's score with the word rules: plot vocabulary, an intensifier or hedge before it. */
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

/** True when a sentence opens with a verdict phrase ("Overall, …"). */
function opensVerdict(tokens: readonly Token[], s: Sentence): boolean {
  return VERDICT_OPENERS.some((phrase) => phrase.every((w, k) => tokens[s.firstToken + k]?.normal === w));
}

/** The word lists read at every token, with a cheap first test (most tokens fail it). */
const PHRASE_FIRST_WORDS = new WordSet(REVIEW_PHRASES.map((p) => p[0][0] as string));
const EXCESS = new WordSet(EXCESS_WORDS);
const NEGATOR = new WordSet(NEGATORS);
const CONTRAST = new WordSet(CONTRAST_WORDS);

/** Phrases of {@link REVIEW_PHRASES}, looked up by their first word. */
const PHRASES_BY_FIRST = new Map<string, (readonly [readonly string[], number])[]>();
for (const p of REVIEW_PHRASES) {
  const first = p[0][0] as string;
  PHRASES_BY_FIRST.set(first, [...(PHRASES_BY_FIRST.get(first) ?? []), p]);
}

/**
 * Step 2: review phrases ("thumbs up", "sent it back") and warnings to the reader ("Don't buy
 * it", "Please do not waste your time"): a warning opens its sentence, and its verb's own hit
 * gives way to it. Returns the new hits and the tokens whose hits they replace.
 */
function reviewHits(tokens: readonly Token[], sentences: readonly Sentence[]): { hits: SentimentHit[]; replaced: Set<number> } {
  const hits: SentimentHit[] = [];
  const replaced = new Set<number>();
  const add = (first: number, last: number, score: number): void => {
    hits.push({ start: (tokens[first] as Token).start, end: (tokens[last] as Token).end, firstToken: first, lastToken: last, score, negated: false });
  };
  for (const s of sentences) {
    let t = s.firstToken;
    while (t < s.lastToken && WARNING_LEADS.has((tokens[t] as Token).normal)) t++;
    const w = tokens[t]?.normal;
    const verb = w === 'never' ? t + 1 : w === 'do' && tokens[t + 1]?.normal === 'not' ? t + 2 : -1;
    if (verb > 0 && verb <= s.lastToken && WARNING_VERBS.has((tokens[verb] as Token).normal)) {
      add(t, verb, WARNING_SCORE);
      replaced.add(verb);
    }
  }
  // A plain loop, no closure over `i`: a callback per token that holds one costs a context
  // object per token (6 MB per pass over the bench corpus).
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i] as Token;
    if (!PHRASE_FIRST_WORDS.has(tok.normal)) continue;
    for (const [words, score] of PHRASES_BY_FIRST.get(tok.normal) ?? []) {
      const last = i + words.length - 1;
      if (last < tokens.length && (tokens[last] as Token).sentence === tok.sentence && readsAt(tokens, i, words)) add(i, last, score);
    }
  }
  return { hits, replaced };
}

/** True when the tokens from `at` have the normal forms `words`. */
function readsAt(tokens: readonly Token[], at: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) if ((tokens[at + k] as Token | undefined)?.normal !== words[k]) return false;
  return true;
}

/**
 * For each token, the index of the last word token at or before it (-1 when none), so the
 * negation scope steps from word to word: a run of emoji or symbols between them costs nothing.
 */
function previousWords(tokens: readonly Token[]): Int32Array {
  const out = new Int32Array(tokens.length);
  let w = -1;
  for (let t = 0; t < tokens.length; t++) {
    if ((tokens[t] as Token).type === 'word') w = t;
    out[t] = w;
  }
  return out;
}

/**
 * Step 2: a hit negated by a negator at most {@link NEGATION_SCOPE} words before it, in its
 * sentence. `previousWord` is {@link previousWords} of the tokens.
 */
function negatedInScope(tokens: readonly Token[], previousWord: Int32Array, h: SentimentHit): SentimentHit {
  const sentence = (tokens[h.firstToken] as Token).sentence;
  let words = 0;
  let negated = false;
  // Sentences are runs of tokens: the first word of another sentence ends the scope as any of
  // its tokens would.
  for (let k = h.firstToken > 0 ? (previousWord[h.firstToken - 1] as number) : -1; k >= 0 && words < NEGATION_SCOPE; k = k > 0 ? (previousWord[k - 1] as number) : -1) {
    const t = tokens[k] as Token;
    if (t.sentence !== sentence) break;
    words++;
    if (NEGATOR.has(t.normal)) {
      negated = true;
      break;
    }
  }
  return negated === h.negated ? h : { ...h, negated };
}

/** Step 2: a hit right after a word of absence, or one word later ("lacks charm"), negated. */
function absent(tokens: readonly Token[], h: SentimentHit): SentimentHit {
  const sentence = (tokens[h.firstToken] as Token).sentence;
  for (let k = h.firstToken - 1; k >= h.firstToken - 2 && k >= 0; k--) {
    const t = tokens[k] as Token;
    if (t.sentence !== sentence || t.type !== 'word') break;
    if (ABSENCE_WORDS.has(t.normal)) return { ...h, negated: !h.negated };
  }
  return h;
}

/** Step 2: an excess marker before a word that scores no praise. */
function excessHits(tokens: readonly Token[], praise: Set<number>): SentimentHit[] {
  const out: SentimentHit[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!EXCESS.has(t.normal)) continue;
    const next = tokens[i + 1] as Token;
    if (next.type !== 'word' || next.sentence !== t.sentence || praise.has(i + 1)) continue;
    out.push({ start: t.start, end: next.end, firstToken: i, lastToken: i + 1, score: EXCESS_SCORE, negated: false });
  }
  return out;
}

/**
 * Stage 7: masks works and names, adds the review rules, and builds the scorer the assembler asks
 * for each stretch. `masked` holds the spans of work titles and names.
 */
export function scoreSentiment(ann: Annotation, blocks: readonly Block[], masked: readonly Span[]): SentimentScorer {
  const mask = [...masked].sort((a, b) => a.start - b.start);
  const structural = (h: SentimentHit): boolean => h.firstToken === h.lastToken && STRUCTURE_WORDS.has(ann.tokens[h.firstToken]?.normal ?? '');
  const review = reviewHits(ann.tokens, ann.sentences);
  const replaced = (h: SentimentHit): boolean => h.firstToken === h.lastToken && review.replaced.has(h.firstToken);
  const previousWord = previousWords(ann.tokens);
  const kept = [
    ...ann.hits.filter((h) => !overlapsAny(mask, h) && !structural(h) && !replaced(h)).map((h) => absent(ann.tokens, negatedInScope(ann.tokens, previousWord, h))),
    ...review.hits.filter((h) => !overlapsAny(mask, h)),
  ];
  const praise = new Set(kept.filter((h) => signed(h) > 0).map((h) => h.firstToken));
  const hits = [...kept, ...excessHits(ann.tokens, praise)].sort((a, b) => a.start - b.start);

  const n = ann.sentences.length;
  const sums = new Float64Array(n);
  const leanedSums = new Float64Array(n);
  const counts = new Int32Array(n);
  const contrast = contrastFactors(ann.tokens, ann.sentences, hits);
  const value = (h: SentimentHit): number => signed(h) * wordFactor(ann.tokens, h) * (contrast[h.firstToken] ?? 1);
  const lean = (v: number): number => (v < 0 ? v * NEGATIVE_WEIGHT : v);
  for (const h of hits) {
    const s = ann.tokens[h.firstToken]?.sentence ?? -1;
    if (s < 0) continue;
    const v = value(h);
    sums[s] = (sums[s] ?? 0) + v;
    leanedSums[s] = (leanedSums[s] ?? 0) + lean(v);
    counts[s] = (counts[s] ?? 0) + 1;
  }
  // A sentence without opinion words that holds a negator ("It does not stay on my ear").
  ann.sentences.forEach((sentence, s) => {
    if ((counts[s] ?? 0) > 0) return;
    for (let t = sentence.firstToken; t <= sentence.lastToken; t++) {
      const tok = ann.tokens[t] as Token;
      if (tok.type !== 'word' || !NEGATOR.has(tok.normal) || overlapsAny(mask, tok)) continue;
      sums[s] = NEGATION_CUE_SCORE;
      leanedSums[s] = lean(NEGATION_CUE_SCORE);
      counts[s] = 1;
      return;
    }
  });
  // Each sentence's weight, worked out the first time a stretch asks (0: not yet).
  const weights = new Float64Array(n);
  const weight = (s: number): number => {
    if (weights[s]) return weights[s] as number;
    const sentence = ann.sentences[s] as Sentence;
    const w = blocks[sentence.block]?.isHeading ? HEADING_WEIGHT : opensVerdict(ann.tokens, sentence) ? VERDICT_WEIGHT : 1;
    weights[s] = w;
    return w;
  };
  /** Sentence `s` scored, or null when it has no hits. */
  const scored = (s: number, weighted: boolean): Scored | null => {
    const c = counts[s] ?? 0;
    return c === 0 ? null : { leaned: (leanedSums[s] ?? 0) / c, plain: (sums[s] ?? 0) / c, weight: weighted ? weight(s) : 1 };
  };

  const scorer: SentimentScorer = {
    over(spans) {
      const items: Scored[] = [];
      for (const span of spans) {
        for (let s = firstAtOrAfter(ann.sentences, span.start); s < n && (ann.sentences[s] as Span).start < span.end; s++) {
          const x = scored(s, true);
          if (x) items.push(x);
        }
      }
      return sentimentOf(items);
    },
    around(spans) {
      const seen = new Set<number>();
      const items: Scored[] = [];
      for (const span of spans) {
        const s = containing(ann.sentences, span.start);
        if (s < 0 || seen.has(s)) continue;
        seen.add(s);
        const x = scored(s, false);
        if (x) items.push(x);
      }
      return sentimentOf(items);
    },
    inside(span) {
      const items: Scored[] = [];
      for (let i = firstAtOrAfter(hits, span.start); i < hits.length && (hits[i] as SentimentHit).start < span.end; i++) {
        const h = hits[i] as SentimentHit;
        if (h.end > span.end) continue;
        const v = value(h);
        items.push({ leaned: lean(v), plain: v, weight: 1 });
      }
      return sentimentOf(items);
    },
    document(spans, rating) {
      const text = scorer.over(spans);
      if (!rating) return text;
      const score = round(RATING_WEIGHT * ratingScore(rating) + (1 - RATING_WEIGHT) * text.score);
      return { score, label: labelOf(score, Math.max(score, text.score), Math.min(score, text.score)) };
    },
  };
  return scorer;
}
