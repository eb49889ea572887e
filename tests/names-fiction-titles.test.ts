import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';

// A title only fiction gives (`Darth`) stands before a name as `Mr` does, and the name it leads
// is a part in the story: a fan review names such a villain in full with nothing else around it,
// which would otherwise read as a real person's full name. The names are invented.

describe('a name led by a title only fiction gives is a character', () => {
  it.each([
    ['mid-sentence, once', 'The best scene is the duel with Darth Quellor on the bridge.', 'Darth Quellor'],
    ['opening a sentence, with a plot verb', 'The rebels hide on a frozen moon. Darth Ostrava wants the plans back.', 'Darth Ostrava'],
    ['twice, then the bare name', 'I was glad to see Darth Ostrava again. Ostrava is colder than ever, and Darth Ostrava wins the duel.', 'Darth Ostrava'],
  ])('%s: %s', (_, text, name) => {
    const a = analyzeReview(text);
    expect(a.people.map((p) => p.name)).not.toContain(name);
    expect(a.characters.map((c) => c.name)).toContain(name);
  });

  it('leaves the actor who plays the part a real person', () => {
    const a = analyzeReview('Toma Keller is chilling as Darth Ostrava.');
    expect(a.people.map((p) => p.name)).toEqual(['Toma Keller']);
    expect(a.characters.map((c) => c.name)).toEqual(['Darth Ostrava']);
  });
});
