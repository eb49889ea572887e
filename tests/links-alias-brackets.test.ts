// A name and a bracket an alias cue opens ("X (aka Y)", "X (also known as Y)", "X (real name Y)"):
// both are names of one being, so the two are one entity, and the bracket holds no actor of the
// name before it. Sentences are made up.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';

/** The casting links of `text` ("actor->part") and the sorted forms of the entity named `name`. */
function read(text: string, name: string): { links: string[]; forms: string[] | undefined } {
  const a = analyzeReview(text);
  const id = new Map(a.people.map((p) => [p.id, p.name]));
  const links = a.characters.filter((c) => c.playedBy).map((c) => `${id.get(c.playedBy as string)}->${c.name}`);
  const e = [...a.characters, ...a.people].find((x) => x.name === name || x.aliases.includes(name));
  return { links, forms: e && [e.name, ...e.aliases].sort() };
}

describe('an alias cue between two names', () => {
  it.each([
    ['`real name` in a bracket', 'The doctor Osric Penn (real name Ludo Varga) hides in the hills.', 'Osric Penn', ['Ludo Varga', 'Osric Penn']],
    ['`aka` in a bracket', 'The smuggler Bram Tolliver (aka Jonas Reed) sells maps to both armies.', 'Bram Tolliver', ['Bram Tolliver', 'Jonas Reed']],
    ['`also known as` in a bracket, a lone name after it', 'Mirela Stone (also known as Nightjar) leads the rebels into the city.', 'Mirela Stone', ['Mirela Stone', 'Nightjar']],
    ['a quoted second name', 'The thief Jory Vance (nicknamed \'Magpie\') steals the crown from the duke.', 'Jory Vance', ['Jory Vance', 'Magpie']],
    ['`born` in a bracket after a titled name', 'Captain Mara Voss (born Mara Kettering) leads the crew through the storm.', 'Captain Mara Voss', ['Captain Mara Voss', 'Mara Kettering']],
  ] as const)('one entity, no link: %s', (_, text, name, forms) => {
    expect(read(text, name)).toEqual({ links: [], forms: [...forms] });
  });

  it('a bracket that goes on past the second name makes no name of it', () => {
    expect(read('The thief Jory Vance (nicknamed \'Magpie\' after a bird) steals the crown from the duke.', 'Jory Vance')).toEqual({ links: [], forms: ['Jory Vance'] });
  });

  it('a plain bracket after the same name elsewhere still holds its actor', () => {
    const text = 'The smuggler Bram Tolliver (aka Jonas Reed) sells maps. Bram Tolliver (Oren Castell) is the best thing in the film.';
    expect(read(text, 'Bram Tolliver')).toEqual({ links: ['Oren Castell->Bram Tolliver'], forms: ['Bram Tolliver', 'Jonas Reed'] });
  });
});
