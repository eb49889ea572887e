/**
 * Each sentence's score, as sums the aggregation reads: its hits' values (negative ones leaned),
 * the share in the writer's own words, and how much the writer stresses it.
 */
import { COMMENTS_LEADS, COMMENTS_OPENERS, NEGATION_CUE_SCORE, QUOTING_SENTENCE_WEIGHT, VERDICT_OPENER_LEADS, VERDICT_OPENERS, VERDICT_WEIGHT } from '../../data/sentiment-rules';
import type { Span } from '../../types';
import type { Annotation, Block, Sentence, Token } from '../stage-types';
import { lean } from './hit-values';
import { NEGATOR } from './negation';
import type { VoiceReading } from './sentence-voice';
import { overlapsAny } from './spans';
import { KeptArray } from '../../text/kept-array';
import type { ScoredHit, SentenceScore } from './types';

/** A heading is the writer's own summary of its section: it counts this many times. */
export const HEADING_WEIGHT = 2;

/** The first words of {@link VERDICT_OPENERS}: most sentences open with none, and need no phrase tried. */
const VERDICT_FIRST_WORDS: ReadonlySet<string> = new Set(VERDICT_OPENERS.map((phrase) => phrase[0] as string));

/** True when a sentence opens with a verdict phrase ("Overall, …"), maybe after one of {@link VERDICT_OPENER_LEADS} ("But overall, …"). */
function opensVerdict(tokens: readonly Token[], s: Sentence): boolean {
  const lead = VERDICT_OPENER_LEADS.has(tokens[s.firstToken]?.normal ?? '') ? 1 : 0;
  return opensVerdictAt(tokens, s, s.firstToken + lead) || (lead === 1 && opensVerdictAt(tokens, s, s.firstToken));
}

/** True when one of {@link VERDICT_OPENERS} starts at token `at` of sentence `s`. */
function opensVerdictAt(tokens: readonly Token[], s: Sentence, at: number): boolean {
  const first = tokens[at]?.normal;
  if (first === undefined || at > s.lastToken || !VERDICT_FIRST_WORDS.has(first)) return false;
  return VERDICT_OPENERS.some((phrase) => phrase.every((w, k) => at + k <= s.lastToken && tokens[at + k]?.normal === w));
}

/** True when the words `words` open with `phrase`. */
const startsWith = (words: readonly string[], phrase: readonly string[]): boolean => phrase.every((w, k) => words[k] === w);

/**
 * True when sentence `s`, alone in its block (a line or heading of its own), opens the readers'
 * comments below a post: one of {@link COMMENTS_OPENERS} alone (a count beside it allowed), or a
 * count and one of {@link COMMENTS_LEADS} ("12 thoughts on “Title”").
 */
export function opensComments(tokens: readonly Token[], sentences: readonly Sentence[], s: number): boolean {
  const sentence = sentences[s] as Sentence;
  if (sentences[s - 1]?.block === sentence.block || sentences[s + 1]?.block === sentence.block) return false;
  const words: string[] = [];
  let counted = false;
  for (let t = sentence.firstToken; t <= sentence.lastToken; t++) {
    const tok = tokens[t] as Token;
    if (tok.type === 'number') {
      if (words.length === 0) counted = true;
    } else if (tok.type === 'word') words.push(tok.normal);
    // A sentence of many words is prose, not a comments line: stop reading.
    if (words.length > 4 && !counted) return false;
  }
  if (COMMENTS_OPENERS.some((phrase) => phrase.length === words.length && startsWith(words, phrase))) return true;
  return counted && COMMENTS_LEADS.some((phrase) => startsWith(words, phrase));
}

/**
 * True when a sentence holds a negator outside the masked titles and names (sorted,
 * non-overlapping): "It does not stay on my ear" has no opinion word but is a complaint.
 */
function holdsNegator(tokens: readonly Token[], sentence: Sentence, mask: readonly Span[]): boolean {
  for (let t = sentence.firstToken; t <= sentence.lastToken; t++) {
    const tok = tokens[t] as Token;
    if (tok.type === 'word' && NEGATOR.hasToken(tok) && !overlapsAny(mask, tok)) return true;
  }
  return false;
}

