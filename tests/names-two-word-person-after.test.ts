import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';

const found = (text: string): string[] => {
  const a = analyzeReview(text);
  return [...a.characters, ...a.people].map((e) => e.name);
};

describe('a two-word proper name once mid-sentence with a pronoun or `who` of one person after it', () => {
  it.each([
    ['The best scenes are the ones with Quorin Vashek, who steals every moment of the second act.', 'Quorin Vashek'],
    ['Halfway through we meet Oskri Venhaal and learn how she escaped the burning city.', 'Oskri Venhaal'],
    ['Nobody expected much from Ilvar Dostrem until he sang in the final scene.', 'Ilvar Dostrem'],
    ['I kept rooting for Belkar Asmund, whose quiet courage carries the whole film.', 'Belkar Asmund'],
  ])('%j has %j', (text, name) => {
    expect(found(text)).toContain(name);
  });

  it.each([
    // The last word is a common word of the lexicon: a rank, a group or a thing.
    ['The rebels finally reach Varn Keepers, who refuse to help him at first.', 'Varn Keepers'],
    // An indefinite article before the name past describing words: a kind of someone.
    ['On the road he meets a young Vell Oraken who teaches him to fight.', 'Vell Oraken'],
    // A plural verb after the name: a people.
    ['We soon learn that Drask Vennari are hunters and he fears them.', 'Drask Vennari'],
  ])('%j has no %j', (text, name) => {
    expect(found(text)).not.toContain(name);
  });
});
