// A given name that is also a stop word (a prize, a place, a feast) opens a full name when a
// capitalised word that is no word of the language follows it: the pair is a person, not the
// prize and a lone surname. Followed by a word of the language, it stays the prize or the place.
// Sentences are made up.
import { describe, expect, it } from 'vitest';
import { namesAndLinks } from './helpers/links';

describe('a stop word that is a given name before a surname', () => {
  it.each([
    ['a prize word as a given name, in brackets after a part', 'Later on, Tobin Vale (Oscar Quellan) runs the farm, and Rey (Dana Moss) helps him.', ['Dana Moss', 'Oscar Quellan'], ['Rey <- Dana Moss', 'Tobin Vale <- Oscar Quellan']],
    ['a prize word as a given name, after by', 'The play is by Oscar Quellan, and the film keeps its jokes.', ['Oscar Quellan'], []],
    ['a place word as a given name', 'The cast is led by Asia Quellan, who is superb as Ruth.', ['Asia Quellan'], ['Ruth <- Asia Quellan']],
  ] as const)('%s', (_, text, people, links) => {
    const got = namesAndLinks(text);
    expect([...got.people].sort()).toEqual(people);
    expect([...got.links].sort()).toEqual(links);
  });

  it.each([
    ['the prize before a word of the language', 'Oscar Winner Dana Moss is superb as Ruth.', 'Oscar Winner'],
    ['a place after a capitalised word', 'The film was shot in San Francisco Quellan Park last spring.', 'Francisco Quellan'],
  ] as const)('no full name: %s', (_, text, notName) => {
    const got = namesAndLinks(text);
    expect([...got.people, ...got.characters].some((n) => n.includes(notName))).toBe(false);
  });
});
