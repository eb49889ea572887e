// A lone surname the text has already used for one person keeps naming that person after a
// relative with the same surname is named in full; where the surname is first used alone only
// after both full names, the one named last still takes it. Sentences are made up.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';

/** How many times the entity named `name` is mentioned by the bare `word`. */
function loneMentions(text: string, name: string, word: string): number {
  const a = analyzeReview(text);
  const e = [...a.characters, ...a.people].find((x) => x.name === name);
  return e ? e.mentions.filter((m) => text.slice(m.start, m.end) === word).length : -1;
}

describe('a lone surname two people share', () => {
  // Each case: what it shows, the text, the surname, the full name expected to hold every lone
  // mention, how many there are, and the relative expected to hold none.
  it.each<[string, string, string, string, number, string]>([
    [
      'keeps naming the one it named before the relative came in',
      'Ray Vell, the drummer, left the band in spring. Vell wrote most of the songs. His mother Ada Vell asked the police for help. Vell was never seen again, and Vell is still missed.',
      'Vell',
      'Ray Vell',
      3,
      'Ada Vell',
    ],
    [
      'goes to the one named last when it was not used alone before',
      'Tom Marsh plays the father, and the script is by Anna Marsh. Marsh keeps the dialogue lean.',
      'Marsh',
      'Anna Marsh',
      1,
      'Tom Marsh',
    ],
  ])('%s', (_what, text, word, owner, count, other) => {
    expect(loneMentions(text, owner, word)).toBe(count);
    expect(loneMentions(text, other, word)).toBe(0);
  });
});
