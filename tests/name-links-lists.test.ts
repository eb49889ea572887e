// Cast lists on both sides of one `as`: "A and B are fine as X and Y" pairs the lists in order.
// Sentences are made up.
import { describe, expect, it } from 'vitest';
import { sortedLinks as links } from './helpers/links';

describe('two lists around one "as", paired in order', () => {
  it.each([
    ['two and two', 'Marta Kovach and Dennis Royle have fun as Lottie and Brand, and the rest of the cast shrugs.', [['Brand', 'Dennis Royle'], ['Lottie', 'Marta Kovach']]],
    ['three with an ampersand and "respectively"', 'Marta Kovach, Dennis Royle & Oren Blay are great as Lottie, Brand & Captain Ferris, respectively.', [['Brand', 'Dennis Royle'], ['Captain Ferris', 'Oren Blay'], ['Lottie', 'Marta Kovach']]],
    ['describing words before the parts', 'Dennis Royle and Oren Blay are wonderful as the bickering neighbours Brand and Ferris.', [['Brand', 'Dennis Royle'], ['Ferris', 'Oren Blay']]],
    ['the parts run on into the sentence', 'Dennis Royle and Oren Blay as feuding brothers Brand and Ferris steal every scene.', [['Brand', 'Dennis Royle'], ['Ferris', 'Oren Blay']]],
  ] as const)('%s', (_, text, want) => {
    expect(links(text)).toEqual(want);
  });

  it.each([
    ['one part after a list of actors goes to the last', 'The cast has Marta Kovach, Dennis Royle, and Oren Blay as Lottie.', [['Lottie', 'Oren Blay']]],
    ['pairs, each with its own "as", are no list', 'Marta Kovach is back as Lottie, Dennis Royle as Brand, and Oren Blay as Ferris.', [['Brand', 'Dennis Royle'], ['Ferris', 'Oren Blay'], ['Lottie', 'Marta Kovach']]],
    ['a part of an earlier "as" before the next actor', 'Marta Kovach is really good as Lottie Brand, Dennis Royle remains good as Ferris, and Oren Blay is still as dry as ever.', [['Ferris', 'Dennis Royle'], ['Lottie Brand', 'Marta Kovach']]],
    ['a possessive opens the next pair', 'Marta Kovach’s turn as Lottie and Dennis Royle’s as Brand carry the film.', [['Brand', 'Dennis Royle'], ['Lottie', 'Marta Kovach']]],
  ] as const)('not a pair of lists: %s', (_, text, want) => {
    expect(links(text)).toEqual(want);
  });

  it('lists of unlike length pair nobody with the wrong part', () => {
    const got = links('Marta Kovach and Dennis Royle are cast as Lottie, Brand and Ferris.');
    expect(got).not.toContainEqual(['Lottie', 'Dennis Royle']);
    expect(got).toEqual([]);
  });
});

describe('two lists joined by "&" around one "as", paired in order', () => {
  it.each([
    ['two and two, a verb between', 'Marta Kovach & Dennis Royle star as Lottie & Brand.', [['Brand', 'Dennis Royle'], ['Lottie', 'Marta Kovach']]],
    ['two and two, "as" right after the actors', 'The sequel brings back Marta Kovach & Dennis Royle as Lottie Vane & Brand Tully, two retired spies.', [['Brand Tully', 'Dennis Royle'], ['Lottie Vane', 'Marta Kovach']]],
    ['"respectively" after the last part', 'Marta Kovach and Dennis Royle are a joy as Lottie & Brand respectively.', [['Brand', 'Dennis Royle'], ['Lottie', 'Marta Kovach']]],
    ['a comma list closed by "&"', 'Marta Kovach, Dennis Royle & Oren Blay are cast as Lottie, Brand & Ferris.', [['Brand', 'Dennis Royle'], ['Ferris', 'Oren Blay'], ['Lottie', 'Marta Kovach']]],
  ] as const)('%s', (_, text, want) => {
    expect(links(text)).toEqual(want);
  });

  it('"&" lists of unlike length pair nobody with the wrong part', () => {
    const got = links('Marta Kovach & Dennis Royle are cast as Lottie, Brand & Ferris.');
    expect(got).not.toContainEqual(['Lottie', 'Dennis Royle']);
    expect(got).not.toContainEqual(['Brand', 'Marta Kovach']);
  });
});

describe('a list of actors, a casting verb, a list of parts: paired in order', () => {
  it.each([
    ['two and two after a plain "play"', 'The film is a treat. Marta Kovach and Dennis Royle play Lottie and Brand, two lost siblings.', [['Brand', 'Dennis Royle'], ['Lottie', 'Marta Kovach']]],
    ['two and two after "played", the clause going on', 'Back then Marta Kovach and Dennis Royle played Lottie and Brand in the first film.', [['Brand', 'Dennis Royle'], ['Lottie', 'Marta Kovach']]],
    ['three and three after a plain "portray"', 'Marta Kovach, Dennis Royle and Oren Blay portray Lottie, Brand and Ferris.', [['Brand', 'Dennis Royle'], ['Ferris', 'Oren Blay'], ['Lottie', 'Marta Kovach']]],
  ] as const)('%s', (_, text, want) => {
    expect(links(text)).toEqual(want);
  });

  it.each([
    ['one actor, and a second name that opens a clause of its own', 'Marta Kovach plays Lottie and Brand is her son.', [['Lottie', 'Marta Kovach']]],
    ['lists of unlike length', 'Marta Kovach and Dennis Royle play Lottie, Brand and Ferris.', []],
  ] as const)('no pairing: %s', (_, text, want) => {
    expect(links(text)).toEqual(want);
  });
});
