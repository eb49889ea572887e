// An actor's possessive before a name of several words that ends its clause on a surname the
// language does not know: "Kate Vale's Ruth Vask, …" links the actor to the part. Made-up sentences.
import { describe, expect, it } from 'vitest';
import { linksAndWorks } from './helpers/links';

describe("`A's C D,`: an owned name that ends its clause on a surname is the actor's part", () => {
  it.each([
    ['a comma after the part', "The best scene pits the hero against Tomas Reyes's Ranger Vossberg, early in the film.", [['Ranger Vossberg', 'Tomas Reyes']]],
    ['a comma, the name not opening on a given name', "It also has Ruth Pike's Xandor Oskarsson, in the best scene.", [['Xandor Oskarsson', 'Ruth Pike']]],
    ['a stop after the part', "Most of the laughs come from Ruth Pike's Xandor Oskarsson.", [['Xandor Oskarsson', 'Ruth Pike']]],
    ['a semicolon after the part', "Trouble starts with Tomas Reyes's Sapper Quellwood; nobody trusts him.", [['Sapper Quellwood', 'Tomas Reyes']]],
  ] as const)('%s', (_, text, want) => {
    expect(linksAndWorks(text).links).toEqual(want);
  });

  it.each([
    ['the last word is a word of the language (a title)', "We also caught Tomas Reyes's Silent Harbour, a slow thing."],
    ['a title readers know', "As a kid I loved Steven Spielberg's Jurassic Park, of course."],
    ['the name runs on into its clause', "Tomas Reyes's Garrick Vossberg fan club was loud."],
    ['the owner is no personal name', "We only saw Iron Falcon's Garrick Vossberg, on stage."],
    ['one word after the possessive', "Tomas Reyes's Vossberg, in short."],
  ] as const)('no part: %s', (_, text) => {
    const { links } = linksAndWorks(text);
    expect(links).toEqual([]);
  });
});
