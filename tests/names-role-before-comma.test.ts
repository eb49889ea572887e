import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';

const people = (text: string): string[] => analyzeReview(text).people.map((e) => e.name);

describe('a role noun after a possessor or a definite determiner, then a comma, before a name', () => {
  it.each([
    ['Much of the mood comes from the series\' composer, Yoruka Tanemi, and it shows.', 'Yoruka Tanemi'],
    ['Everyone praised its director, Ostvan Belloq, for the long opening shot.', 'Ostvan Belloq'],
    ['Nobody expected that the author, Kemrai Ozuna, would return to the story.', 'Kemrai Ozuna'],
  ])('%j has the person %j', (text, name) => {
    expect(people(text)).toContain(name);
  });

  it.each([
    // No possessor or definite determiner: the comma may close a clause.
    ['Once he became a director, Ostvan Belloq never looked back.', 'Ostvan Belloq'],
  ])('%j has no person %j from the role noun', (text, name) => {
    expect(people(text)).not.toContain(name);
  });
});
