/**
 * Sentiment hits of single words that wink's lexicon leaves unscored: review words it lacks
 * ("predictable", "tasty"), words it lacks whose stem it has, negated by a prefix ("unimportant"),
 * and inflected verbs whose lemma it has ("lacked"). Decisions of the sentiment stage over what
 * the wink adapter read; stage 3 adds them to wink's own hits, since the works stage reads hits too.
 */
import { MIN_PREFIXED_LENGTH, NEGATING_PREFIXES } from '../../data/sentiment-rules';
import { REVIEW_LEXICON, UNSCORED_VERB_LEMMAS } from '../../data/review-lexicon';
import { NumberedTable } from '../../text/word-numbers';
import { KeptArray } from '../../text/kept-array';
import { wordLexiconHits } from '../../wink';
import type { SentimentHit, Token } from '../stage-types';

/**
 * Lexicon scores of single words, looked up once per process. It cannot change an analysis: a
 * word's score is what wink's lexicon gives the word read alone, in a read of its own that sees
 * no word learned in earlier reads, so it is the same whenever it is asked.
 */
const lexiconCache = new Map<string, number>();

/**
 * The most words {@link lexiconCache} holds: a process that reads millions of reviews meets ever
 * new word forms (typos, names), so a full cache starts again rather than grow without end.
 */
const MAX_CACHED_WORDS = 200_000;

/** The lexicon's score of one word (0 when it has none, or only as part of a phrase). */
function lexiconScore(word: string): number {
  let score = lexiconCache.get(word);
  if (score === undefined) {
    const hits = wordLexiconHits(word);
    const [first, last, thousandths] = hits;
    score = hits.length === 3 && first === 0 && last === 0 ? (thousandths as number) / 1000 : 0;
    if (lexiconCache.size >= MAX_CACHED_WORDS) lexiconCache.clear();
    lexiconCache.set(word, score);
  }
  return score;
}

/** A word like "unimportant": minus its stem's score when only the stem is in the lexicon. */
function prefixedScore(normal: string): number {
  if (normal.length < MIN_PREFIXED_LENGTH) return 0;
  for (const prefix of NEGATING_PREFIXES) {
    if (normal.startsWith(prefix) && /^[a-z]+$/.test(normal)) return -lexiconScore(normal.slice(prefix.length));
  }
  return 0;
}

/**
 * The score of an inflected verb by its lemma: "lacks", "lacked", "lacking" score as "lack" when
 * the lexicon lacks the form itself. A form the lexicon has, which wink left unscored in one place
 * (inside one of its phrases), scores 0 here. Nouns are not looked up by lemma: wink scores nouns
 * in senses their plurals seldom have ("star", "fan", but "the film stars", "fans"), and a verb
 * whose lexicon score is its noun's ({@link UNSCORED_VERB_LEMMAS}: "it stars", "starring") scores 0.
 */
function verbScore(normal: string, lemma: string): number {
  if (lemma === normal || UNSCORED_VERB_LEMMAS.has(lemma) || lexiconScore(normal) !== 0) return 0;
  return REVIEW_LEXICON.get(lemma) ?? lexiconScore(lemma);
}

/** {@link REVIEW_LEXICON}, read at every word, asked by word number. */
const REVIEW_SCORES = new NumberedTable(REVIEW_LEXICON);

/** {@link wordHits}' marks of the tokens inside a lexicon hit, kept from one call to the next. */
const HIT_MARKS = new KeptArray((n) => new Uint8Array(n));

/**
 * The hits of single words outside `hits` (wink's lexicon hits over `tokens`), in token order.
 *
 * @param verbLemmas - The lemma of each token wink tagged VERB, by token index (a verb wink gives
 *   no lemma, as "cant", is not in it).
 */
export function wordHits(tokens: readonly Token[], hits: readonly SentimentHit[], verbLemmas: ReadonlyMap<number, string>): SentimentHit[] {
  const isHit = HIT_MARKS.take(tokens.length);
  for (const hit of hits) for (let i = hit.firstToken; i <= hit.lastToken; i++) isHit[i] = 1;
  const out: SentimentHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (isHit[i] || t.type !== 'word') continue;
    const review = REVIEW_SCORES.get(t.number);
    const lemma = verbLemmas.get(i);
    const score = review ?? (prefixedScore(t.normal) || (lemma === undefined ? 0 : verbScore(t.normal, lemma)));
    if (score !== 0) out.push({ start: t.start, end: t.end, firstToken: i, lastToken: i, score, negated: false });
  }
  return out;
}
