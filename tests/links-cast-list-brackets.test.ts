// A cast list after a lead word puts each actor first and the part in brackets ("Starring: A (C),
// B (D)"), the other way round from a plot summary's `C (A)`; and two players listed before a
// plain casting verb pair in order with parts that follow their description after a comma ("A and
// B play a married couple, X and Y"). Sentences are made up.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';
import { sortedLinks as links } from './helpers/links';

describe('a cast list after a lead word: the actor first, the part in brackets', () => {
  it.each([
    ['Starring with a colon, full names', 'We rented it on a whim. Starring: Orla Penwick (Hattie Gable), Desmond Ruark (Silas Gable). It drags.', [['Hattie Gable', 'Orla Penwick'], ['Silas Gable', 'Desmond Ruark']]],
    ['a lower-case lead and an and before the last item', 'This comedy, starring Orla Penwick (Hattie Gable) and Desmond Ruark (Silas Gable), never takes off.', [['Hattie Gable', 'Orla Penwick'], ['Silas Gable', 'Desmond Ruark']]],
    ['stars with three items', 'It stars Orla Penwick (Hattie Gable), Desmond Ruark (Silas Gable) and Fenna Lisk (Mabel Torr). Hattie runs a bakery.', [['Hattie Gable', 'Orla Penwick'], ['Mabel Torr', 'Fenna Lisk'], ['Silas Gable', 'Desmond Ruark']]],
    ['Cast with a colon on its own line', 'A slow film about a farm.\nCast: Orla Penwick (Hattie Gable), Desmond Ruark (Silas Gable)', [['Hattie Gable', 'Orla Penwick'], ['Silas Gable', 'Desmond Ruark']]],
    ['the cast includes, a given name alone in a bracket', 'The cast includes Orla Penwick (Hattie), Desmond Ruark (Silas) and Fenna Lisk (Mabel). Hattie is the heart of it.', [['Hattie', 'Orla Penwick'], ['Mabel', 'Fenna Lisk'], ['Silas', 'Desmond Ruark']]],
    ['a noun lead before a colon, surnames with given names in brackets', 'The main cast: Penwick (Hattie), Ruark (Silas). Orla Penwick and Desmond Ruark are both fine.', [['Hattie', 'Orla Penwick'], ['Silas', 'Desmond Ruark']]],
    ['actors before a colon', 'Actors: Orla Penwick (Hattie Gable), Desmond Ruark (Silas Gable).', [['Hattie Gable', 'Orla Penwick'], ['Silas Gable', 'Desmond Ruark']]],
    ['a lone part before its actor in full keeps the plot order', 'Starring Hattie (Orla Penwick) and Silas (Desmond Ruark).', [['Hattie', 'Orla Penwick'], ['Silas', 'Desmond Ruark']]],
    ['an item with a described part goes on to the next', 'Starring Orla Penwick (the baker), Desmond Ruark (Silas Gable) and a goat.', [['Silas Gable', 'Desmond Ruark']]],
  ] as const)('%s', (_, text, want) => {
    expect(links(text)).toEqual(want);
  });

  it('the parts are characters and the listed actors are people who act', () => {
    const a = analyzeReview('Starring Orla Penwick (Hattie Gable) and Desmond Ruark (Silas Gable), this comedy never lands.');
    expect(a.characters.map((c) => c.name).sort()).toEqual(['Hattie Gable', 'Silas Gable']);
    expect(a.people.map((p) => [p.name, p.roles]).sort()).toEqual([['Desmond Ruark', ['actor']], ['Orla Penwick', ['actor']]]);
  });

  it.each([
    ['with is no lead: a plot summary writes the part first', 'The story opens with Hattie Gable (Orla Penwick) alone in her bakery.', [['Hattie Gable', 'Orla Penwick']]],
    ['a capitalised lead inside a sentence is a title word', 'We saw Dancing Starring Orla Penwick on the festival bill; Hattie Gable (Orla Penwick) is her best part.', [['Hattie Gable', 'Orla Penwick']]],
  ] as const)('%s', (_, text, want) => {
    expect(links(text)).toEqual(want);
  });

  it('a list of actors with their works in brackets links no one', () => {
    expect(links('It stars Orla Penwick (Night Harbour), Desmond Ruark (The Long Fen) and Fenna Lisk (Salt Road). Penwick is fine.')).toEqual([]);
  });
});

