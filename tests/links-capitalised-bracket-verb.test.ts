// A bracket whose first word is a capitalised casting verb or manner adverb (`(Voiced by A)`,
// `(Brilliantly played by A)`) casts its name as the lower-case form does; the capitalised word
// is no name. Sentences are made up.
import { describe, expect, it } from 'vitest';
import { namesAndLinks } from './helpers/links';

describe('a capitalised casting verb opening a bracket', () => {
  it.each([
    ['`Voiced by`', 'The hero is kind. Renji Oda (Voiced by Kaito Mori) is a coward who grows brave.', ['Renji Oda <- Kaito Mori'], 'Voiced'],
    ['`Played by`', 'Then we meet Tessa (Played by Dana Moss) in the lab.', ['Tessa <- Dana Moss'], 'Played'],
    ['a capitalised adverb before the verb', 'Then we meet Tessa (Brilliantly played by Dana Moss) in the lab.', ['Tessa <- Dana Moss'], 'Brilliantly'],
    ['words between the verb and `by`', 'The droid Kex (Voiced with skill by Abel Hart) steals the film.', ['Kex <- Abel Hart'], 'Voiced'],
  ] as const)('%s', (_, text, expected, word) => {
    const { characters, people, links } = namesAndLinks(text);
    expect(links).toEqual([...expected]);
    expect([...characters, ...people]).not.toContain(word);
  });
});
