// A listed given name that is also an English word the text writes in lower case ("mark", "rose")
// still leads a two-word full name written mid-sentence. Sentences are made up.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';

/** Every name and alias the analysis gives, characters and people. */
function allForms(text: string): string[] {
  const a = analyzeReview(text);
  return [...a.characters, ...a.people].flatMap((e) => [e.name, ...e.aliases]);
}

describe('a given name that is also a word', () => {
  it.each([
    ['after a preposition', 'The jokes miss the mark, though the scenes with Mark Tovell work.', 'Mark Tovell'],
    ['after a conjunction', 'A rose grows in the yard and Rose Pellam waters it every day.', 'Rose Pellam'],
    ['after a comma', 'It hit the mark for me, Mark Tovell was great in it.', 'Mark Tovell'],
  ] as const)('%s', (_, text, name) => {
    expect(allForms(text)).toContain(name);
  });

  it.each([
    ['after a determiner', 'The jokes miss the mark, and the Mark Tovell award went elsewhere.', 'Mark Tovell'],
    ['after another capitalised word', 'The jokes miss the mark in Big Mark Tovell, a cartoon.', 'Mark Tovell'],
    ['before a surname written in lower case too', 'A rose grows in the yard and Rose Garden waters it, a garden of weeds.', 'Rose Garden'],
  ] as const)('not %s', (_, text, name) => {
    expect(allForms(text)).not.toContain(name);
  });
});
