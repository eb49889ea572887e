/**
 * Hits of the review rules wink's lexicon lacks: warnings to the reader, review phrases read as
 * wholes, and excess ("too long").
 */
import { EXCESS_SCORE, EXCESS_WORDS, WARNING_ADVERBS, WARNING_LEADS, WARNING_SCORE, WARNING_VERBS } from '../../data/sentiment-rules';
import { OPENING_LEADS, type PhraseGuard, type PhraseKind, type ReviewPhrase, SENTIMENT_PHRASES } from '../../data/sentiment-verdicts';
import type { Span } from '../../types';
import { NumberedTable } from '../../text/word-numbers';
import { WordSet } from '../../text/words';
import type { Sentence, SentimentHit, Token } from '../stage-types';

/** The excess markers, with a cheap first test (most tokens fail it). */
const EXCESS = new WordSet(EXCESS_WORDS);

/**
 * The phrases that start with one word, the longest first: by their second word (`more` holds
 * the phrases of two words or more), then the phrases of that word alone (`alone`). A frequent
 * first word leads many phrases ("you", "give"): the word after it picks the few that can read
 * there, in the same order, so a token is not compared with every phrase its word leads.
 */
interface PhrasesFrom {
  more: Map<string, ReviewPhrase[]>;
  alone: ReviewPhrase[];
}

/** {@link SENTIMENT_PHRASES} by their first word (see {@link PhrasesFrom}), each list the longest first. */
const PHRASES_BY_FIRST = new Map<string, PhrasesFrom>();
for (const p of [...SENTIMENT_PHRASES].sort((a, b) => b[0].length - a[0].length)) {
  const [first, second] = p[0] as readonly string[];
  let from = PHRASES_BY_FIRST.get(first as string);
  if (from === undefined) {
    from = { more: new Map(), alone: [] };
    PHRASES_BY_FIRST.set(first as string, from);
  }
  if (second === undefined) from.alone.push(p);
  else from.more.set(second, [...(from.more.get(second) ?? []), p]);
}
/** {@link PHRASES_BY_FIRST} asked by the token's word number: read at every token, no string look-up. */
const WHOLE_PHRASES_BY_FIRST = new NumberedTable(PHRASES_BY_FIRST);

/**
 * The first phrase of `phrases` that reads at token `i` (inside its sentence, no guard word
 * beside it), as a match, or null.
 */
function matchAt(tokens: readonly Token[], i: number, phrases: readonly ReviewPhrase[]): PhraseMatch | null {
  const tok = tokens[i] as Token;
  for (const [words, score, kind, guard] of phrases) {
    const last = i + words.length - 1;
    if (last < tokens.length && (tokens[last] as Token).sentence === tok.sentence && readsAt(tokens, i, words) && !guarded(tokens, i, last, guard)) {
      return { start: tok.start, end: (tokens[last] as Token).end, firstToken: i, lastToken: last, score, kind };
    }
  }
  return null;
}

/** One phrase of {@link SENTIMENT_PHRASES} found in the text. */
export interface PhraseMatch extends Span {
  /** Its first token. */
  firstToken: number;
  /** Its last token (inclusive). */
  lastToken: number;
  /** Its score on wink's scale, before negation. */
  score: number;
  /** Whether it is the writer's verdict on the work or an idiom. */
  kind: PhraseKind;
}

/**
 * The phrases of {@link SENTIMENT_PHRASES} in the tokens, each inside one sentence and not beside
 * a word of its guard, left to right, the longest at each place, none overlapping another.
 */
export function phraseMatches(tokens: readonly Token[]): PhraseMatch[] {
  const out: PhraseMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const from = WHOLE_PHRASES_BY_FIRST.get((tokens[i] as Token).number);
    if (from === undefined) continue;
    // Every longer phrase comes before every one-word phrase, as in one list sorted by length.
    const longer = i + 1 < tokens.length ? from.more.get((tokens[i + 1] as Token).normal) : undefined;
    const match = (longer !== undefined ? matchAt(tokens, i, longer) : null) ?? matchAt(tokens, i, from.alone);
    if (match === null) continue;
    out.push(match);
    i = match.lastToken;
  }
  return out;
}

