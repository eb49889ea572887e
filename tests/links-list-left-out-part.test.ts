// Two lists around one `as` where the names stage kept only some of the parts: "A and B are fine as
// X and Y" with Y left out still pairs in order (X with A, not with B), and Y becomes B's part.
// Sentences are made up.
import { describe, expect, it } from 'vitest';
import { droppedNameEnd } from '../src/stages/4-names/link-casting-dropped-name';
import { sortedLinks as links } from './helpers/links';

describe('a list of parts with a name the names stage left out pairs in order', () => {
  it.each([
    ['two and two, the second part left out', 'Marta Kovach and Dennis Royle are good as Lottie and Iron Fist.', [['Iron Fist', 'Dennis Royle'], ['Lottie', 'Marta Kovach']]],
    ['the clause goes on after the list', 'Marta Kovach and Dennis Royle are good as Lottie and Hope, and the film is fun.', [['Hope', 'Dennis Royle'], ['Lottie', 'Marta Kovach']]],
    ['three and three, the middle part left out', 'Marta Kovach, Dennis Royle and Oren Blay are great as Lottie, Iron Fist and Brand Tully (Blay in particular is funny).', [['Brand Tully', 'Oren Blay'], ['Iron Fist', 'Dennis Royle'], ['Lottie', 'Marta Kovach']]],
    ['the left-out part named again later', 'Marta Kovach and Dennis Royle are good as Lottie and Sky, and later Sky leaves town.', [['Lottie', 'Marta Kovach'], ['Sky', 'Dennis Royle']]],
  ] as const)('%s', (_, text, want) => {
    expect(links(text)).toEqual(want);
  });

  it.each([
    ['"I" after the list is no part', 'Marta Kovach and Dennis Royle are fine as Lottie and I liked them.', [['Lottie', 'Dennis Royle']]],
    ['one actor, one part and a left-out name', 'Marta Kovach is good as Lottie and Iron Fist is a bore.', [['Lottie', 'Marta Kovach']]],
    ['lists of unlike length, a name left out', 'Marta Kovach and Dennis Royle are cast as Lottie, Iron Fist and Brand Tully.', []],
  ] as const)('no new pairing: %s', (_, text, want) => {
    expect(links(text)).toEqual(want);
  });
});

describe('droppedNameEnd: where a capitalised name left out of a list ends', () => {
  it.each([
    ['one word', 'as Lottie and Sky, then', 14, 17],
    ['two words', 'as Lottie and Iron Fist.', 14, 23],
    ['stops before a lower-case word', 'and Kylo Ren perfectly', 4, 12],
    ['an apostrophe inside', "and O'Hara left", 4, 10],
    ['the pronoun with its verb is no name', "and I'm sure", 4, -1],
    ['the pronoun I is no name', 'and I liked it', 4, -1],
    ['a lower-case word is no name', 'and the rest', 4, -1],
  ] as const)('%s', (_, text, at, want) => {
    expect(droppedNameEnd(text, at, text.length)).toBe(want);
  });
});
