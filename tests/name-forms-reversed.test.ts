// A two-word name written in both orders, family name first and last, is one name; a title, or
// an actor and the part named by the same words, stays apart. Sentences are made up.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';

/** Every entity as its list of forms (name first, then aliases). */
function entities(text: string): string[][] {
  const a = analyzeReview(text);
  return [...a.characters, ...a.people].map((e) => [e.name, ...e.aliases]);
}

describe('a two-word name in both orders', () => {
  it.each([
    ['family name first, then last', 'The manga follows Mori Akira, a shy student. Akira Mori grows up fast in the second half.', ['Mori Akira', 'Akira Mori']],
    ['with a lone given name too', 'In the anime, Sato Kenji fights the demon. Kenji Sato never gives up, and Kenji wins.', ['Sato Kenji', 'Kenji Sato', 'Kenji']],
  ] as const)('one entity: %s', (_, text, want) => {
    const holder = entities(text).find((forms) => forms.includes(want[0]));
    expect(holder).toBeDefined();
    expect([...(holder as string[])].sort()).toEqual([...want].sort());
  });

  it('a title in one order is no reversed name', () => {
    const text = 'Captain Moreau leads the ship. The crew of Moreau Captain Foods are not in the story.';
    expect(entities(text).some((forms) => forms.includes('Captain Moreau') && forms.includes('Moreau Captain'))).toBe(false);
  });
});
