// Casting said as a choice: "A is the perfect choice for C". Sentences are made up.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';

/** Each character that has an actor, as `[character, actor]`, in order. */
function links(text: string): [string, string][] {
  const a = analyzeReview(text);
  return a.characters.filter((c) => c.playedBy).map((c) => [c.name, a.people.find((p) => p.id === c.playedBy)?.name ?? '?']);
}

describe('the actor is the choice for the part', () => {
  it.each([
    ['an aside between copula and choice', 'Dale Morrow is, probably, the perfect choice for Peter, he carries the film.', [['Peter', 'Dale Morrow']]],
    ['"casting choice" after "was"', 'Kara Dune was the ideal casting choice for Ben Carr, the sad uncle.', [['Ben Carr', 'Kara Dune']]],
  ] as const)('%s', (_, text, want) => {
    expect(links(text)).toEqual(want);
  });

  it.each([
    ['someone who makes a choice for another', 'Kara Dune made the right choice for Ben Carr and his family.'],
    ['a choice with no copula before it', 'Kara Dune, a choice for Ben Carr, left early.'],
  ])('no link: %s', (_, text) => {
    expect(links(text)).toEqual([]);
  });
});
