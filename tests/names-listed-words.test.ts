import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';

const found = (text: string): string[] => {
  const a = analyzeReview(text);
  return [...a.characters, ...a.people].map((e) => e.name);
};

describe('a lone word once in a list beside an accepted name', () => {
  it.each([
    // Joined by `and` or `&` to an accepted full name.
    ['I rented it for the leads, Dorothy Fennimore and Brannigan, who carry every scene.', 'Brannigan'],
    ['Margot Ellery & Quarrington are a fine pair in the second half.', 'Quarrington'],
    // A comma inside a list of three or more.
    ['The cast has Dorothy Fennimore, Vellacott, Margot Ellery and nobody else of note.', 'Vellacott'],
    // A word kept so vouches for the next one.
    ['The best comedies had Margot Ellery, Dunstable and Pellow, Abernathy and Crouse.', 'Crouse'],
    // A known one-word part, accepted after the list pass, vouches for the words listed beside it.
    ['The finale where Thanos, Brannigan and Vellacott clash is the best part.', 'Brannigan'],
    ['The finale where Thanos, Brannigan and Vellacott clash is the best part.', 'Vellacott'],
    ['I only stayed for the duel between Thanos and Quarrington near the end.', 'Quarrington'],
  ])('%j has %j', (text, name) => {
    expect(found(text)).toContain(name);
  });
  it.each([
    // The first of a list after a place preposition is a place.
    ['It was shot in Vellacott, Margot Ellery said, and it shows.', 'Vellacott'],
    // After a quoted nickname the word ends a longer name, it is no list member.
    ["My favourites are Tom Sirrell and Paulie 'Knuckles' Brannigan and Dorothy Fennimore.", 'Brannigan'],
    // Two lone words beside each other vouch for nothing: no accepted name in the list.
    ['We had dinner at Vellacott and Pellow before the film.', 'Pellow'],
  ])('%j has no %j', (text, name) => {
    expect(found(text)).not.toContain(name);
  });
});
