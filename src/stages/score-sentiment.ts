/**
 * Stage 7: score sentiment.
 *
 * 1. Hits: wink's lexicon hits (words, phrases, emoji, emoticons) and the prefix-negated words of
 *    stage 3. Hits inside a work's title or a person's name are dropped, so "All of Us Are Dead"
 *    or "Ha-Ri" move nothing. Offsets stay untouched. Words that label a review's parts
 *    ("Verdict", "Summary") are no opinion and are dropped too.
 * 2. Rules over the hits: review phrases and warnings to the reader; negation, read here (wink's
 *    'negation' pipe is not run, see annotate): a negator at most {@link NEGATION_SCOPE} words
 *    before a hit in its sentence, or a word of absence right before it, flips it; "too" /
 *    "overly" before a word that is not praise adds {@link EXCESS_SCORE}.
 * 3. Sentence score: each hit weighed by contrast ("but", "although") and by the word before it
 *    (intensifier, hedge); the mean of its hits (wink's own rule), negative ones weighed
 *    {@link NEGATIVE_WEIGHT} times (lexicon scores lean positive); a sentence without hits scores
 *    {@link NEGATION_CUE_SCORE} when it holds a negator, else it has no score.
 * 4. A stretch (section, document, character): the weighted mean over its scored sentences only,
 *    so a long section is not dragged to zero by neutral sentences. A sentence weighs the square
 *    root of its hit count (many opinion words say more than one, not proportionally more); a
 *    heading counts {@link HEADING_WEIGHT} times; a sentence that neither speaks in the first person
 *    nor names the work or a part of it (plot description) counts {@link PLOT_SENTENCE_WEIGHT}.
 * 5. Label ({@link labelOf}): `neutral` when the stretch holds almost no opinion, `mixed` when
 *    praise and blame are both strong and balanced, else the sign of the score. The document is
 *    `neutral` when it reads as a report ({@link reportProbability}); an explicit rating decides its
 *    verdict. Each label has a confidence ({@link confidenceOf}).
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
  EVALUATIVE_WORDS,
  FIRST_PERSON_WORDS,
  MIXED_LONG_MASS,
  MIXED_LONG_SCORE_BAND,
  MIXED_LONG_PER_SENTENCE,
  MIXED_RATIO,
  MIXED_SHORT_SENTENCES,
  NEUTRAL_MAX_HITS,
  NEUTRAL_MAX_DENSITY,
  PLOT_MIN_SENTENCES,
  PLOT_SENTENCE_WEIGHT,
  REPORT_FEATURE_WEIGHTS,
  REPORT_INTERCEPT,
  REPORT_MIN_SENTENCES,
  REPORT_THRESHOLD,
  REPORTING_WORDS,
  SURE_INTERCEPT,
  SURE_SCORE_WEIGHT,
  SURE_HITS_WEIGHT,
} from '../data/sentiment-rules';
import { WORK_NOUNS } from '../data/work-cues';
import { ratingScore } from './find-rating';
import type { Rating, Sentiment, SentimentLabel, Span } from '../types';
import { containing, firstAtOrAfter } from '../text/search';
import { ShapeFilter, WordSet } from '../text/words';
import type { Annotation, Block, Sentence, SentimentHit, Token } from './stage-types';

/** A sentence scoring at least this (either sign) is strong. */
export const STRONG = 0.5;
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
  /** What the document's label is read from: its reading and its report features (for fitting). */
  documentReading(blocks: readonly Span[]): { reading: StretchReading; report: number[] };
}

/** What the label of a stretch is read from. */
export interface StretchReading {
  /** The stretch's score, -1..1. */
  score: number;
  /** Opinion words (lexicon hits) in the writer's own words: outside quoted speech. */
  hits: number;
  /** Words in the stretch. */
  words: number;
  /** Sums of the positive and of the negative (as a positive number) sentence means, writer's words only. */
  praise: number;
  blame: number;
  /** The strongest positive and negative sentence means (0 when none). */
  max: number;
  min: number;
  /** Sentences with opinion words of the writer's own. */
  sentences: number;
}

/**
 * True when the stretch holds almost no opinion: one sentence at most with opinion words, a few
 * of them among many other words ("Yes, it took me two straight days to finish it").
 */
