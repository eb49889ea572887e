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
