// A word of acting or awards that is itself part of a name (`Oscar` in an actor's given name) is
// no performance word near the name beside it: `C (Oscar Vell)` reads as any other `C (A)`, at a
// sentence's start as in its middle. Sentences are made up.
import { describe, expect, it } from 'vitest';
import { sortedLinks as links } from './helpers/links';

describe('a performance word inside a name', () => {
  it.each([
    ['two full names at a sentence start', 'The film is slow. Tobin Vale (Oscar Quellan) is a lonely man.', [['Tobin Vale', 'Oscar Quellan']]],
    ['two full names mid-sentence', 'The film is slow, and Tobin Vale (Oscar Quellan) goes to town.', [['Tobin Vale', 'Oscar Quellan']]],
    ['a full name in the bracket after another', 'It was dull. Jack Vale (Oscar Ruddock) robs a bank, and Mara Lisle (Ellen Drew) drives.', [['Jack Vale', 'Oscar Ruddock'], ['Mara Lisle', 'Ellen Drew']]],
    ['at the text start', 'Poe Danner (Oscar Quellan) flies the ship.', [['Poe Danner', 'Oscar Quellan']]],
  ] as const)('%s', (_, text, expected) => {
    expect(links(text)).toEqual(expected.map((x) => [...x]));
  });

  it.each([
    ['the award itself stays a performance word', 'Tobin Vale won an Oscar for the part.', []],
  ] as const)('not: %s', (_, text, expected) => {
    expect(links(text)).toEqual([...expected]);
  });
});
