// The sentence scores are summed in arrays kept from one text to the next: a text's analysis must
// not depend on what the process analysed before. Each short text is analysed alone, then again
// after a long text whose sentences all carry hits, and the two analyses must be equal.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';

/** Many sentences, each with praise, blame, a quote or a concession, so every sum is non-zero. */
const LONG = Array.from(
  { length: 60 },
  (_, i) => `Sentence ${i} is wonderful and awful at once. "What a brilliant, dreadful scene," she said. Although the pacing is slow, the music is superb.`,
).join(' ');

describe('sentence scores: kept sums start afresh for every text', () => {
  it.each<[string, string]>([
    ['one plain sentence, no hits', 'The film runs for two hours.'],
    ['praise in the second of two sentences', 'We saw it on a Sunday. The acting was excellent.'],
    ['a negated verdict and a quote', 'It is not a masterpiece. "I hated it," my brother said. The sets were lovely though.'],
  ])('%s', (_, text) => {
    const alone = analyzeReview(text);
    analyzeReview(LONG);
    const after = analyzeReview(text);
    expect(after.sentiment).toEqual(alone.sentiment);
    expect(after.sections.map((s) => s.sentiment)).toEqual(alone.sections.map((s) => s.sentiment));
  });

  it('the short text reads its own label, not the long one’s', () => {
    analyzeReview(LONG);
    expect(analyzeReview('The acting was excellent and the story was moving.').sentiment.label).toBe('positive');
    analyzeReview(LONG);
    expect(analyzeReview('The acting was dreadful and the story was boring.').sentiment.label).toBe('negative');
  });
});
