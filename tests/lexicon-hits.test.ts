import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src';
import { wordHits } from '../src/stages/7-sentiment/lexicon-hits';
import type { SentimentHit, Token } from '../src/stages/stage-types';
import { wordNumber } from '../src/text/word-numbers';

/** Tokens of `words`, one space apart, all in sentence 0. */
function tokens(words: [value: string, type: string, pos: string][]): Token[] {
  let at = 0;
  return words.map(([value, type, pos]) => {
    const normal = value.toLowerCase();
    const t = { start: at, end: at + value.length, value, normal, number: wordNumber(normal), pos, type, sentence: 0 };
    at = t.end + 1;
    return t;
  });
}

describe('wordHits', () => {
  it.each([
    // A review word wink's lexicon lacks.
    ['a review word', [['Predictable', 'word', 'ADJ']], [], new Map(), [[0, -0.4]]],
    // A stem the lexicon knows, negated by its prefix.
    ['an un- word', [['unimportant', 'word', 'ADJ']], [], new Map(), [[0, -0.4]]],
    // An inflected verb scored by its lemma; the same form without a lemma scores nothing.
    ['a verb by its lemma', [['lacked', 'word', 'VERB'], ['lacked', 'word', 'VERB']], [], new Map([[0, 'lack']]), [[0, -0.4]]],
    // A verb whose lemma's score is its noun's: starring in a film is a casting fact, not praise.
    ['a casting verb', [['stars', 'word', 'VERB'], ['starring', 'word', 'VERB']], [], new Map([[0, 'star'], [1, 'star']]), []],
    // A word already inside one of wink's hits is left to it.
    ['a word inside a hit', [['unimportant', 'word', 'ADJ']], [{ start: 0, end: 11, firstToken: 0, lastToken: 0, score: 0.5, negated: false }], new Map(), []],
    // Only words: a number or punctuation never scores.
    ['not a word', [['un-fun', 'punctuation', 'PUNCT']], [], new Map(), []],
    ['a plain word', [['table', 'word', 'NOUN']], [], new Map(), []],
  ] as [string, [string, string, string][], SentimentHit[], Map<number, string>, [number, number][]][])(
    'scores %s',
    (_, words, hits, lemmas, expected) => {
      const found = wordHits(tokens(words), hits, lemmas);
      expect(found.map((h) => [h.firstToken, h.score])).toEqual(expected);
      for (const h of found) expect([h.lastToken, h.negated]).toEqual([h.firstToken, false]);
    },
  );
});

describe('casting verbs in whole documents', () => {
  it.each([
    // the cast told by a verb carries no opinion of the work
    ['It stars two unknown actors from Leeds.', 'neutral'],
    ['She stars as a nurse in the second season.', 'neutral'],
    // the noun keeps its praise
    ['Her performance is a star turn and the script is wonderful.', 'positive'],
  ])('%s → %s', (text, label) => {
    expect(analyzeReview(text).sentiment.label).toBe(label);
  });
});
