// A sequel's cast given clause by clause as "A returns as C, and B returns as D" or, with no verb,
// "A back as C, B back as D": every pair is a casting, the second as much as the first, though the
// tagger reads `returns` after a name as a noun. Sentences are made up.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';

/** Every actor → part link of `text`, as "actor->part", sorted. */
function links(text: string): string[] {
  const a = analyzeReview(text);
  const name = new Map(a.people.map((p) => [p.id, p.name]));
  return a.characters.filter((c) => c.playedBy).map((c) => `${name.get(c.playedBy as string)}->${c.name}`).sort();
}

describe('return words between an actor and `as`', () => {
  it.each([
    ['two clauses of `returns as` joined by a comma and `and`', 'Corin Vale returns as Marlowe, and Petra Osgood returns as Inspector Dunn.', ['Corin Vale->Marlowe', 'Petra Osgood->Inspector Dunn']],
    ['three clauses of `returns as` in a list', 'The whole gang is here: Corin Vale returns as Marlowe, Petra Osgood returns as Dunn and Ezra Flint returns as Rook.', ['Corin Vale->Marlowe', 'Ezra Flint->Rook', 'Petra Osgood->Dunn']],
    ['`back as` with no verb, in a list that ends on a plain `as`', 'The sequel keeps its crew: Dara Quill back as Tomas, Wen Hollis back as Brannock, and Ivo Sarr as the pilot Kesh.', ['Dara Quill->Tomas', 'Ivo Sarr->Kesh', 'Wen Hollis->Brannock']],
  ] as const)('%s', (_, text, expected) => {
    expect(links(text)).toEqual([...expected]);
  });

  it.each([
    ['`as` joining two clauses, a verb after the name', 'In the end Grayson returns as Tomas Reyne sleeps in the barn.'],
    ['a name after `back as` that goes on with its verb', 'Nobody looks back as Harlan Voss walks out of the church.'],
  ] as const)('not: %s', (_, text) => {
    expect(links(text)).toEqual([]);
  });
});