describe('cast-list guards: an order written both ways, and brackets that hold works', () => {
  it('one word with a full name in its bracket keeps the whole list in plot order', () => {
    expect(links('The cast: Night Owl (Hattie Gable), and Marlow (Silas Gable) are fine.')).toEqual([['Marlow', 'Silas Gable'], ['Night Owl', 'Hattie Gable']]);
  });

  it('a cast that names a job in one bracket still links the parts named in the others', () => {
    expect(links('The cast includes Orla Penwick (Hattie), Desmond Ruark (Silas) and Fenna Lisk (Night Nurse). Hattie steals it.')).toEqual([['Hattie', 'Orla Penwick'], ['Silas', 'Desmond Ruark']]);
  });

  it.each([
    ['a recap writes the part first after a plain stars', 'The sequel stars Peter Parker (Tom Holland) as he juggles school and crime.', [['Peter Parker', 'Tom Holland']]],
    ['two pairs in plot order after stars', 'This episode stars Sherlock Holmes (Benedict Cumberbatch) and John Watson (Martin Freeman) on a train.', [['John Watson', 'Martin Freeman'], ['Sherlock Holmes', 'Benedict Cumberbatch']]],
    ['surnames written again turn the order after stars', 'It stars Orla Penwick (Hattie Gable) and Desmond Ruark (Silas Gable). Penwick and Ruark are superb.', [['Hattie Gable', 'Orla Penwick'], ['Silas Gable', 'Desmond Ruark']]],
  ] as const)('%s', (_, text, want) => {
    expect(links(text)).toEqual(want);
  });

  it.each([
    ['a list of works in one bracket and a title of two words', 'Starring Orla Penwick (Salt Road, Long Fen) and Desmond Ruark (Night Harbour), the film is tense.', ['Desmond Ruark', 'Orla Penwick']],
    ['lists of works in each bracket', 'Starring: Orla Penwick (Salt Road, Long Fen) and Desmond Ruark (Night Harbour, Grey Moss).', ['Desmond Ruark', 'Orla Penwick']],
  ] as const)('a filmography links nobody and keeps its actors people: %s', (_, text, actors) => {
    const a = analyzeReview(text);
    expect(links(text)).toEqual([]);
    expect(a.characters.map((c) => c.name)).toEqual([]);
    expect(a.people.filter((p) => p.roles.includes('actor')).map((p) => p.name).sort()).toEqual(actors);
  });
});

describe('players before a plain verb pair with parts named after their description', () => {
  it.each([
    ['a couple, then two given names', 'Ivo Brandt and Senna Quill play a married couple, Frank and Alice, who inherit a farm. Frank hears voices.', [['Alice', 'Senna Quill'], ['Frank', 'Ivo Brandt']]],
    ['the description with an article and a noun alone', 'Ivo Brandt and Senna Quill play the siblings, Otto and Greta. Otto is the elder.', [['Greta', 'Senna Quill'], ['Otto', 'Ivo Brandt']]],
  ] as const)('%s', (_, text, want) => {
    expect(links(text)).toEqual(want);
  });

  it.each([
    ['lists of unlike length pair nobody', 'Ivo Brandt and Senna Quill play a married couple, Frank, Alice and Otto are their children.'],
    ['a preposition in the description: the names are no parts', 'Ivo Brandt and Senna Quill play cards with their neighbours, Frank and Alice.'],
  ] as const)('not: %s', (_, text) => {
    expect(links(text).filter(([c]) => ['Frank', 'Alice', 'Otto'].includes(c))).toEqual([]);
  });
});

describe('a comma before `as` and a subject of two after the name: a clause, no casting', () => {
  it.each([
    ['the gang after the name', 'The island becomes a prison for Orla Penwick, as Silas and the crew plan her escape.'],
    ['a possessive after the name', 'We first meet Desmond Ruark, as Hattie and her sisters open the bakery.'],
  ] as const)('not: %s', (_, text) => {
    expect(links(text)).toEqual([]);
  });

  it.each([
    ['no comma before as', 'Desmond Ruark is great as Silas and the rest of the cast is fine.', [['Silas', 'Desmond Ruark']]],
    ['a name after the and pairs two lists', 'Orla Penwick and Desmond Ruark, as Hattie and Silas, are a delight.', [['Hattie', 'Orla Penwick'], ['Silas', 'Desmond Ruark']]],
  ] as const)('%s', (_, text, want) => {
    expect(links(text)).toEqual(want);
  });
});
