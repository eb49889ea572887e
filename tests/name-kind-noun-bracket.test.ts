// A full name alone in brackets right after a common noun phrase of the story (`her husband (X Y)`)
// is the actor of that part, unless the phrase is the object of a relative clause (`the officer who
// arrested her husband (X Y)`): there the bracket may name the clause's head as well as its object,
// so it tells nothing, and the rest of the text decides. Sentences are made up.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';

const kindsOf = (text: string): [string[], string[]] => {
  const a = analyzeReview(text);
  return [a.characters.map((c) => c.name), a.people.map((p) => p.name)];
};

describe('a full name in brackets after a common noun phrase', () => {
  it.each([
    ['after a kin noun with a possessive', 'The film drags a bit. Ilse writes to her husband (Pavel Dorn), and he answers her at last.', 'Pavel Dorn'],
    ['after another kin noun', 'The plot is thin. Mara trusts her brother (Felix Arden), and he betrays her in the end.', 'Felix Arden'],
  ] as const)('is the actor %s', (_, text, name) => {
    expect(kindsOf(text)).toEqual([[], [name]]);
  });

  it.each([
    ['when `who` opens the clause', 'The film drags a bit. Ilse writes to the officer who arrested her husband (Pavel Dorn), and he answers her at last.', 'Pavel Dorn'],
    ['when `that` opens the clause', 'The film drags a bit. Ilse writes to the officer that arrested her husband (Pavel Dorn), and he answers her at last.', 'Pavel Dorn'],
    ['when `which` opens the clause', 'The film drags a bit. Ilse writes to the prison which holds her husband (Pavel Dorn), and he answers her at last.', 'Pavel Dorn'],
    ['in another plot, after `who`', 'The plot is thin. Mara trusts the doctor who treated her brother (Felix Arden), and he betrays her in the end.', 'Felix Arden'],
  ] as const)('is left to the rest of the text %s (here the part)', (_, text, name) => {
    expect(kindsOf(text)).toEqual([[name], []]);
  });
});