/** Words that may come before an imperative opening its sentence, with a cheap first test. */
const OPENING_LEAD = new WordSet(OPENING_LEADS);

/**
 * True when a word of `guard` stands right before token `first` or right after token `last`, in
 * their sentence, or when the guard wants the phrase to open its sentence and a word other than
 * an {@link OPENING_LEADS} word comes before it there.
 */
function guarded(tokens: readonly Token[], first: number, last: number, guard: PhraseGuard | undefined): boolean {
  if (guard === undefined) return false;
  const sentence = (tokens[first] as Token).sentence;
  if (guard.opening === true && !opensSentence(tokens, first)) return true;
  const before = tokens[first - 1];
  const after = tokens[last + 1];
  if (before !== undefined && before.sentence === sentence && guard.notAfter?.includes(before.normal) === true) return true;
  return after !== undefined && after.sentence === sentence && guard.notBefore?.includes(after.normal) === true;
}

/**
 * Warnings to the reader ("Don't buy it",
 * "Please do not waste your time", "Don't even bother"): a warning opens its sentence, and its verb's own hit gives way
 * to it. Returns the new hits and the tokens whose hits they replace.
 */
export function reviewHits(tokens: readonly Token[], sentences: readonly Sentence[]): { hits: SentimentHit[]; replaced: Set<number> } {
  const hits: SentimentHit[] = [];
  const replaced = new Set<number>();
  const add = (first: number, last: number, score: number): void => {
    hits.push({ start: (tokens[first] as Token).start, end: (tokens[last] as Token).end, firstToken: first, lastToken: last, score, negated: false });
  };
  for (const s of sentences) {
    let t = s.firstToken;
    while (t < s.lastToken && WARNING_LEADS.has((tokens[t] as Token).normal)) t++;
    const w = tokens[t]?.normal;
    let verb = w === 'never' ? t + 1 : w === 'do' && tokens[t + 1]?.normal === 'not' ? t + 2 : -1;
    // "Don't even bother": the adverb only stresses the warning, and left there it hides the verb.
    if (verb > 0 && verb < s.lastToken && WARNING_ADVERBS.has((tokens[verb] as Token).normal)) verb++;
    if (verb > 0 && verb <= s.lastToken && WARNING_VERBS.has((tokens[verb] as Token).normal)) {
      add(t, verb, WARNING_SCORE);
      replaced.add(verb);
    }
  }
  return { hits, replaced };
}

/**
 * True when only marks and {@link OPENING_LEADS} words come before token `first` in its sentence.
 * The walk back stops at the first other word, so it reads at most the leads and marks before it.
 */
function opensSentence(tokens: readonly Token[], first: number): boolean {
  const sentence = (tokens[first] as Token).sentence;
  for (let k = first - 1; k >= 0; k--) {
    const t = tokens[k] as Token;
    if (t.sentence !== sentence) return true;
    if (t.type === 'word' && !OPENING_LEAD.hasToken(t)) return false;
  }
  return true;
}

/** True when the tokens from `at` have the normal forms `words`. */
function readsAt(tokens: readonly Token[], at: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) if ((tokens[at + k] as Token | undefined)?.normal !== words[k]) return false;
  return true;
}

/**
 * An excess marker ("too", "overly") before a word that scores no praise: "too long" is blame,
 * "too good" is not. `praise` holds the first tokens of the positive hits.
 */
export function excessHits(tokens: readonly Token[], praise: ReadonlySet<number>): SentimentHit[] {
  const out: SentimentHit[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!EXCESS.hasToken(t)) continue;
    const next = tokens[i + 1] as Token;
    if (next.type !== 'word' || next.sentence !== t.sentence || praise.has(i + 1)) continue;
    out.push({ start: t.start, end: next.end, firstToken: i, lastToken: i + 1, score: EXCESS_SCORE, negated: false });
  }
  return out;
}
