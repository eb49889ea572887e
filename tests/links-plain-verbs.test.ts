// A part named after a plain casting verb ("appears to portray C", "will voice C") and a part whose
// name holds digits ("K-2SO", "T-1000"), when no entity held the part before. Sentences are made up.
import { describe, expect, it } from 'vitest';
import { sortedLinks as links } from './helpers/links';

describe('a plain casting verb after its lead word names the part', () => {
  it.each([
    ['to portray, after an aside', 'The cast is fun. Robert Vance (sort of?) appears to portray Vrask, which surprised me.', [['Vrask', 'Robert Vance']]],
    ['will voice', 'Next year Dana Moss will voice Quillo in the sequel.', [['Quillo', 'Dana Moss']]],
    ['could portray', 'Only Hale Brannock could portray Zedric with such calm.', [['Zedric', 'Hale Brannock']]],
    ['one word after an article is a part, not a place', 'In the sequel Robert Vance gets to play the Warden, and he relishes it.', [['Warden', 'Robert Vance']]],
    ['a part called God after a verb with an ending', 'Robert Vance plays God in the comedy, and he is a delight.', [['God', 'Robert Vance']]],
    ['a part after plays may be one word that is no given name', 'Robert Vance plays Vrask, and Vrask is a menace.', [['Vrask', 'Robert Vance']]],
  ] as const)('%s', (_, text, want) => {
    expect(links(text)).toEqual(want);
  });

  it.each([
    ['play with no lead word is a noun', 'Hale Brannock saw the play Vrask wrote for him.'],
    ['a musician plays a venue', 'Later Dana Moss chose to play the Hollywood Bowl.'],
    ['one word after the plain verb, no given name, is a place', 'That summer Dana Moss will play Brixford with her trio.'],
    ['an idiom of the plain verb', 'In the story the surgeon Robert Vance tries to play God with his patients.'],
    ['a hall played in the past', 'Dana Moss played Orvell Hall in the spring, and the crowd loved her.'],
    ['a hall being played', 'Dana Moss is playing Orvell Hall next week, her manager says.'],
  ] as const)('not: %s', (_, text) => {
    expect(links(text)).toEqual([]);
  });
});

describe('digits inside the name of a part', () => {
  it.each([
    ['a droid voiced', 'Alan Tudyk provides the voice of Q-7RX, and Q-7RX steals every scene.', [['Q-7RX', 'Alan Tudyk']]],
    ['a machine played', 'Hale Brannock plays the relentless Z-2000 with a blank stare.', [['Z-2000', 'Hale Brannock']]],
  ] as const)('%s', (_, text, want) => {
    expect(links(text)).toEqual(want);
  });
});
