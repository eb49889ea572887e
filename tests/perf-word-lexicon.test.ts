import { describe, expect, it } from 'vitest';
import { getEngine } from '../src/wink/engine';
import { lexiconHits, readWink, wordLexiconHits } from '../src/wink';

/** The model's own words of lower-case ASCII letters, in the model's order. */
function plainModelWords(): string[] {
  const state = getEngine();
  const ids = state.lexemeIds;
  // The table lists its words by bucket; sorting by number gives the model's order back.
  const table = ids as unknown as { keys?: () => Iterable<string> };
  const words = typeof table.keys === 'function' ? [...table.keys()] : Object.keys(ids);
  const number = (w: string): number => ids.get(w) as number;
  return words.filter((w) => /^[a-z]+$/.test(w) && state.learned.isShipped(number(w))).sort((a, b) => number(a) - number(b));
}

describe('wordLexiconHits: the hits wink gives one word read alone', () => {
  it.each([
    // British spellings: wink's normal form is the American one, which the machine reads (the
    // lexicon scores "defenceless" and "favourable" so, and not "cosy").
    ['defenceless', true],
    ['favourable', true],
    ['cosy', false],
    // A word whose normal form is itself.
    ['dreadful', true],
    ['table', false],
    // A contraction: wink reads it as two tokens.
    ['cannot', false],
    // No word of the model: wink reads and learns it.
    ['zorblaxingly', false],
  ])('%s, before and after a read has met it, as lexiconHits gives it', (word, scored) => {
    const before = wordLexiconHits(word);
    readWink(`They said it was ${word} then.`);
    const after = wordLexiconHits(word);
    const wink = lexiconHits(word);
    expect(before).toEqual(wink);
    expect(after).toEqual(wink);
    expect(wink.length > 0).toBe(scored);
  });

  it('equals lexiconHits over every 16th plain word of the model, asked before wink reads it', () => {
    const words = plainModelWords().filter((_, i) => i % 16 === 0);
    expect(words.length).toBeGreaterThan(4000);
    let scored = 0;
    for (const word of words) {
      const ours = wordLexiconHits(word);
      const wink = lexiconHits(word);
      if (wink.length > 0) scored++;
      expect(ours, word).toEqual(wink);
    }
    expect(scored).toBeGreaterThan(200);
  });
});
