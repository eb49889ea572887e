import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';

// A name that heads the title of a work the same text names (`X and the Y`, `X: Subtitle`) is the
// hero the work is named after: a character, unless the text gives the name a life outside the
// story (a crew or casting cue, its own films, a title pairing two names). Texts made up for
// these tests.

const kindOf = (text: string, name: string): 'character' | 'person' | 'none' => {
  const out = analyzeReview(text);
  if (out.characters.some((c) => c.name === name || c.aliases.includes(name))) return 'character';
  if (out.people.some((p) => p.name === name || p.aliases.includes(name))) return 'person';
  return 'none';
};

describe('a name heading a title the text names is its hero', () => {
  it.each([
    ['X and the Y, italic', 'I finally read *Dorian Vale and the Salt Crown*, the fourth book. Dorian Vale grows up at last, and the ending made me cry.', 'Dorian Vale'],
    ['X: Subtitle, italic', 'I loved *Ilse Varga: The Frost Road*, the second book. Ilse Varga loses her sword in the first act and the fun never stops.', 'Ilse Varga'],
  ])('%s', (_, text, name) => {
    expect(kindOf(text, name)).toBe('character');
  });
});

describe('a name heading a title stays a real person with a life outside the story', () => {
  it.each([
    ["the name's own films", 'The documentary "Orla Penn: A Life in Film" is warm. Orla Penn\'s films changed how I see cities.', 'Orla Penn'],
    ['a title pairing two names', 'The album "Mara Quinn and Tobias Reed" is lovely. Mara Quinn sings with real warmth.', 'Mara Quinn'],
    ['a crew cue', 'The documentary "Ivo Marsh: Behind the Camera" is candid. It was directed by Ivo Marsh after his last shoot.', 'Ivo Marsh'],
  ])('%s', (_, text, name) => {
    expect(kindOf(text, name)).toBe('person');
  });
});
