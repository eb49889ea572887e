/**
 * Negation, read here: wink's 'negation' pipe is not run (the wink adapter runs only 'sbd' and 'pos'), as
 * it negates every word up to the next punctuation, which reaches too far ("no complaints about the
 * sound quality"). A negator (or a two-word one, "far from") at most {@link NEGATION_SCOPE} words before a hit in its sentence, or a
 * word of absence right before it, turns it round.
 */
import {
  ABSENCE_UNLESS_AFTER,
  ABSENCE_WORDS,
  CLAUSE_SUBJECTS,
  EMPHATIC_ENOUGH_AFTER,
  EMPHATIC_MODALS,
  EMPHATIC_VERBS,
  DEGREE_WORDS,
  DISBELIEF_MODALS,
  NEG_RAISING_SPAN,
  NEG_RAISING_STOPS,
  NEG_RAISING_SURPRISE_MODALS,
  NEG_RAISING_VERBS,
  NEGATION_SCOPE,
  NEGATOR_PAIRS,
  NEGATORS,
  PARTITIVE_BRIDGES,
  PARTITIVE_HIT_POS,
  PARTITIVE_KIND_DETERMINERS,
  PARTITIVE_NEGATORS,
  PARTITIVE_OF_LEADS,
  PARTITIVE_OPENERS,
  PARTITIVE_PHRASE_POS,
  PARTITIVE_POSSESSIVES,
  PARTITIVE_SPAN,
  RELATIVE_THAT,
} from '../../data/sentiment-rules';
import { WordSet } from '../../text/words';
import type { SentimentHit, Token } from '../stage-types';
import { KeptArray } from '../../text/kept-array';

/** {@link previousWords}' answer, kept from one text to the next. */
const PREVIOUS_WORDS = new KeptArray((n) => new Int32Array(n));

/** The negators, with a cheap first test (most words fail it). */
export const NEGATOR = new WordSet(NEGATORS);

/** A hit's score with its negation applied. */
export const signed = (h: SentimentHit): number => (h.negated ? -h.score : h.score);

/**
 * For each token, the index of the last word token at or before it (-1 when none), so the
 * negation scope steps from word to word: a run of emoji or symbols between them costs nothing.
 * The array is kept for the next call ({@link KeptArray}): it holds this answer until then.
 */
export function previousWords(tokens: readonly Token[]): Int32Array {
  const out = PREVIOUS_WORDS.take(tokens.length);
  let w = -1;
  for (let t = 0; t < tokens.length; t++) {
    if ((tokens[t] as Token).type === 'word') w = t;
    out[t] = w;
  }
  return out;
}

/**
 * A hit negated by a negator at most {@link NEGATION_SCOPE} words before it, in its sentence, or by
 * one before the partitive whose noun phrase holds it ({@link negatedPartitive}: "not one of his
 * best"). `previousWord` is {@link previousWords} of the tokens. A negator inside a phrase read as
 * a whole (`inPhrase` is 1 at its tokens) belongs to the phrase: "no wonder it failed" does not
 * negate "failed".
 */
export function negatedInScope(tokens: readonly Token[], previousWord: Int32Array, h: SentimentHit, inPhrase: Uint8Array): SentimentHit {
  const sentence = (tokens[h.firstToken] as Token).sentence;
  let words = 0;
  let negated = false;
  let negator = false;
  // Sentences are runs of tokens: the first word of another sentence ends the scope as any of
  // its tokens would.
  for (let k = h.firstToken > 0 ? (previousWord[h.firstToken - 1] as number) : -1; k >= 0 && words < NEGATION_SCOPE; k = k > 0 ? (previousWord[k - 1] as number) : -1) {
    const t = tokens[k] as Token;
    if (t.sentence !== sentence || opensClause(tokens, k)) break;
    words++;
    if ((NEGATOR.hasToken(t) || pairedNegator(tokens, k)) && inPhrase[k] !== 1) {
      negator = true;
      negated = !emphaticEnough(tokens, k, h.lastToken);
      break;
    }
  }
  if (!negator && words >= NEGATION_SCOPE) negated = negatedPartitive(tokens, previousWord, h, inPhrase) || negatedVerbOfJudging(tokens, h, inPhrase);
  return negated === h.negated ? h : withNegation(h, negated);
}

/**
 * True when the word at `k` is a subject pronoun ({@link CLAUSE_SUBJECTS}) right after a
 * punctuation mark of its sentence: it opens a clause of its own, which a negator before the mark
 * does not reach. A contraction's apostrophe is no such mark (wink keeps "'s" and "n't" whole).
 */
function opensClause(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1];
  return k > 0 && CLAUSE_SUBJECTS.has((tokens[k] as Token).normal) && before !== undefined && before.type === 'punctuation' && before.sentence === (tokens[k] as Token).sentence;
}

