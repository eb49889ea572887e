// Three casting shapes: `A brings C to life`, a comma before the actor's bracket (`C, (A)`), and
// `part of` naming a piece of a place or of someone's doing, which casts no one. Sentences are made up.
import { describe, expect, it } from 'vitest';
import { sortedLinks as links } from './helpers/links';

describe('an actor brings the part to life', () => {
  it.each([
    ['the part between the verb and to life', 'Sam Ode brings Leo Marsh to life. Ode is great, and Leo is a hard man.', [['Leo Marsh', 'Sam Ode']]],
    ['describing words before the part, past tense', 'Dana Moss brought the bitter Ruth Pike to life in the remake, and Ruth is unforgettable.', [['Ruth Pike', 'Dana Moss']]],
    ['to life before the part', 'Hale Brannock brings to life Orrin Vask, a tired sheriff. Brannock has never been better.', [['Orrin Vask', 'Hale Brannock']]],
  ] as const)('%s', (_, text, want) => {
    expect(links(text)).toEqual(want);
  });

  it('a book named elsewhere in the sentence does not stop the casting', () => {
    expect(links('In the stage version of the novel, Dana Moss brings Ruth Pike to life. Ruth is a nurse, and Moss is moving.')).toEqual([['Ruth Pike', 'Dana Moss']]);
  });

  it.each([
    ['back to life is the story raising the dead', 'The witch Mara brings Leo Marsh back to life. Mara is cruel, and Leo Marsh is grateful.'],
    ['a name after an article is no subject', 'The studio used the rig from The Hollow Crown to bring Orrin Vask to life. Orrin Vask is a giant.'],
    // a maker's page or record, not an actor's body
    ['a novelist on the page', 'In her third novel, Wenna Frost brings Silas Orme to life in every chapter. Frost writes well.'],
    ['a film-maker through letters', 'Dov Areli brings Hester Lund to life through her letters and old photographs. Areli narrates.'],
    ['a biographer named by their trade', 'The biographer Nell Ashby brings Conrad Pell to life with real warmth. Ashby did the research.'],
  ] as const)('not: %s', (_, text) => {
    expect(links(text)).toEqual([]);
  });
});

describe('a comma between the part and its actor in brackets', () => {
  it.each([
    ['a full name, then the actor', 'The film follows Martha Kent, (Helen Rowe) a farmer who finds a child. Rowe is quietly brilliant and Martha is the heart of the story.', [['Martha Kent', 'Helen Rowe']]],
    ['a lone given name, then the actor', 'Our guide Abe, (Harlan Voss), gets lost on day one. Abe is funny.', [['Abe', 'Harlan Voss']]],
  ] as const)('%s', (_, text, want) => {
    expect(links(text)).toEqual(want);
  });

  it('not: the last item of a list with a comma before its bracket', () => {
    expect(links('Pass the time with something dull: Word Search, Tax Returns, (Insert Chore Here). Tax Returns are dull.')).toEqual([]);
  });

  it.each([
    ['an apposition after a lower-case noun', 'Her brother, Abe, (Harlan Voss) is a bore. Abe drinks.', [['Abe', 'Harlan Voss']]],
    ['two appositions in a row', 'The sisters, Ida, (Dana Moss) and Bo, (Ruth Pike) never stop fighting. Ida wins.', [['Bo', 'Ruth Pike'], ['Ida', 'Dana Moss']]],
  ] as const)('%s keeps its bracketed actor', (_, text, want) => {
    expect(links(text)).toEqual(want);
  });

  it('not: a list of people whose last comma stands before a bracketed name', () => {
    expect(links('The cast holds Dana Moss, Ruth Pike, (Leo Marsh) and a dog. Moss and Pike are fine.')).toEqual([]);
  });
});

