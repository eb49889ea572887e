// A given name that is also an English word ("Chase", "Hunter", "Mason") before a surname the
// tagger takes for a verb ("Forge", "Dodge") is a full name when the tagger reads the given name as
// a proper noun and the text never writes the surname in lower case: mid-sentence as an object, or
// opening its sentence with a clause about it. A surname the text also writes as a word, or one
// with a verb's ending, keeps the old reading. Sentences are made up.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';

/** Every person's name and alias the analysis gives. */
function people(text: string): string[] {
  return analyzeReview(text).people.flatMap((e) => [e.name, ...e.aliases]);
}

/** Every name and alias the analysis gives, characters and people. */
function allForms(text: string): string[] {
  const a = analyzeReview(text);
  return [...a.characters, ...a.people].flatMap((e) => [e.name, ...e.aliases]);
}

describe('a word given name before a surname tagged as a verb', () => {
  it.each([
    ['as the object of a verb', 'I really liked Chase Forge in the sequel.', 'Chase Forge'],
    ['after a preposition', 'The best scenes belong to Hunter Dodge and nobody else.', 'Hunter Dodge'],
    ['opening its sentence', 'Mason Shove is excellent here, far better than the script.', 'Mason Shove'],
  ] as const)('is a person %s', (_, text, name) => {
    expect(people(text)).toContain(name);
  });

  it.each([
    ['a surname the text writes in lower case too', 'I really liked Hunter Dodge, though the heroes dodge every hard choice.', 'Hunter Dodge'],
    ['a surname with a verb ending', 'The season hands Chase Forged the worst lines.', 'Chase Forged'],
  ] as const)('is no name with %s', (_, text, name) => {
    expect(allForms(text)).not.toContain(name);
  });
});
