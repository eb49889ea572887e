// Casting read past a relative clause after the actor ("A, who I liked in B's film, is fine as C"):
// the name inside the clause is no subject, the name it follows is. And a short part named at a
// sentence's end keeps no dot ("voices Lulu."). Sentences are made up.
import { describe, expect, it } from 'vitest';
import { sortedLinks as links } from './helpers/links';

describe('a relative clause between the actor and the cue', () => {
  it.each([
    ['a person named inside the clause, the part new', "Peter Brannock, who I liked in Dana Moss's last film, fits in well as Sallah.", [['Sallah', 'Peter Brannock']]],
    ['the part named again later', "Peter Brannock, who I liked in Dana Moss's last film, fits in well as Sallah. Sallah is fun, and Sallah wins.", [['Sallah', 'Peter Brannock']]],
    ['a work and its hero inside the clause', "Tom Vesk, whom I loved in Orrin Tarn's 'Night Road', is a delight as Corvin.", [['Corvin', 'Tom Vesk']]],
  ] as const)('%s', (_, text, want) => {
    expect(links(text)).toEqual(want);
  });

  it.each([
    // The clause closes with no comma before the cue: the name inside may be its subject.
    ['no comma closes the clause', 'I saw the film with my aunt, who says Hale Brannock is fine as Sallah.', [['Sallah', 'Hale Brannock']]],
  ] as const)('the clause does not hide the actor: %s', (_, text, want) => {
    expect(links(text)).toEqual(want);
  });
});

describe('a short part at the end of a sentence', () => {
  it.each([
    ['a short given name at the end of the text', 'In the sequel Dana Moss voices Lulu.', [['Lulu', 'Dana Moss']]],
    ['a short given name before the next sentence', 'In the sequel Dana Moss voices Lulu. The film is long.', [['Lulu', 'Dana Moss']]],
    ['a short word that is no given name', 'In the sequel Dana Moss voices Zog. The film is long.', [['Zog', 'Dana Moss']]],
    ['a listed title keeps its dot', 'In the sequel Peter Vane plays Lt. Vole, a tired cop.', [['Lt. Vole', 'Peter Vane']]],
  ] as const)('%s', (_, text, want) => {
    expect(links(text)).toEqual(want);
  });
});
