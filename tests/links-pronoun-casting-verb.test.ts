// `he` or `she` and a casting verb with an ending ("she plays C", "he played C") inside a sentence
// or a bracket: the pronoun stands for the one real person named in its sentence or the one
// before, so that person plays the part. Sentences are made up.
import { describe, expect, it } from 'vitest';
import { sortedLinks as links } from './helpers/links';

describe('a pronoun subject of a casting verb links the person named just before', () => {
  it.each([
    ['mid-sentence, after `and`', 'The film is slow, but Dana Moss is new here and she plays Ruth Pike with real warmth. Ruth Pike is a widow.', [['Ruth Pike', 'Dana Moss']]],
    ['inside a bracket', 'I had not heard of Tom Reed before (he played Sam Dole) but Sam Dole is the best thing in it.', [['Sam Dole', 'Tom Reed']]],
    ['one adverb before the verb', 'Tom Reed is an odd choice for the lead, yet he later played Sam Dole on stage too. Sam Dole is the miser.', [['Sam Dole', 'Tom Reed']]],
    ['after a comma and `and`', 'Dana Moss is new to the screen, and she plays Ruth Pike with warmth. Ruth Pike is a widow.', [['Ruth Pike', 'Dana Moss']]],
  ] as const)('%s', (_, text, want) => {
    expect(links(text)).toEqual(want);
  });

  it.each([
    ['two people named in the stretch', 'Dana Moss and Tom Reed are both fine. She plays Ruth Pike, and Ruth Pike is a widow.'],
    ['a given name of the other sex', 'Tom Reed is new here, and she plays Ruth Pike with warmth. Ruth Pike is a widow.'],
    ["the part is another's possessive", "Dana Moss is new here, and she played Ruth Pike's sister. Ruth Pike is a widow."],
    ['the person named two sentences back', 'The actress Dana Moss is new here. The plot is thin. Now she plays Ruth Pike with warmth, and Ruth Pike is a widow.'],
  ] as const)('not: %s', (_, text) => {
    expect(links(text)).toEqual([]);
  });
});