/**
 * True when the negator at `k` negates a "can" ({@link EMPHATIC_MODALS}: the modal itself or the word
 * right before) and "enough" stands after it in the sentence, at most {@link EMPHATIC_ENOUGH_AFTER}
 * words past the opinion word ending at `last`, when a verb of praising ({@link EMPHATIC_VERBS}) follows
 * the negator, in its clause: "I can't say enough good things" praises. A bounded
 * window, so the test is constant time per hit.
 */
function emphaticEnough(tokens: readonly Token[], k: number, last: number): boolean {
  const t = tokens[k] as Token;
  if (!EMPHATIC_MODALS.has(t.normal) && !(k > 0 && EMPHATIC_MODALS.has((tokens[k - 1] as Token).normal))) return false;
  // The praise is a saying ("I can't recommend it enough"); "I could not find enough good scenes"
  // and "it can't be good enough" still negate.
  if (!EMPHATIC_VERBS.has(tokens[k + 1]?.normal ?? '')) return false;
  let after = 0;
  for (let j = k + 1; j < tokens.length && after <= EMPHATIC_ENOUGH_AFTER; j++) {
    const u = tokens[j] as Token;
    if (u.sentence !== t.sentence || u.type === 'punctuation') return false;
    if (u.type !== 'word') continue;
    if (u.normal === 'enough') return true;
    if (j > last) after++;
  }
  return false;
}

/**
 * True when the hit `h` lies in the noun phrase of a partitive ({@link PARTITIVE_OPENERS}, or "of"
 * after one of {@link PARTITIVE_OF_LEADS}) that a negator of {@link PARTITIVE_NEGATORS} denies,
 * right before it or one of {@link PARTITIVE_BRIDGES} before it: "not one of his best", "never
 * been among the greats". The hit is a word of {@link PARTITIVE_HIT_POS}, a noun only as the
 * phrase's head; the words between the partitive and it are at most {@link PARTITIVE_SPAN}, each of
 * {@link PARTITIVE_PHRASE_POS} or a possessive, the first not one of
 * {@link PARTITIVE_KIND_DETERMINERS}. A bounded walk back, constant time per hit.
 */
function negatedPartitive(tokens: readonly Token[], previousWord: Int32Array, h: SentimentHit, inPhrase: Uint8Array): boolean {
  const sentence = (tokens[h.firstToken] as Token).sentence;
  const wordBefore = (k: number): number => {
    const w = k > 0 ? (previousWord[k - 1] as number) : -1;
    // A punctuation mark or symbol between two words ends the phrase.
    return w >= 0 && w === k - 1 && (tokens[w] as Token).sentence === sentence ? w : -1;
  };
  const head = tokens[h.lastToken] as Token;
  if (!PARTITIVE_HIT_POS.has(head.pos)) return false;
  const next = tokens[h.lastToken + 1];
  if (head.pos === 'NOUN' && next?.sentence === sentence && (next.pos === 'NOUN' || next.pos === 'PROPN')) return false;
  let k = wordBefore(h.firstToken);
  let first = h.firstToken;
  let opener = -1;
  for (let words = 0; k >= 0 && words <= PARTITIVE_SPAN; words++) {
    const t = tokens[k] as Token;
    if (PARTITIVE_OPENERS.has(t.normal)) { opener = k; break; }
    if (t.normal === 'of') {
      const lead = wordBefore(k);
      if (lead >= 0 && PARTITIVE_OF_LEADS.has((tokens[lead] as Token).normal)) opener = lead;
      break;
    }
    if (!PARTITIVE_PHRASE_POS.has(t.pos) && !PARTITIVE_POSSESSIVES.has(t.normal)) break;
    first = k;
    k = wordBefore(k);
  }
  if (opener < 0 || PARTITIVE_KIND_DETERMINERS.has((tokens[first] as Token).normal)) return false;
  let n = wordBefore(opener);
  if (n >= 0 && PARTITIVE_BRIDGES.has((tokens[n] as Token).normal)) n = wordBefore(n);
  return n >= 0 && inPhrase[n] !== 1 && PARTITIVE_NEGATORS.has((tokens[n] as Token).normal);
}

/**
 * True when the hit `h` lies in the complement of a negated verb of judging
 * ({@link NEG_RAISING_VERBS}) at most {@link NEG_RAISING_SPAN} words before it: "I didn't find the
 * jokes funny", "I don't really think the ending works". The negator stands right before the verb,
 * or one adverb before it; a punctuation mark, another negator or one of {@link NEG_RAISING_STOPS}
 * between the verb and the hit ends the complement, as does a "that" that opens a relative clause
 * (not the one right after the verb, "I don't think that …"); a "so" or "that" right before the hit
 * says how much ("I didn't find it so dreadful"). Not a verb that recalls ("think of", without
 * an "as"), nor a complement with a modal of {@link NEG_RAISING_SURPRISE_MODALS} after "never" or
 * with "so" before the hit (a surprise: "I never thought I would like it", "I didn't think it would
 * be so funny"), nor a "believe" negated after a modal of {@link DISBELIEF_MODALS}
 * (astonishment). A bounded walk back, constant time per hit.
 */
