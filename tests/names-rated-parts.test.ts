import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';

const named = (text: string): string[] => {
  const a = analyzeReview(text);
  return [...a.characters, ...a.people].map((e) => e.name);
};

describe('a part a review rates, written as its label, is no one', () => {
  it.each([
    // Labels with a colon and the same word again as the paragraph's subject.
    ['Mira is the heroine and Mira carries the show.\nSound: Sound is strong, the songs stay with you.\nArt: the drawing is clean.', 'Sound'],
    // Two labels joined by a slash, then each said to be something.
    ['Mira leads the crew and Mira never gives up.\nArt/Sound: Art is plain and Sound is loud.', 'Art'],
    // Labels wrapped in marks, one repeated later in a sentence.
    ['Mira wins every fight, and Mira smiles.\n~Story~ It drags.\n~Enjoyment~ I had fun. My Enjoyment grew as Mira grew.', 'Enjoyment'],
  ])('%j has no %s', (text, thing) => {
    expect(named(text)).not.toContain(thing);
  });

  it.each([
    // One capitalised part word alone is no rated review: a character named Art stays.
    ['Art is the hero of the film. Art loses his job, and his wife leaves him. Later Art finds the map.', 'Art'],
  ])('%j keeps %s', (text, someone) => {
    expect(named(text)).toContain(someone);
  });
});
