import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';

const named = (text: string): string[] => {
  const a = analyzeReview(text);
  return [...a.characters, ...a.people].map((e) => e.name);
};

describe('places, peoples, ranks and powers of a story are no one', () => {
  it.each([
    // Counted with a determiner: a kind of being, not someone.
    ['Mira is born a Warlock, and every Warlock in the valley fears the river. Mira hides it well.', 'Warlock'],
    ['At dusk Mira meets a Sandwraith by the well, and a Sandwraith is never alone. Mira runs.', 'Sandwraith'],
    // Its own plural beside it, and used once as a common noun.
    ['Mira fights the Vexar in the first season, and the Vexar loses. Later two Vexars return for Mira.', 'Vexar'],
    // A place one is in or goes into at most mentions.
    ['Mira grows up in Kelthorne, and Mira returns into Kelthorne years later.', 'Kelthorne'],
    ['The best arc takes Mira across Dunmarrow. Mira almost dies in Dunmarrow twice.', 'Dunmarrow'],
    // A place one is in, and otherwise only written before the nouns it sorts.
    ['Mira spends a winter in Kelthorne. The Kelthorne scenes drag, but Mira wins in the end.', 'Kelthorne'],
    ['The best chapters happen in Dunmarrow. Mira is great, and the Dunmarrow chapters are the best part of the book.', 'Dunmarrow'],
    // A kind of power: a name before `technique`, `users`.
    ['Mira learns the Stormcraft technique from Tal. Stormcraft users are rare, and Tal is one.', 'Stormcraft'],
  ])('%j has no %s', (text, thing) => {
    expect(named(text)).not.toContain(thing);
  });

  it.each([
    // Someone acts or speaks: no place, whatever the preposition before it.
    ['The story lives in Mira. Mira decides to leave, and Mira laughs at the end.', 'Mira'],
    // `a young X`: a full name seen at an age is someone.
    ['The flashbacks show a young Torvan Hale as a soldier. Torvan Hale later rules the city.', 'Torvan Hale'],
    // A determiner before a name that modifies a noun (`a Mira centred arc`).
    ['I wanted a Mira centred arc. Mira is the heart of the show, and Mira carries it.', 'Mira'],
    // A family name that is a common word has a lower-case plural: still someone.
    ['Mira Stone finds the stones in the well. Later Stone said nothing about the stones.', 'Mira Stone'],
    // A place named after its owner (`in X castle`) says nothing of the owner.
    ['The heroes break in Zorg castle, and the Zorg fight is the best scene. Mira wins.', 'Zorg'],
    // Someone's body or family after a possessive.
    ['Mira grows up in Kelthorne. Kelthorne\'s mother raised her alone in Dunmarrow.', 'Kelthorne'],
  ])('%j keeps %s', (text, someone) => {
    expect(named(text)).toContain(someone);
  });
});

describe('a demonstrative or a determiner the tagger reads as an adjective counts a common noun', () => {
  it.each([
    // `this X` heads a common noun written with a capital for emphasis.
    ['Mira carries the show. I think this Cartoon is the best of the year, and Mira agrees. Mira says this Cartoon beats the book.', 'Cartoon'],
    // `other` before an adjective: the walk back stops at it (`my other favourite X`).
    ['Mira is great. Like my other favourite Cartoon, it drags. Mira wins in my other great Cartoon too.', 'Cartoon'],
  ])('%j has no %s', (text, thing) => {
    expect(named(text)).not.toContain(thing);
  });

  it.each([
    // `that` opens a clause before a name: no determiner.
    ['Everyone knows that Mira wins. Mira smiles, and Mira leaves the city.', 'Mira'],
  ])('%j keeps %s', (text, someone) => {
    expect(named(text)).toContain(someone);
  });
});