function littleOpinion(r: StretchReading): boolean {
  return r.sentences <= 1 && r.hits <= NEUTRAL_MAX_HITS && r.hits < NEUTRAL_MAX_DENSITY * r.words;
}

/**
 * True when praise and blame are both strong and balanced: a strong sentence of each sign, and
 * the smaller side at least {@link MIXED_RATIO} of the larger. A short stretch (at most
 * {@link MIXED_SHORT_SENTENCES} opinion sentences) needs no more; a longer one, where both signs
 * turn up in most reviews, needs each side to add up to {@link MIXED_LONG_MASS} and
 * {@link MIXED_LONG_PER_SENTENCE} per opinion sentence, and a score within
 * ±{@link MIXED_LONG_SCORE_BAND}.
 */
function balanced(r: StretchReading): boolean {
  if (r.max < STRONG || r.min > -STRONG) return false;
  const small = Math.min(r.praise, r.blame);
  if (small < MIXED_RATIO * Math.max(r.praise, r.blame)) return false;
  if (r.sentences <= MIXED_SHORT_SENTENCES) return true;
  return small >= MIXED_LONG_MASS && small >= MIXED_LONG_PER_SENTENCE * r.sentences && Math.abs(r.score) <= MIXED_LONG_SCORE_BAND;
}

/**
 * The label policy: `neutral` when the stretch holds almost no opinion (a few opinion words
 * among many: a factual answer, a plot summary), `mixed` when praise and blame are both strong and
 * balanced (not whenever both appear: most reviews hold both), else the sign of the score.
 */
export function labelOf(r: StretchReading): SentimentLabel {
  if (littleOpinion(r)) return 'neutral';
  if (balanced(r)) return 'mixed';
  return r.score > 0 ? 'positive' : r.score < 0 ? 'negative' : 'neutral';
}

const logistic = (z: number): number => 1 / (1 + Math.exp(-z));

/**
 * How sure a label is, 0..1. For `positive` and `negative`: the chance the sign is right, a
 * logistic curve in the size of the score and the number of opinion words. For `neutral`: how
 * far the stretch is from holding opinion (1 with no opinion word). For `mixed`: how even praise
 * and blame are.
 */
export function confidenceOf(label: SentimentLabel, r: StretchReading): number {
  if (label === 'neutral') return r.hits === 0 || r.words === 0 ? 1 : Math.max(0, 1 - r.hits / (NEUTRAL_MAX_DENSITY * r.words) / 2);
  if (label === 'mixed') return Math.min(r.praise, r.blame) / Math.max(r.praise, r.blame);
  return logistic(SURE_INTERCEPT + SURE_SCORE_WEIGHT * Math.abs(r.score) + SURE_HITS_WEIGHT * Math.log1p(r.hits));
}

const round = (x: number): number => Math.round(x * 1000) / 1000;

/** One scored piece of a stretch: a sentence or a hit. */
interface Scored {
  /** Sum of its hits, negative expressions weighed {@link NEGATIVE_WEIGHT} times. */
  leaned: number;
  /** Number of hits (≥ 1). */
  count: number;
  weight: number;
  /** Sum and number of its hits outside quoted speech. */
  writer: number;
  writerCount: number;
  /** How much the writer stresses it: a heading or a verdict ("Overall, …") counts more. */
  emphasis: number;
  /** True when it reads as plot description (see {@link PLOT_SENTENCE_WEIGHT}). */
  plot: boolean;
}

/** A reading of the scored pieces of a stretch of `words` words. */
function readingOf(items: readonly Scored[], words: number): StretchReading {
  let sum = 0;
  let total = 0;
  let praise = 0;
  let blame = 0;
  let max = 0;
  let min = 0;
  let hits = 0;
  let sentences = 0;
  for (const x of items) {
    const root = Math.sqrt(x.count);
    const w = x.plot && items.length >= PLOT_MIN_SENTENCES ? x.weight * PLOT_SENTENCE_WEIGHT : x.weight;
    sum += (x.leaned / root) * w;
    total += root * w;
    if (x.writerCount === 0) continue;
    const mean = x.writer / x.writerCount;
    hits += x.writerCount;
    sentences++;
    if (mean > 0) praise += mean * x.emphasis;
    else blame -= mean * x.emphasis;
    max = Math.max(max, mean);
    min = Math.min(min, mean);
  }
  const score = total > 0 ? round(Math.max(-1, Math.min(1, sum / total))) : 0;
  return { score, hits, words, praise, blame, max, min, sentences };
}

