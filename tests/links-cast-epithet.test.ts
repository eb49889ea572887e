// A part's name and its epithet after `the` (`Johnny the Priest`) are one part where a casting cue
// ties either half to an actor; with no cue the shape stays apart, as titles share it (`Burn the
// Witch`). Sentences are made up.
import { describe, expect, it } from 'vitest';
import { namesAndLinks } from './helpers/links';

describe('a cast part named with an epithet', () => {
  it.each([
    ['after `as`', 'It stars Abel Hart as Tomas the Tinker and Dana Moss as Ruth.', ['Ruth <- Dana Moss', 'Tomas the Tinker <- Abel Hart']],
    ['before a bracketed actor', 'The crew takes in Korr the Breaker (Abel Hart) and Ruth (Dana Moss) on the long voyage.', ['Korr the Breaker <- Abel Hart', 'Ruth <- Dana Moss']],
    ['after a verb of playing', 'Abel Hart plays Tomas the Tinker with a wink.', ['Tomas the Tinker <- Abel Hart']],
  ] as const)('%s', (_, text, expected) => {
    expect(namesAndLinks(text).links.sort()).toEqual([...expected]);
  });

  it.each([
    ['no cue: a title of the same shape', 'I watched Burn the Witch last night and Abel Hart was fine.', 'Burn the Witch'],
  ] as const)('not: %s', (_, text, joined) => {
    const { characters, people } = namesAndLinks(text);
    expect([...characters, ...people]).not.toContain(joined);
  });
});
