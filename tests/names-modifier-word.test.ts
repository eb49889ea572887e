import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';

const characters = (text: string): string[] => analyzeReview(text).characters.map((c) => c.name);
const named = (text: string): string[] => {
  const a = analyzeReview(text);
  return [...a.characters, ...a.people].map((e) => e.name);
};

describe('a capitalised word only ever written before the common noun it sorts is no one', () => {
  it.each([
    // A genre before the nouns it sorts, mid-sentence, at every mention.
    ['Mira is the best heroine of any Korvane series I know. Tal is fine too, but the Korvane tropes wear thin after a while.', 'Korvane'],
    ['Fans of Halvic drama will like it, and the Halvic music is lovely. Mira sings well.', 'Halvic'],
    // A faith or a people before its members, beside a character who acts.
    ['Mira leads a group of Dravic monks across the hills. The Dravic monks pray while Mira sleeps.', 'Dravic'],
  ])('%j has no %s', (text, thing) => {
    expect(named(text)).not.toContain(thing);
  });

  it.each([
    // Nouns a character's name is put before as readily: a story's part, a family, a fight.
    ['The best part is the Tal arc in the second season. Later the Tal saga drags on.', 'Tal'],
    ['I loved the Varn brothers in this show, and the Varn household is a riot.', 'Varn'],
    ['The second half of the film is a Mira vs Tal battle. I enjoyed the Tal vs Mira ending.', 'Tal'],
    // A possessive with its apostrophe left out, before a body or life noun.
    ['The story follows Mira. We see Tals life fall apart, and Tals childhood too, in the Tal flashbacks.', 'Tals'],
  ])('%j keeps %s', (text, someone) => {
    expect(characters(text)).toContain(someone);
  });
});
