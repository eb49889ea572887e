// A part led by a rank or a title, its actor's full name alone in the bracket after it ("Captain
// Vell (Oona Brisk)"): the title belongs to the part's name, it describes no one else, so the
// bracket casts as it does after a bare name, whether or not the actor's given name is a common
// one. Sentences are made up.
import { describe, expect, it } from 'vitest';
import { sortedLinks as links } from './helpers/links';

describe('a titled part before its actor in brackets', () => {
  it.each([
    ['a rank', 'The crew answers to Captain Vell (Bexley Quint), a cold woman.', [['Captain Vell', 'Bexley Quint']]],
    ['a rank and a comment after the bracket', 'The crew answers to Captain Vell (Bexley Quint) commander of the fleet.', [['Captain Vell', 'Bexley Quint']]],
    ['a police rank', 'Later Detective Harrow (Bexley Quint) finds the body.', [['Detective Harrow', 'Bexley Quint']]],
  ] as const)('%s', (_, text, want) => {
    expect(links(text)).toEqual(want);
  });

  it.each([
    // A role noun that is no title of the name: the bracket names a person the text describes.
    ['a lower-case role noun before the name', 'The crew answers to the captain (Oona Brisk), a cold woman.'],
  ] as const)('no link: %s', (_, text) => {
    expect(links(text)).toEqual([]);
  });
});
