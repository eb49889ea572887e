// A casting bracket whose actor is followed by a bracket of its own ("C (played by A (B in the
// dub))"): A still plays C, as when A closes the bracket. Sentences are made up.
import { describe, expect, it } from 'vitest';
import { sortedLinks as links } from './helpers/links';

describe('a bracket inside a casting bracket, after the actor', () => {
  it.each([
    ['"played by" and the dub actor in brackets', 'Among the minor parts, Tobin Ravel (played by Kaito Morimura (the dub has Ana Ruiz)) stands out.', [['Tobin Ravel', 'Kaito Morimura']]],
    ['"voiced by" and a note in brackets', 'The ghost Orla Venn (voiced by Dara Quell (her first part)) steals the show.', [['Orla Venn', 'Dara Quell']]],
    ['two such parts in one sentence', 'Tobin Ravel (played by Kaito Morimura (dub: Ana Ruiz)) and Orla Venn (played by Dara Quell (dub: Mia Holt)) both shine.', [['Orla Venn', 'Dara Quell'], ['Tobin Ravel', 'Kaito Morimura']]],
  ] as const)('%s', (_, text, want) => {
    expect(links(text)).toEqual(want);
  });
});
