// One word that is no given name, right after the plain verb `play`, names a venue ("will play
// Brixford") unless the text casts it: a work after `in`, `opposite` another player, `, who`, or a
// player the text already calls an actor. Sentences are made up.
import { describe, expect, it } from 'vitest';
import { sortedLinks as links } from './helpers/links';

describe('one word after the plain play is a part when the text casts it', () => {
  it.each([
    ['a film after in', 'Robert Vance is to play Zorvek in the new film, the studio said.', [['Zorvek', 'Robert Vance']]],
    ['a stage version after in', 'Dana Moss has signed to play Quellan in a stage version of the novel.', [['Quellan', 'Dana Moss']]],
    ['a quoted work named after in', 'Robert Vance will play Zorvek in "Harbour of Ash", due next spring.', [['Zorvek', 'Robert Vance']]],
    ['opposite another player', 'Dana Moss will play Quellan opposite Robert Vance this autumn.', [['Quellan', 'Dana Moss']]],
    ['a who clause says a person', 'Dana Moss will play Quellan, who runs the lighthouse on the island.', [['Quellan', 'Dana Moss']]],
    ['a player the text calls an actress', 'The actress Dana Moss will play Quellan next year.', [['Quellan', 'Dana Moss']]],
  ] as const)('%s', (_, text, want) => {
    expect(links(text)).toEqual(want);
  });

  it.each([
    ['a date after the venue', 'Dana Moss will play Brixford on Saturday with her trio.'],
    ['a month and a tour after in', 'Dana Moss will play Brixford in June as part of a world tour.'],
    ['a season after in', 'Dana Moss will play Brixford in the summer, her manager says.'],
  ] as const)('not: %s', (_, text) => {
    expect(links(text)).toEqual([]);
  });
});
