/**
 * The opinion hits a sentence is scored from: wink's lexicon hits (words, phrases, emoji,
 * emoticons, and the prefix-negated words of stage 3) and the review rules' own.
 */
import { NOT_OPINION_WORDS, STRUCTURE_WORDS } from '../../data/sentiment-rules';
import { REPORTING_VERBS, RESTRICTED_VERDICT_WEIGHT, SAYING_SCOPE_ENDS, RESTRICTOR_SCOPE, VERDICT_RESTRICTORS } from '../../data/sentiment-verdicts';
import type { Span } from '../../types';
import { WordSet } from '../../text/words';
import type { Annotation, SentimentHit, Token } from '../stage-types';
import { counterfactualClauses, realised } from './counterfactual';
import { absent, NEGATOR, negatedInScope, previousWords, signed } from './negation';
import { excessHits, type PhraseMatch, phraseMatches, reviewHits } from './review-hits';
import { overlapsAny } from './spans';
import { KeptArray } from '../../text/kept-array';

/** {@link opinionHits}' tokens inside a phrase match, kept from one text to the next. */
const IN_PHRASE = new KeptArray((n) => new Uint8Array(n));

const REPORTING = new WordSet(REPORTING_VERBS);
const SAYING_ENDS = new WordSet(SAYING_SCOPE_ENDS);

/**
 * A verdict phrase found in the text ("a must-see", "a waste of time", "I loved it"), neither
 * negated nor restricted: its span and the index of its sentence, which it makes the writer's
 * verdict on the work.
 */
export interface VerdictPhrase extends Span {
  /** Index into the annotation's sentences. */
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
 * that label a review's parts ("Verdict", "Summary") or hold no opinion in a review ("left"), a
 * verb's hit a warning replaces, and the words' hits inside a phrase read as a whole ("stole the
 * show"), which scores instead. Then
 * negation turns hits round, and so does a counterfactual clause ("it could have been great"), and an excess marker before a word that is not praise adds a hit.
 */
export function opinionHits(ann: Annotation, mask: readonly Span[]): OpinionHits {
  const { tokens } = ann;
  const structural = (h: SentimentHit): boolean => {
    const word = h.firstToken === h.lastToken ? (tokens[h.firstToken]?.normal ?? '') : '';
    return STRUCTURE_WORDS.has(word) || NOT_OPINION_WORDS.has(word);
  };
  const review = reviewHits(tokens, ann.sentences);
  const phrases = phraseMatches(tokens).filter((m) => !overlapsAny(mask, m));
  const inPhrase = IN_PHRASE.take(tokens.length);
  for (const m of phrases) for (let t = m.firstToken; t <= m.lastToken; t++) inPhrase[t] = 1;
  const insidePhrase = (h: SentimentHit): boolean => {
    for (let t = h.firstToken; t <= h.lastToken; t++) if (inPhrase[t]) return true;
    return false;
  };
  const replaced = (h: SentimentHit): boolean => h.firstToken === h.lastToken && review.replaced.has(h.firstToken);
  const previousWord = previousWords(tokens);
  const saying = phrases.some((m) => m.kind === 'verdict') ? negatedSaying(tokens, inPhrase) : undefined;
  const phraseHits: SentimentHit[] = [];
  const verdicts: VerdictPhrase[] = [];
  const clauses = counterfactualClauses(tokens);
  for (const m of phrases) {
    const h = realised(clauses, negatedInScope(tokens, previousWord, { start: m.start, end: m.end, firstToken: m.firstToken, lastToken: m.lastToken, score: m.score, negated: false }, inPhrase));
    if (m.kind === 'idiom') {
      if (h.score !== 0) phraseHits.push(h);
      continue;
    }
    const negated = h.negated || saying?.[m.firstToken] === 1;
    const restricted = restrictedVerdict(tokens, m);
    const score = restricted ? h.score * RESTRICTED_VERDICT_WEIGHT : h.score;
    phraseHits.push({ start: h.start, end: h.end, firstToken: h.firstToken, lastToken: h.lastToken, score, negated });
    if (!negated && !restricted) verdicts.push({ start: m.start, end: m.end, sentence: (tokens[m.firstToken] as Token).sentence });
  }
  const kept = [
    ...ann.hits.filter((h) => !overlapsAny(mask, h) && !structural(h) && !replaced(h) && !insidePhrase(h)).map((h) => realised(clauses, absent(tokens, negatedInScope(tokens, previousWord, h, inPhrase)))),
    ...review.hits.filter((h) => !overlapsAny(mask, h) && !insidePhrase(h)),
    ...phraseHits,
  ];
  const praise = new Set(kept.filter((h) => signed(h) > 0).map((h) => h.firstToken));
  return { hits: [...kept, ...excessHits(tokens, praise)].sort((a, b) => a.start - b.start), verdicts };
}

/**
 * For each token, 1 when a negated word of saying ({@link REPORTING_VERBS}: "not say", "don't
 * think") stands before it in its sentence, the negator right before the verb or one word before
 * ("not really say"), up to a word that opens a contrasting clause ({@link SAYING_SCOPE_ENDS}).
 * One pass over the tokens.
 */
function negatedSaying(tokens: readonly Token[], inPhrase: Uint8Array): Uint8Array {
  const out = new Uint8Array(tokens.length);
  let sentence = -1;
  let on = 0;
  // Words read since the last negator in the sentence.
  let wordsSinceNegator = Number.POSITIVE_INFINITY;
  for (let t = 0; t < tokens.length; t++) {
    const tok = tokens[t] as Token;
    if (tok.sentence !== sentence) {
      sentence = tok.sentence;
      on = 0;
      wordsSinceNegator = Number.POSITIVE_INFINITY;
    }
    out[t] = on;
    if (tok.type !== 'word') continue;
    if (on === 1 && SAYING_ENDS.hasToken(tok)) on = 0;
    if (wordsSinceNegator < 2 && REPORTING.hasToken(tok)) on = 1;
    if (NEGATOR.hasToken(tok) && inPhrase[t] !== 1) wordsSinceNegator = 0;
    else wordsSinceNegator++;
  }
  return out;
}

/**
 * True when a word of {@link VERDICT_RESTRICTORS} opens within {@link RESTRICTOR_SCOPE} words
 * before or after the verdict phrase `m`, in its sentence.
 */
function restrictedVerdict(tokens: readonly Token[], m: PhraseMatch): boolean {
  const sentence = (tokens[m.firstToken] as Token).sentence;
  for (const step of [-1, 1]) {
    let words = 0;
    for (let k = step < 0 ? m.firstToken - 1 : m.lastToken + 1; k >= 0 && k < tokens.length && words < RESTRICTOR_SCOPE; k += step) {
      const tok = tokens[k] as Token;
      if (tok.sentence !== sentence) break;
      if (tok.type !== 'word') continue;
      words++;
      if (VERDICT_RESTRICTORS.some((r) => r.every((w, j) => tokens[k + j]?.normal === w && tokens[k + j]?.sentence === sentence))) return true;
    }
  }
  return false;
}
