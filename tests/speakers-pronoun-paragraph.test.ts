// In reports, a paragraph that opens with a quote and no attribution of its own, after a paragraph
// closed by "he said …" / "she said …" reporting that person's words: the quote goes on with them.
// A memory or a deed across the break does not carry the words on. All names invented.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src';

type Case = [text: string, speakers: (string | null)[]];

const speakersOf = (text: string): (string | null)[] => analyzeReview(text).quotes.map((q) => q.speaker?.name ?? null);

const carried: Case[] = [
  ['Marta Kowalczyk left the panel early on Friday. She said the format had worn her out.\n\n“I never want to sit on a panel again.”', ['Marta Kowalczyk']],
  ['Tomasz Reuben stepped down as editor last week. He also told staff that the paper needed new blood.\n\n“It was time for somebody younger.”', ['Tomasz Reuben']],
];

const notCarried: Case[] = [
  // a memory, not a report of words
  ['Marta Kowalczyk left the panel early on Friday. She remembered her first festival.\n\n“Nobody came to the screening.”', [null]],
  // the pronoun could mean either woman
  ['Marta Kowalczyk and Anna Brandt shared the prize. She said the jury was tired.\n\n“Nobody came to the screening.”', [null]],
];

describe('a quote opening the paragraph after "she said …"', () => {
  it.each(carried)('is that person’s: %s', (text, want) => expect(speakersOf(text)).toEqual(want));
  it.each(notCarried)('stays nobody’s: %s', (text, want) => expect(speakersOf(text)).toEqual(want));
});