/** The sentiment of a reading: its score, label and confidence. */
function sentimentOf(r: StretchReading): Sentiment {
  const label = labelOf(r);
  return { score: r.score, label, confidence: round(confidenceOf(label, r)) };
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
  // A plain loop, no closure over `i`: a callback per token that holds one allocates a context
  // object per token.
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
export function scoreSentiment(ann: Annotation, blocks: readonly Block[], masked: readonly Span[], quoted: readonly Span[] = []): SentimentScorer {
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
  const quotedSums = new Float64Array(n);
  const quotedCounts = new Int32Array(n);
  const contrast = contrastFactors(ann.tokens, ann.sentences, hits);
  const value = (h: SentimentHit): number => signed(h) * wordFactor(ann.tokens, h) * (contrast[h.firstToken] ?? 1);
  const lean = (v: number): number => (v < 0 ? v * NEGATIVE_WEIGHT : v);
  // Outermost quotes only: an inner quote lies inside its outer one.
  const speech: Span[] = [];
  for (const q of [...quoted].sort((a, b) => a.start - b.start || b.end - a.end)) {
    const last = speech[speech.length - 1];
    if (!last || q.start >= last.end) speech.push(q);
  }
  for (const h of hits) {
    const s = ann.tokens[h.firstToken]?.sentence ?? -1;
    if (s < 0) continue;
    const v = value(h);
    sums[s] = (sums[s] ?? 0) + v;
    leanedSums[s] = (leanedSums[s] ?? 0) + lean(v);
    counts[s] = (counts[s] ?? 0) + 1;
    if (overlapsAny(speech, h)) {
      quotedSums[s] = (quotedSums[s] ?? 0) + v;
      quotedCounts[s] = (quotedCounts[s] ?? 0) + 1;
    }
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
  const facts = sentenceFacts(ann, speech);
  // Each sentence's weight, worked out the first time a stretch asks (0: not yet).
  const weights = new Float64Array(n);
  const emphasis = (s: number): number => {
    const sentence = ann.sentences[s] as Sentence;
    return blocks[sentence.block]?.isHeading ? HEADING_WEIGHT : opensVerdict(ann.tokens, sentence) ? VERDICT_WEIGHT : 1;
  };
  const weight = (s: number): number => {
    if (!weights[s]) weights[s] = emphasis(s);
    return weights[s] as number;
  };
  const plot = (s: number): boolean => !facts.evaluative[s] && !blocks[(ann.sentences[s] as Sentence).block]?.isHeading;
  /** Sentence `s` scored, or null when it has no hits. */
  const scored = (s: number, weighted: boolean): Scored | null => {
    const c = counts[s] ?? 0;
    if (c === 0) return null;
    const q = quotedCounts[s] ?? 0;
    return { leaned: leanedSums[s] ?? 0, count: c, weight: weighted ? weight(s) : 1, writer: (sums[s] ?? 0) - (quotedSums[s] ?? 0), writerCount: c - q, emphasis: weighted ? weight(s) : 1, plot: weighted && plot(s) };
  };
  /** The sentences whose start lies inside any of the spans. */
  const sentencesOver = (spans: readonly Span[]): number[] => {
    const out: number[] = [];
    for (const span of spans) for (let s = firstAtOrAfter(ann.sentences, span.start); s < n && (ann.sentences[s] as Span).start < span.end; s++) out.push(s);
    return out;
  };
  const readSentences = (ids: readonly number[], weighted: boolean): StretchReading => {
    const items: Scored[] = [];
    let words = 0;
    for (const s of ids) {
      words += facts.words[s] ?? 0;
      const x = scored(s, weighted);
      if (x) items.push(x);
    }
    return readingOf(items, words);
  };

  const scorer: SentimentScorer = {
    over(spans) {
      return sentimentOf(readSentences(sentencesOver(spans), true));
    },
    around(spans) {
      const seen = new Set<number>();
      for (const span of spans) {
        const s = containing(ann.sentences, span.start);
        if (s >= 0) seen.add(s);
      }
      return sentimentOf(readSentences([...seen], false));
    },
    inside(span) {
      const items: Scored[] = [];
      for (let i = firstAtOrAfter(hits, span.start); i < hits.length && (hits[i] as SentimentHit).start < span.end; i++) {
        const h = hits[i] as SentimentHit;
        if (h.end > span.end) continue;
        const v = value(h);
        items.push({ leaned: lean(v), count: 1, weight: 1, writer: v, writerCount: 1, emphasis: 1, plot: false });
      }
      let words = 0;
      for (let t = firstAtOrAfter(ann.tokens, span.start); t < ann.tokens.length && (ann.tokens[t] as Token).start < span.end; t++) if ((ann.tokens[t] as Token).type === 'word') words++;
      return sentimentOf(readingOf(items, words));
    },
    document(spans, rating) {
      const { reading, report } = scorer.documentReading(spans);
      if (rating) {
        // The writer's explicit rating decides the verdict: no `mixed`, no `neutral` unless it is the middle.
        const score = round(RATING_WEIGHT * ratingScore(rating) + (1 - RATING_WEIGHT) * reading.score);
        const label: SentimentLabel = score > 0 ? 'positive' : score < 0 ? 'negative' : 'neutral';
        return { score, label, confidence: round(label === 'neutral' ? 0.5 : confidenceOf(label, { ...reading, score })) };
      }
      const p = report.length > 0 ? reportProbability(report) : 0;
      if (p >= REPORT_THRESHOLD) return { score: reading.score, label: 'neutral', confidence: round(p) };
      return sentimentOf(reading);
    },
    documentReading(spans) {
      const ids = sentencesOver(spans);
      const body = ids.filter((s) => !blocks[(ann.sentences[s] as Sentence).block]?.isHeading);
      // A report is a text of some length: a short one is too little to tell by its voice.
      const sentences = body.filter((s) => (facts.words[s] ?? 0) > 0).length;
      return { reading: readSentences(ids, true), report: sentences >= REPORT_MIN_SENTENCES ? reportFeatures(facts, body) : [] };
    },
  };
  return scorer;
}

/** What each sentence is, for weights and for telling a report from a review. */
interface SentenceFacts {
  /** Word tokens. */
  words: Int32Array;
  /** 1 when it speaks in the first person or names the work or a part of it: not plot description. */
  evaluative: Uint8Array;
  /** 1 when the writer speaks in the first person, outside quoted or reported speech. */
  firstPerson: Uint8Array;
  /** 1 when it holds a reporting word ("said", "told", "according"). */
  reported: Uint8Array;
  /** 1 when it holds quoted speech. */
  quoting: Uint8Array;
  /** 1 when it addresses the reader ("you") outside quoted speech. */
  addressed: Uint8Array;
  /** 1 when it points at the work ("this film", "that show"). */
  pointing: Uint8Array;
  /** 1 when it exclaims or ends in a question. */
  exclaims: Uint8Array;
  /** 1 when it holds a negator. */
  negated: Uint8Array;
  /** Capitalised words after its first word ("I" aside), and tokens with a digit. */
  capitals: Int32Array;
  digits: Int32Array;
}

/** Bits of {@link FACT_WORDS}: which of the word lists a word is in. */
const FIRST_PERSON_BIT = 1;
const EVALUATIVE_BIT = 2;
const REPORTING_BIT = 4;
const NEGATOR_BIT = 8;

/**
 * The word lists {@link sentenceFacts} reads at every word, as one map from a word to its bits:
 * one look-up per word instead of one per list, after a cheap first test most words fail.
 */
const FACT_WORDS = new Map<string, number>();
for (const [list, bit] of [
  [FIRST_PERSON_WORDS, FIRST_PERSON_BIT],
  [[...EVALUATIVE_WORDS, ...WORK_NOUNS], EVALUATIVE_BIT],
  [REPORTING_WORDS, REPORTING_BIT],
  [NEGATORS, NEGATOR_BIT],
] as const) {
  for (const w of list) FACT_WORDS.set(w, (FACT_WORDS.get(w) ?? 0) | bit);
}
const FACT_SHAPES = new ShapeFilter(FACT_WORDS.keys());
const WORK_NOUN = new WordSet(WORK_NOUNS);

/** True when `value` holds an ASCII digit (what `/\d/` matches), read by code unit: asked of every token. */
function hasDigit(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** One pass over the tokens: the facts of every sentence. `speech` is sorted and non-overlapping. */
function sentenceFacts(ann: Annotation, speech: readonly Span[]): SentenceFacts {
  const n = ann.sentences.length;
  const f: SentenceFacts = {
    words: new Int32Array(n),
    evaluative: new Uint8Array(n),
    firstPerson: new Uint8Array(n),
    reported: new Uint8Array(n),
    quoting: new Uint8Array(n),
    addressed: new Uint8Array(n),
    pointing: new Uint8Array(n),
    exclaims: new Uint8Array(n),
    negated: new Uint8Array(n),
    capitals: new Int32Array(n),
    digits: new Int32Array(n),
  };
  const firstPersonOutside = new Uint8Array(n);
  let q = 0;
  for (let t = 0; t < ann.tokens.length; t++) {
    const tok = ann.tokens[t] as Token;
    const s = tok.sentence;
    while (q < speech.length && (speech[q] as Span).end <= tok.start) q++;
    const quotedHere = q < speech.length && (speech[q] as Span).start <= tok.start;
    if (quotedHere) f.quoting[s] = 1;
    const w = tok.normal;
    if (hasDigit(tok.value)) f.digits[s] = (f.digits[s] ?? 0) + 1;
    if (w === '!') f.exclaims[s] = 1;
    if (tok.type !== 'word') continue;
    f.words[s] = (f.words[s] ?? 0) + 1;
    const bits = FACT_SHAPES.has(w) ? (FACT_WORDS.get(w) ?? 0) : 0;
    if (bits & FIRST_PERSON_BIT) {
      f.evaluative[s] = 1;
      if (!quotedHere) firstPersonOutside[s] = 1;
    } else if (bits & EVALUATIVE_BIT) f.evaluative[s] = 1;
    if (bits & REPORTING_BIT) f.reported[s] = 1;
    if (bits & NEGATOR_BIT) f.negated[s] = 1;
    if ((w === 'you' || w === 'your') && !quotedHere) f.addressed[s] = 1;
    if ((w === 'this' || w === 'that') && WORK_NOUN.has(ann.tokens[t + 1]?.normal ?? '')) f.pointing[s] = 1;
    const c = tok.value.charCodeAt(0);
    if (t > (ann.sentences[s] as Sentence).firstToken && c >= 65 && c <= 90 && w !== 'i') f.capitals[s] = (f.capitals[s] ?? 0) + 1;
  }
  for (let s = 0; s < n; s++) {
    const sentence = ann.sentences[s] as Sentence;
    if (ann.tokens[sentence.lastToken]?.normal === '?') f.exclaims[s] = 1;
    f.firstPerson[s] = firstPersonOutside[s] && !f.reported[s] && !f.quoting[s] ? 1 : 0;
  }
  return f;
}

/**
 * The features of a report, in {@link REPORT_FEATURE_WEIGHTS} order, over the body sentences
 * `ids`: shares of sentences in the writer's first person, reporting, quoting, addressing the
 * reader, pointing at the work, exclaiming or asking, negating; capitalised words and digits per word.
 */
export function reportFeatures(f: SentenceFacts, ids: readonly number[]): number[] {
  const withWords = ids.filter((s) => (f.words[s] ?? 0) > 0);
  const n = withWords.length || 1;
  const share = (a: Uint8Array): number => withWords.reduce((k, s) => k + (a[s] ?? 0), 0) / n;
  const words = withWords.reduce((k, s) => k + (f.words[s] ?? 0), 0) || 1;
  const per = (a: Int32Array): number => withWords.reduce((k, s) => k + (a[s] ?? 0), 0) / words;
  return [share(f.firstPerson), share(f.reported), share(f.quoting), share(f.addressed), share(f.pointing), share(f.exclaims), per(f.capitals), per(f.digits), share(f.negated)];
}

/**
 * The chance, 0..1, that a text is a report (news that tells what others did and said) rather
 * than the writer's own opinion: a logistic model over {@link reportFeatures}.
 */
export function reportProbability(features: readonly number[]): number {
  let z = REPORT_INTERCEPT;
  features.forEach((v, i) => (z += v * (REPORT_FEATURE_WEIGHTS[i] ?? 0)));
  return logistic(z);
}
