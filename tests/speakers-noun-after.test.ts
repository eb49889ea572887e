// A name right before a lower-case noun describes that noun (`a Tolkien fan`): it is no one
// speaking, nor an outlet. The speaker readers ask this of the token after the name.
import { describe, expect, it } from 'vitest';
import { normalize } from '../src/stages/1-normalize';
import { segmentSections } from '../src/stages/2-segment';
import { annotate } from '../src/stages/3-annotate';
import { lowerNounAfter } from '../src/stages/6-speakers/noun-after';

/** Whether a lower-case noun follows the first `name` in `text`. */
function nounAfter(text: string, name: string): boolean {
  const input = normalize(text);
  const { tokens } = annotate(input, segmentSections(input).blocks, Number.MAX_SAFE_INTEGER);
  return lowerNounAfter(tokens, text.indexOf(name) + name.length);
}

describe('lowerNounAfter', () => {
  it.each([
    ['a lower-case noun after the name', 'Every Brandell fan will love the new book.', 'Brandell', true],
    ['a noun after a name of two words', 'I saw the Ansel Varga documentary last night.', 'Ansel Varga', true],
    ['a verb after the name', 'Brandell agrees with every word of it.', 'Brandell', false],
    ['a capitalised word after the name', 'The Brandell Society met on Monday.', 'Brandell', false],
    ['nothing after the name', 'The best lines go to Brandell', 'Brandell', false],
  ] as const)('%s', (_, text, name, expected) => {
    expect(nounAfter(text, name)).toBe(expected);
  });
});
