// `as is A`, `as does A` after a part: an inverted comparison names the next subject compared, not
// the part's actor, so the part before `as` stays a part and keeps its own actor, and the next
// `A as D` casts as usual. Sentences are made up.
import { describe, expect, it } from 'vitest';
import { sortedLinks as links } from './helpers/links';

describe('an inverted comparison after a part', () => {
  it.each([
    ['as is, no comma', 'The thriller is slow. Mira Kellan is great in her role of Dora Fenn as is Abel Roth as Sid Marr. The score is loud.', [['Dora Fenn', 'Mira Kellan'], ['Sid Marr', 'Abel Roth']]],
    ['as is, after a comma', 'The thriller is slow. Mira Kellan is superb as Dora Fenn, as is Abel Roth as Sid Marr. The score is loud.', [['Dora Fenn', 'Mira Kellan'], ['Sid Marr', 'Abel Roth']]],
    ['as was', 'The thriller was slow. Mira Kellan was chilling in her role of Dora Fenn as was Abel Roth as Sid Marr. The score was loud.', [['Dora Fenn', 'Mira Kellan'], ['Sid Marr', 'Abel Roth']]],
  ] as const)('%s', (_, text, want) => {
    expect(links(text)).toEqual(want);
  });

  it('still reads a casting `as` after a part that names its actor', () => {
    // "as C, Abel Roth as D": a list of pairs, each actor before its own `as`.
    expect(links('The thriller is slow. The cast: Mira Kellan as Dora Fenn, Abel Roth as Sid Marr. The score is loud.')).toEqual([
      ['Dora Fenn', 'Mira Kellan'],
      ['Sid Marr', 'Abel Roth'],
    ]);
  });
});
