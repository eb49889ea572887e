// A lone pet form ("Evie", "Tommy") joins the one name of its kind it is made from; a lone pet form
// and a real person whose given name it could shorten stay two. Sentences are made up.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';
import { petForms } from '../src/stages/4-names/tie-forms';

/** Every entity as its kind, name and sorted aliases. */
function forms(text: string): [string, string, string[]][] {
  const a = analyzeReview(text);
  return [...a.characters.map((c) => ['character', c] as const), ...a.people.map((p) => ['person', p] as const)].map(([kind, e]): [string, string, string[]] => [kind, e.name, [...e.aliases].sort()]);
}

/** The entity that carries `form` as its name or an alias, as [name, aliases]. */
function holders(text: string, form: string): [string, string[]][] {
  return forms(text)
    .filter(([, name, aliases]) => name === form || aliases.includes(form))
    .map(([, name, aliases]) => [name, aliases]);
}

describe('pet forms of a given name', () => {
  it.each([
    ['a dropped final e and -ie', 'eve', 'evie'],
    ['a doubled last letter and -y', 'tom', 'tommy'],
    ['a doubled last letter and -ie', 'ed', 'eddie'],
    ['the name with -y', 'jen', 'jenny'],
    ['a listed short form no ending makes', 'david', 'dave'],
    ['another listed short form', 'margaret', 'peggy'],
  ] as const)('%s: %s gives %s', (_, given, pet) => {
    expect(petForms(given, () => true)).toContain(pet);
  });

  it.each([
    ['a form the lists give only women, of a name given men', 'ed', 'edie'],
    ['the same with -ie after the name itself', 'karl', 'karlie'],
    ['one letter is no given name', 'e', 'ey'],
  ] as const)('not: %s (%s, %s)', (_, given, pet) => {
    expect(petForms(given, () => true)).not.toContain(pet);
  });

  it.each([
    ['only the made form asked for', 'tom', ['tommy'], ['tommy']],
    ['only the listed short form asked for', 'david', ['dave', 'davy'], ['dave']],
    ['none when the form asked for is no pet form', 'tom', ['tomas'], []],
    ['none of the other sex even when asked for', 'ed', ['edie'], []],
  ] as const)('kept by the caller: %s (%s)', (_, given, asked, want) => {
    const wanted = new Set<string>(asked);
    expect(petForms(given, (form) => wanted.has(form))).toEqual(want);
  });
});

describe('a lone pet form joins the full name it is made from', () => {
  it.each([
    [
      'a titled full name, the pet form of its given name',
      'The heroine, Dame Rose Brannock, runs a dying theatre in the film. Rosie shouts at her actors, and the actors hate Rosie.',
      'Rosie',
      [['Dame Rose Brannock', ['Rose Brannock', 'Rosie']]],
    ],
    [
      'a listed short form of the given name of a full name',
      'David Orrin (Ben Carr) raises three foxes on a farm. Later Dave leaves on a trip, and the foxes miss Dave.',
      'Dave',
      [['David Orrin', ['Dave']]],
    ],
  ] as const)('%s', (_, text, form, want) => {
    expect(holders(text, form)).toEqual(want);
  });
});

describe('pet forms that stay apart', () => {
  it.each([
    ['two full names of that given name: the text does not say which', 'In the book Tom Vesk and Tom Harrow meet in the war. Later Tommy runs off, and Tommy never writes home.', 'Tommy'],
    // The merge keeps the full name's entity, so a wrong join would show Johnny as John Wayne's alias.
    ['a part and a real person of that given name are two', 'James T. Mack is fine as Johnny, the barman, and Johnny is a wreck. The film also has a young John Wayne in a small role.', 'Johnny'],
    ['a noun of kin before the pet form makes it another person', 'Dana Moss plays Rose Brannock, who runs an inn with her daughter Rosie. Rosie wants to leave the inn, but Rose Brannock will not let her.', 'Rosie'],
    ['the same with a son', 'Hale Orr plays Tom Vesk, a farmer who raises his son Tommy alone. Tommy runs away, and Tom Vesk drinks.', 'Tommy'],
    ['the same with a niece', 'The film follows Eve Harlow and her niece Evie. Evie wants to leave the inn, but Eve Harlow will not let her.', 'Evie'],
  ] as const)('%s', (_, text, form) => {
    expect(holders(text, form)).toEqual([[form, []]]);
  });
});

describe('a pet form that is the short name of a part with an epithet', () => {
  // The cast part is the whole `Johnny the Priest`; its short form joins it, not the real person
  // whose given name it could shorten.
  it('joins the part, not the real person', () => {
    const text = 'James T. Mack is fine as Johnny the Priest, and Johnny is a wreck. The film also has a young John Wayne in a small role.';
    expect(holders(text, 'Johnny')).toEqual([['Johnny the Priest', ['Johnny']]]);
    expect(holders(text, 'John Wayne')).toEqual([['John Wayne', []]]);
  });
});

describe('a full name with a familiar given name joins the formal full name', () => {
  it.each([
    ['a pet form and the same surname', 'Ralph (Daniel Vell) runs the bar in the show. Danny Vell was in another sitcom too, and Danny Vell is always good.', 'Danny Vell', ['Daniel Vell', ['Danny Vell']]],
    ['a cut of the given name and a middle word of a longer name', 'Liam Orrin plays the rebel Robert Tarn Orrin. Everyone loves Rob Tarn in the end.', 'Rob Tarn', ['Robert Tarn Orrin', ['Rob Tarn']]],
    ['a listed short form and the same surname', 'The show follows William Brisk, a grocer. Bill Brisk sells apples, and his wife Mary sells pears.', 'Bill Brisk', ['William Brisk', ['Bill Brisk']]],
  ] as const)('%s', (_, text, form, want) => {
    expect(holders(text, form)).toEqual([want]);
  });

  it.each([
    // Two formal names fit: the text does not say which.
    ['two formal names fit', 'Katherine Vell and Kathryn Vell run the inn. Kate Vell cooks the soup.', 'Kate Vell'],
    // A cut that is a given name of the other sex is a name of its own.
    ['a cut of the other sex', 'Danielle Vell runs the inn. Her brother Daniel Vell cooks the soup.', 'Daniel Vell'],
    // A cut two letters short of the longer name is a given name of its own, whatever its sex.
    ['a cut two letters short', 'Joanne Vell runs the inn. Her cousin Joan Vell cooks the soup.', 'Joan Vell'],
    // The same surname with another given name is another person.
    ['a given name that is no form of the other', 'Daniel Vell and Dora Vell run the inn. Dora Vell cooks the soup.', 'Dora Vell'],
  ] as const)('not: %s', (_, text, form) => {
    expect(holders(text, form)).toEqual([[form, []]]);
  });
});
