// `A was a fine C`, `A is the perfect C`: a real person, `is` or `was`, an article and a few words
// judging how the part is filled, then a character: the actor plays the part, as in `A is C`. A
// name followed by `of` ("the Ada Lovelace of chess") or a word of likeness ("the next C") compares
// and casts no one. Sentences are made up.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';

/** Every character as its name and the name of the one who plays it. */
function links(text: string): [string, string | null][] {
  const a = analyzeReview(text);
  return a.characters.map((c) => [c.name, a.people.find((p) => p.id === c.playedBy)?.name ?? null]);
}

describe('a copula, an article and describing words before the part', () => {
  it.each([
    ['one adjective', 'The castle scenes drag. Nora Quill was a fine Lady Brenna, proud and cold.', 'Lady Brenna', 'Nora Quill'],
    ['an adverb and an adjective', 'Crake kidnaps the girl and hides her in the mill. Tobias Wren was a thoroughly nasty Crake.', 'Crake', 'Tobias Wren'],
    ['the definite article', 'Agatha rules the convent with fear and she hides the letters. Edda Holt is the perfect Agatha, and the nuns are fine too.', 'Agatha', 'Edda Holt'],
  ] as const)('casts the part: %s', (_, text, part, actor) => {
    expect(links(text)).toContainEqual([part, actor]);
  });

  it.each([
    ['a comparison with `of`', 'Maria Lund is the Harold Fenwick of modern chess, always ahead.', 'Maria Lund'],
    ['a word of likeness', 'Critics say Pavel Orsk is the next Fenwick of the stage.', 'Pavel Orsk'],
    ['a noun of kin and `of`', 'In the book Greta Holm is the wife of Arlo, a sailor.', 'Greta Holm'],
  ] as const)('casts no one: %s', (_, text, person) => {
    expect(links(text).some(([, actor]) => actor === person)).toBe(false);
  });
});
