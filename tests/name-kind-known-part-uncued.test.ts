import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';

// A name many texts cast as a part (the learned known-part lists) that reads as an actor's side
// only by its sentence's shape (`X's character`, `X as a mentor`, `X gave`, `X playing the cold
// noble`, a part in brackets after its actor) is the part. A casting cue on the name, a crew cue
// or the name's own work keeps it a real person. Sentences are made up for these tests.

const kindOf = (text: string, name: string): 'character' | 'person' | 'none' => {
  const out = analyzeReview(text);
  if (out.characters.some((c) => c.name === name || c.aliases.includes(name))) return 'character';
  if (out.people.some((p) => p.name === name || p.aliases.includes(name))) return 'person';
  return 'none';
};

describe('a known part read as an actor only by its sentence is a character', () => {
  it.each([
    ["X's character", "The pacing drags in the middle, but Gaara's character grows more than anyone's over the series. I wish the last arc had given him a better ending.", 'Gaara'],
    ['X as a mentor', 'The art is crisp and the fights are fun. Kakashi as a mentor is the heart of the show, and I cried at the end of the arc.', 'Kakashi'],
    ['X gave', 'Luffy gave the crew a reason to sail on, and his dream of the sea carried me through a thousand episodes.', 'Luffy'],
    ['X playing the cold noble', 'The first arc is slow. Rukia playing the cold noble hides how much she cares, and that twist hit hard.', 'Rukia'],
    ['X gives in a text that casts', 'Vera Lind as Ilsa is superb, and in the finale Sakura gives up her sword to save the village.', 'Sakura'],
  ])('%s', (_, text, name) => {
    expect(kindOf(text, name)).toBe('character');
  });
});

describe('a known part word stays a real person with a cue of acting or making on it', () => {
  it.each([
    ['a casting cue: X as Y', 'Sakura as the widow Ilsa is the best thing in the film.', 'Sakura'],
    ['a crew cue: directed by X', 'The new season is directed by Levi, whose last film won every prize.', 'Levi'],
    ["the name's work: X's film", "Loki's film was a hit, and his next one opens in May.", 'Loki'],
  ])('%s', (_, text, name) => {
    expect(kindOf(text, name)).toBe('person');
  });
});
