// Casting read past an aside in brackets after the actor ("A (my No. 1 actor) is great as C"), and
// a part named after the actor's own portrayal ("A's portrayal of C"). Sentences are made up.
import { describe, expect, it } from 'vitest';
import { sortedLinks as links } from './helpers/links';

describe('an aside in brackets between the actor and the cue', () => {
  it.each([
    ['a capital and a dot inside the aside', 'For me Hale Brannock (my No. 1 actor, I admit) is superb as Corvin in this film, and the rest is noise.', [['Corvin', 'Hale Brannock']]],
    ['the part already a name of the text', 'For me Hale Brannock (who, I must say, is my No. 1 actor) is superb as Corvin. Everyone loves Corvin, and I loved Corvin too.', [['Corvin', 'Hale Brannock']]],
    ['the cue inside the aside', 'The excellent Hale Brannock (also acting as Corvin) keeps everything moving.', [['Corvin', 'Hale Brannock']]],
  ] as const)('%s', (_, text, want) => {
    expect(links(text)).toEqual(want);
  });
});

describe("the actor's own portrayal of a part", () => {
  it.each([
    ['a possessive before the noun', "Everyone praised Hale Brannock's portrayal of Colonel Vesk in the first film.", [['Colonel Vesk', 'Hale Brannock']]],
    ['his before the noun, the part named nowhere else', 'Hale Brannock gives his portrayal of Corvin a dry wit.', [['Corvin', 'Hale Brannock']]],
  ] as const)('%s', (_, text, want) => {
    expect(links(text)).toEqual(want);
  });

  it('not: a portrayal named after someone else ("a Solo portrayal")', () => {
    expect(links('Dana Moss avoids a Hale Brannock portrayal of Corvin here.')).toEqual([]);
  });
});

describe('no casting read across a sentence end after the actor', () => {
  it.each([
    ['a bracket that never closes is no aside', 'I liked Hale Brannock (a lot. Sadly the sequel plays Corvin for laughs.'],
    ['a full stop right after the actor ends the sentence', 'I liked Hale Brannock. Sadly the sequel plays Corvin for laughs.'],
  ] as const)('not: %s', (_, text) => {
    expect(links(text)).toEqual([]);
  });

  it.each([
    ['a suffix dot after the actor is part of the name', 'Tonight the great Hale Brannock Jr. plays Corvin in this film.', [['Corvin', 'Hale Brannock Jr']]],
  ] as const)('%s', (_, text, want) => {
    expect(links(text)).toEqual(want);
  });
});

describe('a his or her portrayal is the actor’s only as its subject', () => {
  it.each([
    ['their is never the actor’s', 'Hale Brannock loved their portrayal of Corvin in the remake.'],
    ['a verb of judging between makes it another’s', 'Hale Brannock loved her portrayal of Corvin in the remake.'],
  ] as const)('not: %s', (_, text) => {
    expect(links(text)).toEqual([]);
  });
});

describe('a casting lead in brackets with words describing the actor', () => {
  it.each([
    ['two describing words joined by a comma', 'Ruth Vane (played by the lovely, sly Dana Moss) runs the inn. Ruth Vane is sad.', [['Ruth Vane', 'Dana Moss']]],
    ['a noun of a performer before the name', 'Later Ruth Vane (played by newcomer actress Dana Moss) runs the inn. Ruth Vane is sad.', [['Ruth Vane', 'Dana Moss']]],
  ] as const)('%s', (_, text, want) => {
    expect(links(text)).toEqual(want);
  });

  it('not: a name that does not close the bracket', () => {
    expect(links('Ruth Vane (played by the lovely Dana Moss in her first film and Peter Vane) runs the inn. Ruth Vane is sad.')).not.toContainEqual(['Ruth Vane', 'Peter Vane']);
  });
});
