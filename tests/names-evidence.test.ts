import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';

const people = (text: string): string[] => analyzeReview(text).people.map((p) => p.name);

describe('a full name at one mention, read from the words around it', () => {
  it.each([
    // Beside an accepted full name in a list: surnames no name list holds.
    ['The supporting cast, Laura Dern, Ostap Vrubel and Kenji Tamura, all shine.', ['Laura Dern', 'Ostap Vrubel', 'Kenji Tamura']],
    ['Among the cast I spotted Tomas Brennan and Ostap Vrubel, both fine.', ['Tomas Brennan', 'Ostap Vrubel']],
    // `performance by X`: an actor.
    ['The best thing here is the performance by Ostap Vrubel in the last act.', ['Ostap Vrubel']],
  ])('%j', (text, want) => {
    expect(people(text)).toEqual(want);
  });

  it.each([
    // Two capitalised words once, with no list and no person beside them, are no one.
    ['We drove past Lake Tahoe on the way to the Cold War museum.', 'Lake Tahoe'],
    ['Mark the date: the Cold War drama opens soon.', 'Mark'],
    // A list with no word of acting or film-making in its sentence: places, not a cast.
    ['We toured Rocca Vetra, Borgo Lanzi and Pieve Tosca last year with Laura Dern.', 'Borgo Lanzi'],
  ])('%j has no %s', (text, notName) => {
    const a = analyzeReview(text);
    expect([...a.people, ...a.characters].map((e) => e.name)).not.toContain(notName);
  });

  it('gives the actor role to a name after `performance by`', () => {
    const a = analyzeReview('I loved the quiet performance by Ostap Vrubel.');
    expect(a.people.map((p) => [p.name, p.roles])).toEqual([['Ostap Vrubel', ['actor']]]);
  });
});

describe('casting inside news sentences', () => {
  const links = (text: string): string[][] => {
    const a = analyzeReview(text);
    return a.characters.map((c) => [c.name, a.people.find((p) => p.id === c.playedBy)?.name ?? '']);
  };
  it.each([
    // A part described in an appositive, then who plays it.
    ['Greta, the widow who runs the inn by the lake, will be played by the Welsh actress Nia Pryce.', [['Greta', 'Nia Pryce']]],
    ['In the remake, Odo, a clockmaker with a secret, is played by Rufus Hale.', [['Odo', 'Rufus Hale']]],
    // A bracket that ends in `played by A`, whatever words come before.
    ['Her aunt Winifred (the second of two parts played by Mona Lisle) steals the show.', [['Winifred', 'Mona Lisle']]],
    ['The ghost Barnaby (voiced in the sequel by Ivo Trent) returns.', [['Barnaby', 'Ivo Trent']]],
  ])('%j', (text, want) => {
    expect(links(text)).toEqual(want);
  });

  it('links only the name that opens the clause, not one named inside the appositive', () => {
    expect(links('Greta, who marries the baker Anton, will be played by Nia Pryce.')).toEqual([['Greta', 'Nia Pryce'], ['Anton', '']]);
  });
});

describe('a name met once, introduced as someone in a story', () => {
  const characters = (text: string): string[] => analyzeReview(text).characters.map((c) => c.name);
  it.each([
    ['The trouble starts when her nephew, Varro, moves into the attic.', ['Varro']],
    ['He drifts through the city with his friend Dacre and little else.', ['Dacre']],
    ['Halfway through, the hero, Ostrander, loses his nerve.', ['Ostrander']],
    ['The added character of Pelham adds nothing.', ['Pelham']],
  ])('%j', (text, want) => {
    expect(characters(text)).toEqual(want);
  });

  it('reads no one from a part of a place', () => {
    const a = analyzeReview('The film shows a part of Lisbon I had never seen.');
    expect([...a.characters, ...a.people]).toEqual([]);
  });
});

describe('casting in the future tense, as news writes it', () => {
  const links = (text: string): string[][] => {
    const a = analyzeReview(text);
    return a.characters.map((c) => [c.name, a.people.find((p) => p.id === c.playedBy)?.name ?? '']);
  };
  it.each([
    ['Next spring Ilse Marrow will play Captain Rook in the stage version.', [['Captain Rook', 'Ilse Marrow']]],
    ['This autumn Nina Castell is to play Dora Venn, the inventor.', [['Dora Venn', 'Nina Castell']]],
    ['Ilse Marrow will star as the smuggler Dora Venn in the sequel.', [['Dora Venn', 'Ilse Marrow']]],
  ])('%j', (text, want) => {
    expect(links(text)).toEqual(want);
  });

  it('reads no part from a band that will play a venue', () => {
    expect(links('The Lanterns will play Hollowfield on 3 June, the promoters said.')).toEqual([]);
  });
});