describe('part of a place or of a group is no part played', () => {
  it.each([
    ['a district followed by where', 'Anna Webb grew up in the part of Leeds where Tom Hale lived. Webb later married Hale.'],
    ['on the part of someone', 'Tom Hale felt there was no effort on the part of Anna Webb to help. Hale left.'],
  ] as const)('not: %s', (_, text) => {
    expect(links(text)).toEqual([]);
  });

  it('the part of a role still casts', () => {
    expect(links('Sam Ode is superb in the part of Leo Marsh. Ode is great, and Leo is a hard man.')).toEqual([['Leo Marsh', 'Sam Ode']]);
  });

  it.each([
    ['took on', 'Sam Ode took on the part of Leo Marsh at short notice. Ode is great, and Leo is a hard man.'],
    ['takes on', 'Dana Moss takes on the part of Ruth Pike, a cook. Moss is fine, and Ruth is kind.'],
  ] as const)('`%s the part of C` casts: `on` belongs to the verb', (_, text) => {
    const want = text.startsWith('Sam') ? [['Leo Marsh', 'Sam Ode']] : [['Ruth Pike', 'Dana Moss']];
    expect(links(text)).toEqual(want);
  });
});

describe('a relative clause says what part the person was', () => {
  it.each([
    ['who was C in the show', 'The comedy is back in May. Lena Fisk, who was Carla in the old series, now runs a bakery. Peter Dorn (Frank) wrote two episodes.', [['Carla', 'Lena Fisk'], ['Frank', 'Peter Dorn']]],
    ['who is C in the series', 'The comedy is back in May. Lena Fisk, who is Carla in the revival, now runs a bakery. Peter Dorn (Frank) wrote two episodes.', [['Carla', 'Lena Fisk'], ['Frank', 'Peter Dorn']]],
  ] as const)('%s', (_, text, want) => {
    expect(links(text)).toEqual(want);
  });

  it('not: who was the part’s relative', () => {
    expect(links('The comedy is back in May. Lena Fisk, who was Carla’s boss in the old series, now runs a bakery. Peter Dorn (Frank) wrote two episodes.')).toEqual([['Frank', 'Peter Dorn']]);
  });
});

describe('a group named before its members in a cast list', () => {
  it.each([
    ['three players, the group, three members', 'Tom Hale, Sam Ord and Pete Lowe play the Jay Brothers, Mark, Luke and Joel, three singers on the run. Mark is the leader.', [['Joel', 'Pete Lowe'], ['Luke', 'Sam Ord'], ['Mark', 'Tom Hale']]],
    ['two players, the group, two members', 'Tom Hale and Sam Ord play the Jay Brothers, Mark and Luke. Mark is the leader.', [['Luke', 'Sam Ord'], ['Mark', 'Tom Hale']]],
    ['an article before the first part of a plain list', 'Tom Hale and Sam Ord play the Joker and Bane. The Joker is mad.', [['Bane', 'Sam Ord'], ['Joker', 'Tom Hale']]],
  ] as const)('%s', (_, text, want) => {
    expect(links(text)).toEqual(want);
  });
});

describe('a noun of a part after the name', () => {
  it.each([
    ['as the C character', 'Hale Brannock is a delight as the Orrin Vask character. Brannock is superb.', [['Orrin Vask', 'Hale Brannock']]],
    ['plays the C character', 'Hale Brannock plays the Orrin Vask character with a sneer. Brannock is superb.', [['Orrin Vask', 'Hale Brannock']]],
    // Every reader of a role phrase takes the noun of a part, not only `as` and `plays`.
    ["A's role as the C character", "Hale Brannock's role as the Orrin Vask character suits him. Brannock is superb.", [['Orrin Vask', 'Hale Brannock']]],
    ['as the young C character', 'Hale Brannock is a delight as the young Orrin Vask character. Brannock is superb.', [['Orrin Vask', 'Hale Brannock']]],
  ] as const)('%s', (_, text, want) => {
    expect(links(text)).toEqual(want);
  });

  it('not: the role of a real person a singer is known for', () => {
    expect(links('Buddy Holly wrote short songs. In the touring musical Ned Varga plays the Holly role every night. Holly died young.')).toEqual([]);
  });
});

describe('a text that ends inside a casting phrase', () => {
  it.each([
    'the as the',
    'Sam Ode plays the',
    'Sam Ode is great as the',
    'Dana Moss brings',
    'Dana Moss brings Ruth Pike to',
    'Dana Moss brings to life',
    'Sam Ode took on the part of',
    'The hero Abe, (',
    'Abe, (Harlan',
  ])('%j is read without an error and links nobody', (text) => {
    expect(links(text)).toEqual([]);
  });
});
