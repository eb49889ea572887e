// News flattens a quote that ran over paragraphs: `“First part. “Second part.”`, the first part's
// mark never closed. Each part is a quote, and the second goes on with the first's speaker.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';

const quotes = (text: string): [string, string | null][] => analyzeReview(text).quotes.map((q) => [q.text, q.speaker?.name ?? null]);

describe('a quote reopened after a sentence end', () => {
  it.each<[string, [string, string | null][]]>([
    [
      'Film-maker Rosa Lindqvist spoke after the screening. "We had no money at all," she said. "We borrowed the cameras. "Every night we returned them before six."',
      [
        ['We had no money at all,', 'Rosa Lindqvist'],
        ['We borrowed the cameras.', 'Rosa Lindqvist'],
        ['Every night we returned them before six.', 'Rosa Lindqvist'],
      ],
    ],
    // Curly marks, the same shape.
    ['“The first week was chaos. “The second was worse.”', [['The first week was chaos.', null], ['The second was worse.', null]]],
    // A quote in single marks inside the first part, its stop inside or outside the marks: one
    // part, the song inside it.
    [
      'Singer Dale Hume said: "Back then the radio played: \'Keep on dancing\'. "We lived by a canal."',
      [
        ["Back then the radio played: 'Keep on dancing'.", 'Dale Hume'],
        ['We lived by a canal.', 'Dale Hume'],
      ],
    ],
    [
      'Singer Dale Hume said: “Back then the radio played: ‘Keep on dancing.’ “We lived by a canal.”',
      [
        ['Back then the radio played: ‘Keep on dancing.’', 'Dale Hume'],
        ['We lived by a canal.', 'Dale Hume'],
      ],
    ],
    // A flattened quote earlier in the paragraph, then a quote left open at its end that the next
    // paragraph reopens: the last is a part of its own, and the next paragraph's goes on with it.
    [
      'Singer Dale Hume said: "We were broke. "We lived by a canal." He was asked about the tour. "It was hard," he said. "We slept in the van.\n\n"Every night we drove on."',
      [
        ['We were broke.', 'Dale Hume'],
        ['We lived by a canal.', 'Dale Hume'],
        ['It was hard,', 'Dale Hume'],
        ['We slept in the van.', 'Dale Hume'],
        ['Every night we drove on.', 'Dale Hume'],
      ],
    ],
  ])('%j', (text, want) => {
    expect(quotes(text)).toEqual(want);
  });

  it.each([
    // No sentence end before the next mark: the open mark stays open, with a warning.
    ['"The first week was chaos and "the second" was worse.'],
    // The next quote opens with another kind of mark.
    ['"The first week was chaos. ‘The second was worse.’'],
  ])('%j leaves the open mark unclosed', (text) => {
    const a = analyzeReview(text);
    expect(a.quotes.some((q) => q.text.startsWith('The first week'))).toBe(false);
    expect(a.warnings.some((w) => /unclosed|quote/i.test(typeof w === 'string' ? w : JSON.stringify(w)))).toBe(true);
  });
});
