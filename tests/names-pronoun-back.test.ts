import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';

const found = (text: string): string[] => {
  const a = analyzeReview(text);
  return [...a.characters, ...a.people].map((e) => e.name);
};

describe('a lone word once mid-sentence that a personal pronoun after it refers back to', () => {
  it.each([
    ['The plot is thin, but then Quillomar shows up and he steals every scene.', 'Quillomar'],
    ['Everything changes when Tessaly learns the truth and she leaves the city.', 'Tessaly'],
    ['The finale works because Quarvane finally forgives himself for the fire.', 'Quarvane'],
    ['The worst moment is when the crew abandon Vardek and leave him behind.', 'Vardek'],
  ])('%j has %j', (text, name) => {
    expect(found(text)).toContain(name);
  });

  it.each([
    // A place after a preposition of place or of motion.
    ['The second act moves to Vellacott and she hates every minute of it.', 'Vellacott'],
    ['It was filmed in Brackwater, where he grew up.', 'Brackwater'],
    // A thing someone has, after a possessive.
    ['I loved the scene where she finds her Grimoire and he laughs at her.', 'Grimoire'],
    // After an article the word names a thing.
    ['It opens with a Festerling parade and he walks right through it.', 'Festerling'],
    // Right before a common noun the word qualifies it.
    ['He is some sort of stoned Marrowdeep enthusiast and he never stops talking.', 'Marrowdeep'],
    // Another capitalised word stands between: the pronoun may refer to it.
    ['The scene where Quillomar meets Tessaly is the one where he finally talks.', 'Quillomar'],
    // `his` and `her` may speak of the owner of something named before.
    ['The ship is called Nostrell and her lines are gorgeous.', 'Nostrell'],
  ])('%j has no %j', (text, name) => {
    expect(found(text)).not.toContain(name);
  });
});
