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

  it('a lone name in the bracket is no actor: both names stay parts, unlinked', () => {
    const a = analyzeReview('The Lorna character (Ines) is dull, and Lorna never changes.');
    expect(a.characters.map((c) => [c.name, c.playedBy])).toEqual([['Lorna', null], ['Ines', null]]);
    expect(a.people).toEqual([]);
  });

  it('a possessive before the noun makes the bracket hold the part, not an actor', () => {
    expect(links("The film hangs on Ines Marrow's character (Tolliver Vane), whom she plays coldly.")).toEqual([['Tolliver Vane', 'Ines Marrow']]);
  });

  it.each([
    ['an author named before', 'Maeve Lindqvist wrote the novel, and the Lindqvist character (Oskar Brandt) is her stand-in.'],
    ['the star named before by surname', 'The cast is led by Petra Hollis, and the Hollis role (Dana Ruiz) is the heart of it.'],
    ['the star named again in full', 'Petra Hollis is superb, and the Petra Hollis role (Dana Ruiz) is written with care.'],
  ] as const)('a real person named elsewhere before the noun is no part (%s)', (_, text) => {
    const a = analyzeReview(text);
    expect(links(text)).toEqual([]);
    expect(a.characters).toEqual([]);
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
