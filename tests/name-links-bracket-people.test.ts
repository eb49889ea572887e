// `X (Y)` where both names read as real people: the bracket ties a part to its actor, and the text
// says which side is which. Sentences are made up.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';
import { links } from './helpers/links';

describe('X (Y) with two personal names', () => {
  it.each([
    ['a review writes the part first', 'The old banker Walter Pryce(Douglas Fenwick) invites his nephews to the island for a week.', [['Walter Pryce', 'Douglas Fenwick']]],
    ['a maker word read off the part itself', 'The inventor Walter Pryce (Douglas Fenwick) shows the guests his machine.', [['Walter Pryce', 'Douglas Fenwick']]],
    ['a surname in brackets for an actor named in full elsewhere', 'Douglas Fenwick leads the cast. Enter the grumpy locksmith Walter Pryce (Fenwick), who hates everyone.', [['Walter Pryce', 'Douglas Fenwick']]],
    ['a titled name in the bracket is the part', 'At the panel we met Douglas Fenwick (Agent Pryce) and the rest of the cast.', [['Agent Pryce', 'Douglas Fenwick']]],
    ['the actor ends in a suffix with its dot before the bracket closes', 'The rebels recruit a bitter pilot, Walter Pryce (Douglas Fenwick Jr.), to fly the ship.', [['Walter Pryce', 'Douglas Fenwick Jr']]],
  ] as const)('%s', (_, text, want) => {
    expect(links(text)).toEqual(want);
    const a = analyzeReview(text);
    const actor = a.people.find((p) => p.name === want[0][1]);
    expect(actor?.roles).toContain('actor');
    expect(a.people.map((p) => p.name)).not.toContain(want[0][0]);
  });

  it.each([
    ['a hero name in brackets, no first name in it, is no actor', 'Back again are our heroes Walter Pryce, Capt. Sam Rollins (Captain Liberty) and the rest.'],
    ['a second name in brackets of a titled part', 'We follow Dr. Walter Pryce (Doctor Walt to his friends) all summer.'],
    ['a film in brackets after an actor is no part', 'It was directed by Douglas Fenwick (Broken Harbour) and it shows.'],
  ])('no link: %s', (_, text) => {
    expect(links(text)).toEqual([]);
  });
});