function negatedVerbOfJudging(tokens: readonly Token[], h: SentimentHit, inPhrase: Uint8Array): boolean {
  const sentence = (tokens[h.firstToken] as Token).sentence;
  let words = 0;
  let as = false;
  let modal = false;
  let thats = 0;
  let so = false;
  // Tokens of any kind are counted too, at most twice the words: a run of emoji or symbols ends the walk.
  const last = Math.max(-1, h.firstToken - 1 - 2 * NEG_RAISING_SPAN);
  for (let k = h.firstToken - 1; k > last && words < NEG_RAISING_SPAN; k--) {
    const t = tokens[k] as Token;
    if (t.sentence !== sentence || t.type === 'punctuation') return false;
    if (t.type !== 'word') continue;
    words++;
    // Right before the hit, "so" and "that" say how much ("so dreadful", "that funny").
    if (words === 1 && DEGREE_WORDS.has(t.normal)) {
      so = t.normal === 'so';
      continue;
    }
    if (NEG_RAISING_STOPS.has(t.normal) || NEGATOR.hasToken(t)) return false;
    if (t.normal === 'as') as = true;
    if (RELATIVE_THAT.has(t.normal)) thats++;
    if (NEG_RAISING_SURPRISE_MODALS.has(t.normal)) modal = true;
    if (NEG_RAISING_VERBS.has(t.normal)) {
      if (!as && tokens[k + 1]?.normal === 'of') return false;
      if (thats > (RELATIVE_THAT.has(tokens[k + 1]?.normal ?? '') ? 1 : 0)) return false;
      const n = negatorBefore(tokens, k, inPhrase);
      if (n < 0) return false;
      const negator = (tokens[n] as Token).normal;
      if (modal && (negator === 'never' || so)) return false;
      return !(t.normal === 'believe' && n > 0 && DISBELIEF_MODALS.has((tokens[n - 1] as Token).normal));
    }
  }
  return false;
}

/**
 * The negator (outside a phrase read as a whole) right before token `k`, or one adverb before it,
 * in its sentence: its token, or -1 when there is none.
 */
function negatorBefore(tokens: readonly Token[], k: number, inPhrase: Uint8Array): number {
  for (let j = k - 1; j >= k - 2 && j >= 0; j--) {
    const t = tokens[j] as Token;
    if (t.sentence !== (tokens[k] as Token).sentence || t.type !== 'word') return -1;
    if (NEGATOR.hasToken(t)) return inPhrase[j] === 1 ? -1 : j;
    if (t.pos !== 'ADV') return -1;
  }
  return -1;
}

/** True when the word at `k` ends a two-word negator ({@link NEGATOR_PAIRS}: "far from"). */
function pairedNegator(tokens: readonly Token[], k: number): boolean {
  const before = NEGATOR_PAIRS.get((tokens[k] as Token).normal);
  return before !== undefined && k > 0 && tokens[k - 1]?.normal === before && tokens[k - 1]?.sentence === tokens[k]?.sentence;
}

/**
 * `h` with `negated` set: a literal with the fields in the order every hit is made with, not a
 * spread, so a turned hit has the shape of every other and the passes over hits read one shape.
 */
function withNegation(h: SentimentHit, negated: boolean): SentimentHit {
  return { start: h.start, end: h.end, firstToken: h.firstToken, lastToken: h.lastToken, score: h.score, negated };
}

/** A hit right after a word of absence, or one word later ("lacks charm"), turned round; not after "more or less". */
export function absent(tokens: readonly Token[], h: SentimentHit): SentimentHit {
  const sentence = (tokens[h.firstToken] as Token).sentence;
  for (let k = h.firstToken - 1; k >= h.firstToken - 2 && k >= 0; k--) {
    const t = tokens[k] as Token;
    if (t.sentence !== sentence || t.type !== 'word') break;
    if (ABSENCE_WORDS.has(t.normal) && !afterItsException(tokens, k)) return withNegation(h, !h.negated);
  }
  return h;
}

/** True when the word of absence at token `k` follows the word that makes it none ({@link ABSENCE_UNLESS_AFTER}). */
function afterItsException(tokens: readonly Token[], k: number): boolean {
  const unless = ABSENCE_UNLESS_AFTER.get((tokens[k] as Token).normal);
  return unless !== undefined && k > 0 && tokens[k - 1]?.normal === unless && tokens[k - 1]?.sentence === tokens[k]?.sentence;
}
