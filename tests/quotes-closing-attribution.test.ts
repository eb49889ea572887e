// Words in marks inside a sentence that closes with its attribution after a comma (", he said.",
// ", said the curator.") are the speaker's words, however short; a verb inside a clause of the
// writer's after the comma (", and added a song.") attributes nothing.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src';

const read = (text: string): string[] => analyzeReview(text).quotes.map((q) => `${q.text}: ${q.kind} ${q.speaker?.name ?? '-'}`);

const closing: [text: string, quotes: string[]][] = [
  ['The dry spring means “thin crops” are likely this year, grower Ana Ruiz said.', ['thin crops: speech Ana Ruiz']],
  ['Ana Ruiz runs the farm. The dry spring means “thin crops” are likely this year, she said.', ['thin crops: speech Ana Ruiz']],
  ['They changed the hero’s name from “Kato” to Kado in the dub, and added a song.', ['Kato: term -']],
];

describe('a quote in a sentence that closes with its attribution', () => {
  it.each(closing)('%s', (text, want) => expect(read(text)).toEqual(want));
});
