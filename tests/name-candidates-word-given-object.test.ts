// A given name that is also a word (`Don`, `Pierce`, `Drew`) leads a two-word full name mid-sentence
// even where the tagger reads it as a verb or a noun and the text never writes it in lower case;
// and a surname that is also a stop word (`King`, `May`, `West`) ends a name after a first name and
// its listed middle names. Sentences are made up.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';

/** The people's names and the characters' names the analysis gives. */
function kinds(text: string): { people: string[]; characters: string[] } {
  const a = analyzeReview(text);
  return { people: a.people.map((p) => p.name), characters: a.characters.map((c) => c.name) };
}

describe('a word given name read by the tagger as a verb or a noun', () => {
  it.each([
    ['the object of a verb', 'The producers thanked Don Feltner for his patience on set.', 'Don Feltner'],
    ['after a preposition', 'The film earned two nominations for Don Feltner and Hilary Brack.', 'Don Feltner'],
    ['after "to"', 'The best praise of the night went to Don Feltner.', 'Don Feltner'],
    ['after "said"', '"It is a proud day," said Grant Holloway, head of the jury.', 'Grant Holloway'],
  ] as const)('%s is a person', (_, text, name) => {
    expect(kinds(text).people).toContain(name);
  });

  it.each([
    ['before a plural (a brand)', 'The final was shown live on Sky Movies across the country.', 'Sky Movies'],
    ['after a noun (a firm named by its trade)', 'The guitar was sold by auctioneers Cooper Danvers in the spring.', 'Cooper Danvers'],
    ['before a noun (a stretch of a story)', 'I skipped most of the Don Velko arc because it dragged.', 'Don Velko'],
  ] as const)('not %s', (_, text, name) => {
    const { people, characters } = kinds(text);
    expect([...people, ...characters]).not.toContain(name);
  });
});

describe('a stop-word surname after a first name and listed middle names', () => {
  it.each([
    ['King after two given names', 'He quoted Martin Luther King in his speech on the steps.', 'Martin Luther King'],
    ['King with a suffix', 'The mayor quoted Martin Luther King Jr. at the opening.', 'Martin Luther King Jr'],
    ['May after two given names', 'The song was written by Mary Anne May in one night.', 'Mary Anne May'],
  ] as const)('%s', (_, text, name) => {
    expect(kinds(text).people).toContain(name);
  });
});
