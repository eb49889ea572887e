import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';

const characterNames = (text: string): string[] => analyzeReview(text).characters.map((c) => c.name);
const peopleNames = (text: string): string[] => analyzeReview(text).people.map((p) => p.name);

describe('a name only ever given with "Ms." is a real person', () => {
  it.each([
    ['The remake tries hard. Ms. Okonkwo wrote and directed it, and she clearly loves the original.', 'Ms. Okonkwo'],
    ['I have long thought that Ms. Travell never got a part worthy of her. Here she finally does, and she shines.', 'Ms. Travell'],
    ['The jokes fall flat on the big screen. To be fair to Ms Delacroix, the studio cut half her script.', 'Ms Delacroix'],
  ])('%j: %s', (text, name) => {
    expect(peopleNames(text)).toContain(name);
    expect(characterNames(text)).not.toContain(name);
  });
});

describe('titles of the story keep their characters', () => {
  it.each([
    // A character the story introduces with "Mr.": no courtesy of the writer's.
    ['The boy runs to the shop, where Mr. Pettigrew waits behind the counter. Later Mr. Pettigrew hides the key from him.', 'Mr. Pettigrew'],
    ['Her landlady, Mrs. Abernathy, knows every secret on the street. The girl soon learns that Mrs. Abernathy lies.', 'Mrs. Abernathy'],
    // A part cast with "Ms." in its name: the casting says it is a part.
    ['Dana Whitlock is wonderful as Ms. Hargrove, the strict teacher who never smiles.', 'Ms. Hargrove'],
  ])('%j: %s', (text, name) => {
    expect(characterNames(text)).toContain(name);
    expect(peopleNames(text)).not.toContain(name);
  });
});
