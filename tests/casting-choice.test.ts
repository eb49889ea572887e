// Casting said as a choice: "A is the perfect choice for C". Sentences are made up.
import { describe, expect, it } from 'vitest';
import { links } from './helpers/links';

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
