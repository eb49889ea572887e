import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';

const characters = (text: string): string[] => analyzeReview(text).characters.map((e) => e.name);
const named = (text: string): string[] => {
  const a = analyzeReview(text);
  return [...a.characters, ...a.people].map((e) => e.name);
};

describe('a designation of letters and digits that names a droid is a character', () => {
  it.each([
    // A droid's shape: a capital, digits, capitals again.
    ['Q7-V9 bickers with Tessa all film. Later Q7-V9 saves Tessa from the guards.', 'Q7-V9'],
    // Listed beside a name with no digit.
    ['Tessa and ZB-4 escape the base, and ZB-4 rolls after her. Tessa laughs.', 'ZB-4'],
    // Introduced by a noun of a story's part.
    ['The droid character TK-12 is the comic relief, and TK-12 steals every scene.', 'TK-12'],
    // Listed beside a full name the model reads as a person: the designation is still no one real.
    ['Noor Haddad and R5-K7 reach the outpost, where R5-K7 beeps at everyone.', 'R5-K7'],
  ])('%j has the character %s', (text, name) => {
    expect(characters(text)).toContain(name);
  });

  it.each([
    ['I liked S2 more than S1, and S2 has the better ending.', 'S2'],
    ['Compared with T2, this sequel is flat; T2 had real stakes.', 'T2'],
    ['The box says PG-13, and PG-13 means nothing to a teenager.', 'PG-13'],
  ])('%j names no one %s', (text, code) => {
    expect(named(text)).not.toContain(code);
  });
});
