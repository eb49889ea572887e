// A one-letter initial ending a sentence ("Malcolm X.") does not pull the next sentence's first
// word into the name when that word is a function word or an adverb, which no surname is; a verb or
// a noun after a middle initial may still be a surname the tagger misreads ("Teach", "Fox").
// Sentences are made up.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';

/** Every name and alias the analysis gives, characters and people. */
function allForms(text: string): string[] {
  const a = analyzeReview(text);
  return [...a.characters, ...a.people].flatMap((e) => [e.name, ...e.aliases]);
}

describe('an initial that ends a sentence', () => {
  it.each([
    ['an adverb', 'The play was about Malcolm X. Later the cast toured it in Ohio.', 'Later'],
    ['a preposition', 'He spoke at the funeral of Malcolm X. Besides Ruth Vane, he is survived by two sons.', 'Besides'],
    ['a comma after a connective', 'The film follows Malcolm X. Still, the score steals the show.', 'Still'],
  ] as const)('ends the name before %s opening the next sentence', (_, text, word) => {
    const forms = allForms(text);
    expect(forms.some((f) => f.includes(`X. ${word}`))).toBe(false);
    expect(forms.some((f) => f.startsWith(word))).toBe(false);
  });

  it('leaves the name after the preposition its own', () => {
    expect(allForms('He spoke at the funeral of Malcolm X. Besides Ruth Vane, he is survived by two sons.')).toContain('Ruth Vane');
  });

  it.each([
    ['a surname the tagger reads as a verb', 'The first arc belongs to Corvin D. Teach and his crew.', 'Corvin D. Teach'],
    ['a surname the tagger reads as a proper noun', 'The lead is Tarvo K. Mirelli, a boy who wants to sail.', 'Tarvo K. Mirelli'],
  ] as const)('still joins %s', (_, text, name) => {
    expect(allForms(text)).toContain(name);
  });
});
