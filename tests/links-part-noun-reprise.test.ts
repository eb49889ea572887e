// Two casting shapes that name the part where a plain `C (A)` or `A plays C` would not: a part noun
// between the part and its bracketed actor ("the Tolliver character (Ines Marrow)"), and a verb of
// playing a part again ("A reprises the scheming aunt C"). Sentences are made up.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';
import { sortedLinks as links } from './helpers/links';

describe('a part noun between the part and the bracketed actor', () => {
  it.each([
    ['character, a given name before it', 'The Lorna character (Ines Marrow) is the only one with any life in her.', [['Lorna', 'Ines Marrow']]],
    ['role, a full name before it', 'I liked the Edgar Pym role (Conal Reddy) best, though the script gives him little.', [['Edgar Pym', 'Conal Reddy']]],
    ['two parts in one sentence', 'The Lorna character (Ines Marrow) and the Quentin character (Bram Osei) never meet.', [['Lorna', 'Ines Marrow'], ['Quentin', 'Bram Osei']]],
  ] as const)('%s', (_, text, want) => {
    expect(links(text)).toEqual(want);
  });

  it('the bracketed name is a person who acts', () => {
    const a = analyzeReview('The Lorna character (Ines Marrow) is the only one with any life in her.');
    expect(a.people.map((p) => [p.name, p.roles])).toEqual([['Ines Marrow', ['actor']]]);
  });

  it.each([
    ['a lone name in the bracket is no actor', 'The Tolliver character (Ines) is dull.'],
    ['a possessive before the noun makes the bracket hold the part, not an actor', "The film hangs on Ines Marrow's character (Tolliver Vane), whom she plays coldly."],
  ] as const)('%s', (_, text) => {
    expect(links(text).some(([c, a]) => c === 'Tolliver' && a === 'Ines')).toBe(false);
    expect(links(text).some(([c]) => c === 'Ines Marrow')).toBe(false);
  });
});

describe('a verb of playing a part again', () => {
  it.each([
    ['reprises with describing words', 'Halden Crewe reprises the ruthless smuggler Otto Varga from the first film.', [['Otto Varga', 'Halden Crewe']]],
    ['reprising after a comma', 'Halden Crewe, reprising scheming aunt Vera Holm, is a joy to watch.', [['Vera Holm', 'Halden Crewe']]],
    ['reprised in the past', 'Corwin Blaise reprised the gentle giant Bo Tanner in the sequel.', [['Bo Tanner', 'Corwin Blaise']]],
  ] as const)('%s', (_, text, want) => {
    expect(links(text)).toEqual(want);
  });
});
