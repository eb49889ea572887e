// `A (C)` of two full names right after a partner's `opposite` ("plays D opposite A (C)"): the name
// outside the bracket is the actor, the bracketed one the part, though a review's own order would
// read the bracket as the actor. Sentences are made up.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';

/** Every actor → part link of `text`, as "actor->part", sorted. */
function links(text: string): string[] {
  const a = analyzeReview(text);
  const name = new Map(a.people.map((p) => [p.id, p.name]));
  return a.characters.filter((c) => c.playedBy).map((c) => `${name.get(c.playedBy as string)}->${c.name}`).sort();
}

describe('`opposite` before `A (C)`', () => {
  it.each([
    ['after a verb link', 'Dana Moss plays Ruth Pike opposite Harlan Voss (Tobin Hale), and the two are electric.', ['Dana Moss->Ruth Pike', 'Harlan Voss->Tobin Hale']],
    ['after an `as` link', 'Dana Moss is superb as Ruth Pike opposite Harlan Voss (Tobin Hale) in this quiet drama.', ['Dana Moss->Ruth Pike', 'Harlan Voss->Tobin Hale']],
  ] as const)('%s', (_, text, expected) => {
    expect(links(text)).toEqual([...expected]);
  });

  it.each([
    ['no lead word: the review order holds', 'Ruth Pike (Dana Moss) and Tobin Hale (Harlan Voss) fight over the inn.', ['Dana Moss->Ruth Pike', 'Harlan Voss->Tobin Hale']],
    ['`alongside` in a story leads to a part as often', 'Frodo travels alongside Samwise Gamgee (Sean Astin) to the mountain.', ['Sean Astin->Samwise Gamgee']],
    ['a verb of starring leads to a part as often', 'This episode stars Ruth Pike (Dana Moss) on a train.', ['Dana Moss->Ruth Pike']],
  ] as const)('not: %s', (_, text, expected) => {
    expect(links(text)).toEqual([...expected]);
  });
});
