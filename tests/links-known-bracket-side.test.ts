// `X (Y)` of two full names in a text whose other brackets give the other order: a part the learned
// list knows ("Count Dooku", "Peter Quill") is the part on whichever side it stands, and the other
// brackets keep the text's order. Sentences are made up; the part names are from the learned list.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';

/** Every actor → part link of `text`, as "actor->part", sorted. */
function links(text: string): string[] {
  const a = analyzeReview(text);
  const name = new Map(a.people.map((p) => [p.id, p.name]));
  return a.characters.filter((c) => c.playedBy).map((c) => `${name.get(c.playedBy as string)}->${c.name}`).sort();
}

describe('a known part settles the side of `X (Y)`', () => {
  it.each([
    [
      'a known part in the bracket of a `C (A)` text',
      'The dialogue creaks, yet old hands like Osric Penn (Count Dooku) give the film some weight. Dana Moss as Mace Windu gets little to do. In the story, Obi Wan Kenobi (Tobin Hale) and Anakin Skywalker (Jory Vance) escort senator Padame (Mara Quill) across the planet.',
      ['Dana Moss->Mace Windu', 'Jory Vance->Anakin Skywalker', 'Mara Quill->Padame', 'Osric Penn->Count Dooku', 'Tobin Hale->Obi Wan Kenobi'],
    ],
    [
      'a known part outside the bracket of an `A (C)` text',
      'Dana Moss (Ruth) and Harlan Voss (Tobin) fight over the inn all winter, and Peter Quill (Osric Penn) turns up late in the story.',
      ['Dana Moss->Ruth', 'Harlan Voss->Tobin', 'Osric Penn->Peter Quill'],
    ],
  ] as const)('%s', (_, text, expected) => {
    expect(links(text)).toEqual([...expected]);
  });

  it('no known part: the text order holds', () => {
    expect(links('Ruth (Dana Moss) and Tobin (Harlan Voss) fight over the inn all winter, and Osric Penn (Jory Vance) turns up late in the story.')).toEqual(['Dana Moss->Ruth', 'Harlan Voss->Tobin', 'Jory Vance->Osric Penn']);
  });
});
