// `A plays his wife, C`: after a casting verb, a possessive may open the description the part
// stands in apposition to, as an article does ("plays a nurse, C"); a word that opens a phrase of
// its own ("played with his dog, Rex") still ends the reading. Sentences are made up.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';

/** Every character as its name and the name of the one who plays it. */
function links(text: string): [string, string | null][] {
  const a = analyzeReview(text);
  return a.characters.map((c) => [c.name, a.people.find((p) => p.id === c.playedBy)?.name ?? null]);
}

describe('a possessive opening the description before an apposed part', () => {
  it.each([
    ['his and a kin noun', 'Mary Ostlund plays his wife, Flora. The film is a riot.', 'Flora', 'Mary Ostlund'],
    ['her, an adjective and a noun', 'Tom Hale played her jealous husband, Arlo, with real menace.', 'Arlo', 'Tom Hale'],
    ['their and a noun', 'Ada Brisk portrays their teacher, Nell Penrose, with warmth.', 'Nell Penrose', 'Ada Brisk'],
  ] as const)('casts the part: %s', (_, text, part, actor) => {
    expect(links(text)).toContainEqual([part, actor]);
  });

  it('casts no one when a preposition stands between the verb and the possessive', () => {
    const found = links('Tom Hale played with his dog, Rex, in the park.');
    expect(found.some(([, actor]) => actor === 'Tom Hale')).toBe(false);
  });
});
