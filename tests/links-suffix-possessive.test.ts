// `A Jr.'s performance as C`: a name that ends on an abbreviated suffix owns through the suffix's
// dot, so a performance noun after it casts the part as it does after any actor's possessive. A
// noun of kin after the same possessive names the actor's own family, no part. Sentences are made up.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';

/** Every character as its name and the name of the one who plays it. */
function links(text: string): [string, string | null][] {
  const a = analyzeReview(text);
  return a.characters.map((c) => [c.name, a.people.find((p) => p.id === c.playedBy)?.name ?? null]);
}

const LEAD = 'The plot wanders, but ';

describe("a performance noun after a suffixed name's possessive", () => {
  it.each([
    ['`interpretation of` after `Jr.`', `${LEAD}Owen Marsh Jr.'s interpretation of Vane Holloway is worth the ticket.`, 'Owen Marsh Jr'],
    ['`character,` after `Sr.`', `${LEAD}Owen Marsh Sr.'s character, Vane Holloway, is worth the ticket.`, 'Owen Marsh Sr'],
    ['a curly apostrophe and `performance as`', `${LEAD}Owen Marsh Jr.’s performance as Vane Holloway is worth the ticket.`, 'Owen Marsh Jr'],
  ] as const)('casts the part: %s', (_, text, actor) => {
    expect(links(text)).toContainEqual(['Vane Holloway', actor]);
  });

  it('casts no one through a noun of kin', () => {
    const found = links(`${LEAD}Owen Marsh Jr.'s son Vane Holloway visits the set.`);
    expect(found.some(([part, actor]) => part === 'Vane Holloway' && actor !== null)).toBe(false);
  });
});
