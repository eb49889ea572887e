// Two ways reviewers write the part after a casting cue that the role phrase used to stop at:
// describing words listed with commas before the name ("as the cold, cunning C", "plays ice-cold,
// leather-clad C", "the sly, vain and reckless C"), and the part's name alone in quote marks
// ("plays 'C'", "as the lead character "C""). A comma after a noun still ends the phrase, and
// quoted words that label a noun after them are no part. Sentences are made up.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';

/** Every character as its name and the name of the one who plays it. */
function links(text: string): [string, string | null][] {
  const a = analyzeReview(text);
  return a.characters.map((c) => [c.name, a.people.find((p) => p.id === c.playedBy)?.name ?? null]);
}

const AFTER = ' The plot runs out of steam long before the end.';

describe('describing words listed with commas before the part', () => {
  it.each([
    ['`as`, two adjectives and a comma', 'The heist drags. Helga Marsh is chilling as the cold, cunning Vera Strand.', 'Vera Strand', 'Helga Marsh'],
    ['`plays`, no article', 'The heist drags. Helga Marsh plays cold, cunning Vera Strand.', 'Vera Strand', 'Helga Marsh'],
    ['hyphenated words', 'The heist drags. Owen Darby plays ice-cold, leather-clad fixer Jonas Pell.', 'Jonas Pell', 'Owen Darby'],
    ['a list closed by `and`', 'The heist drags. Owen Darby plays the sly, vain and reckless Jonas Pell.', 'Jonas Pell', 'Owen Darby'],
    ['a pronoun owning the turn', 'The heist drags. I give Helga Marsh credit for her turn as the bitter, lonely and brutal Vera Strand; the rest is dull.', 'Vera Strand', 'Helga Marsh'],
  ] as const)('casts the part: %s', (_, text, part, actor) => {
    expect(links(text + AFTER)).toContainEqual([part, actor]);
  });

  it('still ends the phrase at a comma after a noun', () => {
    // "as the teacher, Vera Strand as the nurse": the comma after a noun closes the first part.
    const found = links('The heist drags. Helga Marsh is fine as the teacher, Vera Strand as the nurse is better.' + AFTER);
    expect(found.some(([part, actor]) => part === 'Vera Strand' && actor === 'Helga Marsh')).toBe(false);
  });
});

describe("a part's name alone in quote marks", () => {
  it.each([
    ['single marks after `plays`', "The heist drags. Helga Marsh plays 'Vera Strand' with no spark at all.", 'Vera Strand', 'Helga Marsh'],
    ['double marks after `plays`', 'The heist drags. Helga Marsh plays "Vera Strand" with no spark at all.', 'Vera Strand', 'Helga Marsh'],
    ['curly marks after `as`', 'The heist drags. Owen Darby is a delight as “Jonas”, the nervous driver.', 'Jonas', 'Owen Darby'],
    ['a part noun before the marks', 'The heist drags. Helga Marsh is great in this as the lead character "Vera", a retired safecracker.', 'Vera', 'Helga Marsh'],
    ['a pronoun for the actor', "Actress Helga Marsh returns to the stage. She plays 'Vera Strand', a singer with debts.", 'Vera Strand', 'Helga Marsh'],
    ['a relative clause', "The heist drags. Helga Marsh, who plays 'Vera', is the best thing in it.", 'Vera', 'Helga Marsh'],
  ] as const)('casts the part: %s', (_, text, part, actor) => {
    expect(links(text + AFTER)).toContainEqual([part, actor]);
  });

  it('makes no part of quoted words labelling a noun', () => {
    const found = links("The cartoon is fun. Pip appears as cheesy 'Comic Relief' character most of the time." + AFTER);
    expect(found.some(([part]) => part === 'Comic Relief')).toBe(false);
  });

  it('casts no one as a quoted name that owns the part', () => {
    // "plays 'Vera's sister": the part is the sister, not Vera.
    const found = links("The heist drags. Helga Marsh plays 'Vera's sister, a singer with debts." + AFTER);
    expect(found.some(([part, actor]) => part === 'Vera' && actor === 'Helga Marsh')).toBe(false);
  });
});
