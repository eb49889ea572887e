// A review in pros-and-cons shape: a heading that names a pole ("The bad", "What I liked") says
// which way its section leans, whatever words its items use; a heading naming both sides, or
// none, leaves the section to its words.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';
import { headingLean, poleKey } from '../src/stages/7-heading-lean';

describe('poleKey: a heading as the pole list holds it', () => {
  it.each<[string, string]>([
    ['## What I Didn’t Like:', "what i didn't like"],
    ['**The Good**', 'the good'],
    ['3. Weaknesses', 'weaknesses'],
    // Roman and lettered numbering, markup around it; a number too long to be one stays.
    ['iii) The bad', 'the bad'],
    ['> b. Gripes', 'gripes'],
    ['- 12. **Pros**', 'pros'],
    ['1234. Pros', '1234. pros'],
    ['iv.Cons', 'iv.cons'],
    ['IV. The  Bad -', 'the bad'],
    ['b) Pros', 'pros'],
  ])('%j is %j', (heading, key) => {
    expect(poleKey(heading)).toBe(key);
  });
});

describe('headingLean', () => {
  it.each<[string, number | null]>([
    ['The good:', 1],
    ['What worked', 1],
    ['## Cons', -1],
    ['Room for improvement', -1],
    ['Sound: 8/10', 0.6],
    // Both sides, or none: no lean.
    ['Pros and cons', null],
    ['The Good, the Bad and the Ugly', null],
    ['Verdict', null],
    ['The good doctor', null],
  ])('%j leans %j', (heading, lean) => {
    const got = headingLean(heading);
    if (lean === null) expect(got).toBeNull();
    else expect(got).toBeCloseTo(lean, 9);
  });
});

describe('a section under a pole heading takes its pole', () => {
  const labels = (text: string) => analyzeReview(text).sections.filter((s) => s.heading).map((s) => [text.slice(s.heading!.start, s.heading!.end), s.sentiment.label]);
  it.each<[string, [string, string][]]>([
    [
      // Items written without opinion words: under the pole, praise and blame.
      'Thoughts after the finale.\n\n## What I liked\n\nThe way each episode ends on a question. The costumes.\n\n## What I didn\'t like\n\nThe romance subplot. The narrator who repeats each scene.',
      [['What I liked', 'positive'], ["What I didn't like", 'negative']],
    ],
    [
      // Blame worded kindly is still blame under "Cons"; items with no opinion words are praise under "Pros".
      'A quick list after the finale.\n\nPros:\nIt keeps to ninety minutes. The theme tune.\n\nCons:\nI would have loved a longer last episode, and the sweet little brother deserved more scenes.',
      [['Pros:', 'positive'], ['Cons:', 'negative']],
    ],
    [
      '# Season two\n\nI finished it on Sunday.\n\n## Highlights\n\nThe train sequence in episode four.\n\n## Gripes\n\nThe best friend is funny, but she vanishes for three episodes.',
      [['Season two', 'neutral'], ['Highlights', 'positive'], ['Gripes', 'negative']],
    ],
  ])('%j', (text, want) => {
    expect(labels(text)).toEqual(want);
  });
});
