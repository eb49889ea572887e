// `A's brooding, haunted C`: an actor's possessive, a few words judging the performance, then a
// character: the actor plays the part, as in `A's C`. Only for a name the text already calls an
// actor, and not through a word of kin or company ("A's brother Tom" is the actor's own brother).
// Sentences are made up.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';

/** Every character as its name and the name of the one who plays it. */
function links(text: string): [string, string | null][] {
  const a = analyzeReview(text);
  return a.characters.map((c) => [c.name, a.people.find((p) => p.id === c.playedBy)?.name ?? null]);
}

const PLOT = 'The actor Rhys Calder gives his all. Marlowe drinks too much and hates the city. ';

describe("describing words between an actor's possessive and the part", () => {
  it.each([
    ['two words and a comma', `${PLOT}Rhys Calder's brooding, haunted Marlowe is the best thing here.`],
    ['an adverb and an adjective', `${PLOT}Calder's quietly furious Marlowe carries the last act.`],
    ['two words joined by `and`', `${PLOT}Calder's sly and weary Marlowe deserves a sequel.`],
  ] as const)('casts the part: %s', (_, text) => {
    expect(links(text)).toContainEqual(['Marlowe', 'Rhys Calder']);
  });

  it.each([
    ['a noun of kin', `${PLOT}Calder's brother Tom visits the set.`, 'Tom'],
    ['a noun of company after a describing word', `${PLOT}Calder's old friend Tom visits the set.`, 'Tom'],
  ] as const)('casts no one: %s', (_, text, name) => {
    expect(links(text).some(([part, actor]) => part === name && actor !== null)).toBe(false);
  });

  it('needs an owner the text calls an actor', () => {
    const found = links('Marlowe drinks too much and hates the city. Nina Ostrova wrote the book. Nina Ostrova\'s brooding, haunted Marlowe is hard to like.');
    expect(found.some(([part, actor]) => part === 'Marlowe' && actor !== null)).toBe(false);
  });
});
