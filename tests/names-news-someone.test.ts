import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';

const found = (text: string): string[] => {
  const a = analyzeReview(text);
  return [...a.characters, ...a.people].map((e) => e.name);
};

// Each text is written in the third person (no "I" or "my"), the voice in which a lone capitalised
// word no cue names is taken for a band, a firm or a place.
describe('a lone name in third-person text that the story introduces or speaks of as someone', () => {
  it.each([
    // introduced by a family word after someone's possessive
    ["The film follows a fisherman through one hard winter on the coast. Tomas's cousin Brenna keeps the boat running while the storms go on, and Brenna never complains about the cold.", 'Brenna'],
    // introduced as the story's character
    ['The adaptation is slow. Its main character, Quorrin, is a clerk who spies on the family. The novel gave Quorrin more to do, and the change does not work at all.', 'Quorrin'],
    // an appositive with "who"
    ['The film follows a fisherman through one hard winter on the coast. Orvald, a stubborn old man who will not sell his boat, loses two nets in a week, and Orvald still goes out every dawn.', 'Orvald'],
    ['The film follows a fisherman through one hard winter on the coast. Orvald, who will not sell his boat, loses two nets in a week, and Orvald still goes out every dawn to fish.', 'Orvald'],
  ])('%j has %j', (text, name) => {
    expect(found(text)).toContain(name);
  });
  it.each([
    // a town takes "which", not "who"
    ['The story moves from the harbour to the mountains and back again. The ship stops at Varrow, which is a grey port town, and Varrow gets most of the rain and fog in the film.', 'Varrow'],
    ['The story moves from the harbour to the mountains, and back again. The ship stops at Varrow for a week. Varrow is a grey town, and the film makes the most of its rain and its fog.', 'Varrow'],
  ])('%j has no %j', (text, name) => {
    expect(found(text)).not.toContain(name);
  });
});
