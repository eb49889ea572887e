// A plural role noun before a list names each item's trade, and a plural noun of a story's parts
// makes each item a character, also where the noun opens its sentence with a capital. Sentences
// are made up.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';

/** The people's names and the characters' names the analysis gives. */
function kinds(text: string): { people: string[]; characters: string[] } {
  const a = analyzeReview(text);
  return { people: a.people.map((p) => p.name), characters: a.characters.map((c) => c.name) };
}

describe('a plural noun opening its sentence before a list', () => {
  it.each([
    ['composers such as', 'Composers such as Vollmer and Dassin wrote for the court.', ['Vollmer', 'Dassin']],
    ['painters like', 'Painters like Orlich and Vanterpool often stayed at the inn.', ['Orlich', 'Vanterpool']],
    ['pianists including', 'Pianists including Maresko and Tilden played there.', ['Maresko', 'Tilden']],
  ] as const)('%s: people', (_, text, names) => {
    expect(kinds(text).people).toEqual(expect.arrayContaining([...names]));
  });

  it.each([
    ['characters like', 'Characters like Brakka and Ysolde grow so much over the series.', ['Brakka', 'Ysolde']],
    ['villains such as', 'Villains such as Morrigo and Kestrel steal every scene.', ['Morrigo', 'Kestrel']],
  ] as const)('%s: characters', (_, text, names) => {
    expect(kinds(text).characters).toEqual(expect.arrayContaining([...names]));
  });
});
