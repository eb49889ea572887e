// Casting said by a phrase that opens the sentence ("As C, A …", "Playing C, A …") and a part named
// in apposition after the description a casting verb takes ("plays the leader of the rebels, C,").
// Sentences are made up.
import { describe, expect, it } from 'vitest';
import { sortedLinks as links } from './helpers/links';

describe('a phrase opening the sentence names the part its subject plays', () => {
  it.each([
    ['As and a described part', 'I saw it last week. As the weary sheriff Walter Brenn, Michael Caine is superb.', [['Walter Brenn', 'Michael Caine']]],
    ['As and a lone name', 'The cast is strong. As Rosa, Penelope Cruz shines in every scene.', [['Rosa', 'Penelope Cruz']]],
    ['Playing and describing words', 'Playing real-life boxing champ Jim Corbett, Errol Flynn charms everyone.', [['Jim Corbett', 'Errol Flynn']]],
    ['Portraying', 'The film is slow. Portraying the widow Ida Kell, Maria Stone gives her best turn.', [['Ida Kell', 'Maria Stone']]],
    ['an actor the names stage read as a part', 'I watched this last night. As Ruth, Dana Moss is wonderful. The script is weak, though, and the ending drags.', [['Ruth', 'Dana Moss']]],
    ['Playing, an actor the names stage read as a part', 'I watched this last night. Playing Ruth, Dana Moss is wonderful. The script is weak, though.', [['Ruth', 'Dana Moss']]],
  ] as const)('%s', (_, text, want) => {
    expect(links(text)).toEqual(want);
  });

  it.each([
    ['another player after opposite', 'The film is sweet. Playing opposite Tom Hanks, Meg Ryan sparkles.'],
    ['As for a name', 'The leads are fine. As for Lina, Dora Vance did well with little.'],
    ['a possessive part names someone else', 'The film is dark. As Rosa\'s father, Dan Vell is superb.'],
    ['a comparison', 'The cast is big. As well as Tom Hanks, Meg Ryan appears.'],
    // A hero's other name: a story verb or an identity after the full name, not a player judged.
    ['a hero\'s other name, a story verb', 'The comic is fun. As Nightjar, Tom Reed must hide his secret from his boss, while Ella Gray suspects nothing.'],
    ['a hero\'s other name, saves', 'Nightjar is back. As Nightjar, Tom Reed saves the harbour again, but Ella Gray sees through him.'],
    ['a hero\'s other name, an identity', 'Nightjar is back. As Nightjar, Tom Reed is a shy clerk by day.'],
  ] as const)('not: %s', (_, text) => {
    expect(links(text)).toEqual([]);
  });
});

describe('a part in apposition after its description', () => {
  it.each([
    ['a part no entity holds, after a long description', 'New cast member Dan Vell, who plays the much-talked-about leader of the Rebels, Garro Mokk, sounded put off in an interview.', [['Garro Mokk', 'Dan Vell']]],
    ['a part the names stage found', 'Anna Lee played a small-town sheriff, Bess Carrow, in the sequel.', [['Bess Carrow', 'Anna Lee']]],
    ['a part that closes the sentence', 'In the remake Anna Lee plays the lonely lighthouse keeper, Bess Carrow.', [['Bess Carrow', 'Anna Lee']]],
  ] as const)('%s', (_, text, want) => {
    expect(links(text)).toEqual(want);
  });

  it.each([
    ['the next pair of a list', 'Tom Hale plays the father, Ben Rudd the son.'],
    ['a clause of its own after the comma', 'Later, Ada Moss played piano, Lily Hart sang.'],
    ['a name before the description is another name', 'Tom Hale plays the friend of Ben Rudd, Ada Moss is fine.'],
  ] as const)('not: %s', (_, text) => {
    expect(links(text)).toEqual([]);
  });
});

describe('C, a … played (manner) by (up to four words) A', () => {
  it.each([
    ['four describing words after by', 'The two worth noting are Owen Brady, a rugged dino-expert played by bona fide movie star Chris Pratley, and the rest are filler.', [['Owen Brady', 'Chris Pratley']]],
    ['words of manner between played and by', 'We also meet Claire Dunning, an uptight scientist played very well by Bryce Hollis, in the first act.', [['Claire Dunning', 'Bryce Hollis']]],
    ['an adverb in -ly between played and by', 'We also meet Claire Dunning, an uptight scientist played wonderfully by Bryce Hollis, in the first act.', [['Claire Dunning', 'Bryce Hollis']]],
  ] as const)('%s', (_, text, want) => {
    expect(links(text)).toEqual(want);
  });
});
