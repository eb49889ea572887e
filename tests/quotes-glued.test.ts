// Texts whose spaces were lost glue a straight double mark between a sentence's stop and the next
// word (`the night."The next day`): that mark closes the quote open before it, or else opens one.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';

const quotes = (text: string): string[] => analyzeReview(text).quotes.filter((q) => q.kind === 'speech').map((q) => q.text);

describe('a straight double mark glued between two sentences', () => {
  it.each<[string, string[]]>([
    // closing: the quote before it ends there, and the next quote is found whole
    ['Ines Varga laughs. "Sleep is everything."Filming took six weeks in the cold. "Ten steps, and you had to stop," she says.', ['Sleep is everything.', 'Ten steps, and you had to stop,']],
    ['"We lost the first take,"said Ines Varga. "Then the camera froze."', ['We lost the first take,', 'Then the camera froze.']],
    // opening: nothing is open before it
    ['Ines Varga smiled on the red carpet."It is unlike anything I have seen," she said.', ['It is unlike anything I have seen,']],
    // two glued in a row: one closes, the next opens
    ['"It was cold."Varga paused."Really cold," she said.', ['It was cold.', 'Really cold,']],
  ])('%j', (text, want) => {
    expect(quotes(text)).toEqual(want);
  });
});