/**
 * {@link sentenceScores}' sums and counts per sentence, kept from one text to the next: a typed
 * array of more than a few dozen bytes is made outside the heap, which costs more than filling a
 * kept one, and each is read only while the function runs.
 */
const SUMS = new KeptArray((n) => new Float64Array(n));
const LEANED = new KeptArray((n) => new Float64Array(n));
const COUNTS = new KeptArray((n) => new Int32Array(n));
const QUOTED_SUMS = new KeptArray((n) => new Float64Array(n));
const QUOTED_COUNTS = new KeptArray((n) => new Int32Array(n));
const CONCEDED_SUMS = new KeptArray((n) => new Float64Array(n));
const CONCEDED_COUNTS = new KeptArray((n) => new Int32Array(n));

/**
 * The score of every sentence of the annotation, from its `hits` (sorted by start), the masked
 * titles and names, and the sentences' voices. A sentence without hits that holds a negator scores
 * {@link NEGATION_CUE_SCORE}. A verdict, a sentence opening with "Overall" (or another of
 * {@link VERDICT_OPENERS}) or one in `verdicts` (it holds a verdict phrase: "a must-see", "a waste
 * of time"), is the writer's judgement of the work: stressed and never plot description.
 */
export function sentenceScores(
  ann: Annotation,
  blocks: readonly Block[],
  hits: readonly ScoredHit[],
  mask: readonly Span[],
  voice: VoiceReading,
  verdicts: ReadonlySet<number>,
): SentenceScore[] {
  const n = ann.sentences.length;
  const sums = SUMS.take(n);
  const leaned = LEANED.take(n);
  const counts = COUNTS.take(n);
  const quotedSums = QUOTED_SUMS.take(n);
  const quotedCounts = QUOTED_COUNTS.take(n);
  const concededSums = CONCEDED_SUMS.take(n);
  const concededCounts = CONCEDED_COUNTS.take(n);
  for (const h of hits) {
    const s = h.sentence;
    if (s < 0) continue;
    sums[s] = (sums[s] ?? 0) + h.value;
    leaned[s] = (leaned[s] ?? 0) + lean(h.value);
    counts[s] = (counts[s] ?? 0) + 1;
    if (h.quoted) {
      quotedSums[s] = (quotedSums[s] ?? 0) + h.value;
      quotedCounts[s] = (quotedCounts[s] ?? 0) + 1;
    } else if (h.conceded) {
      concededSums[s] = (concededSums[s] ?? 0) + h.value;
      concededCounts[s] = (concededCounts[s] ?? 0) + 1;
    }
  }
  const out: SentenceScore[] = [];
  for (let s = 0; s < n; s++) {
    const sentence = ann.sentences[s] as Sentence;
    if (counts[s] === 0 && holdsNegator(ann.tokens, sentence, mask)) {
      sums[s] = NEGATION_CUE_SCORE;
      leaned[s] = lean(NEGATION_CUE_SCORE);
      counts[s] = 1;
    }
    const heading = blocks[sentence.block]?.isHeading === true;
    const voiceOf = voice.voices[s] as SentenceScore['voice'];
    const verdict = verdicts.has(s) || opensVerdict(ann.tokens, sentence);
    const stress = heading ? HEADING_WEIGHT : verdict ? VERDICT_WEIGHT : 1;
    out.push({
      start: sentence.start,
      end: sentence.end,
      hits: counts[s] ?? 0,
      leaned: leaned[s] ?? 0,
      writer: (sums[s] ?? 0) - (quotedSums[s] ?? 0),
      writerHits: (counts[s] ?? 0) - (quotedCounts[s] ?? 0),
      conceded: concededSums[s] ?? 0,
      concededHits: concededCounts[s] ?? 0,
      weight: voiceOf.quoting ? stress * QUOTING_SENTENCE_WEIGHT : stress,
      stress,
      heading,
      plot: (!voice.evaluative[s] || voice.othersView[s] === 1) && !heading && !verdict,
      // A sentence that turns ("people say it drags, but …") holds the writer's answer beside the view.
      others: voice.othersView[s] === 1 && !heading && !verdict && (concededCounts[s] ?? 0) === 0,
      words: voice.words[s] ?? 0,
      opensComments: opensComments(ann.tokens, ann.sentences, s),
      voice: voiceOf,
    });
  }
  return out;
}
