// A lone name written once or more with a vowel more or a letter doubled is the same name (a
// romanised long vowel kept or dropped, a key pressed twice); a letter changed, a consonant added or
// a name of the other sex makes someone else. Sentences are made up.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';

/** Every entity as its name and aliases, sorted. */
function entities(text: string): string[][] {
  const a = analyzeReview(text);
  return [...a.characters, ...a.people].map((e) => [e.name, ...e.aliases].sort());
}

describe('a lone name with a vowel more or a letter doubled', () => {
  it.each([
    ['a long vowel written out', 'The show follows Ryouta and his sister. Later Ryouta eats a cursed fruit, and the old monk tells Ryota to run. Nobody believes Ryota at first.', ['Ryota', 'Ryouta']],
    ['a vowel inside the name', 'The quiet girl Mireia runs the tea shop. Everyone loves Mireia, but the captain calls Mirea a spy and the guards arrest Mirea.', ['Mirea', 'Mireia']],
    ['a letter doubled', 'I watched it for Bastien and the dog. It is all Bastien, Bastien, Bastien, and only Bastienn gets a song, while the dog waits for Bastien.', ['Bastien', 'Bastienn']],
  ] as const)('is one name: %s', (_, text, want) => {
    expect(entities(text)).toContainEqual([...want]);
  });
});

describe('two lone names one letter apart that are two people', () => {
  it.each([
    ['a letter changed', 'The film follows Tovan and his rival. Later Tovan loses the race, and the crowd cheers for Rovan. Nobody likes Rovan at first.', 'Tovan', 'Rovan'],
    ['a consonant added', 'The story follows Talia and her sister. Later Talia finds a map, and the crew hires Tamlia as a guide. We learn that Tamlia lied.', 'Talia', 'Tamlia'],
    ['names of two sexes', 'In the town Kristin opens a bakery. The baker Kristin hires Kristian, and soon Kristian runs the place.', 'Kristin', 'Kristian'],
  ] as const)('stay apart: %s', (_, text, a, b) => {
    const found = entities(text);
    expect(found).toContainEqual([a]);
    expect(found).toContainEqual([b]);
  });
});

describe('a lone name with two letters beside each other swapped', () => {
  it('is one name', () => {
    const text = 'The show is about Tenzo and his team. Tenzo trains hard, and Tenzo wins the cup. Later Tezno loses a fight, and Tezno cries.';
    expect(entities(text)).toContainEqual(['Tenzo', 'Tezno']);
  });

  it.each([
    ['two listed given names of one sex', 'The bakery belongs to Marie. Marie bakes at dawn, and her cousin Maire sells the bread. Maire keeps the money.', 'Marie', 'Maire'],
    ['two listed given names of two sexes', 'The play is about Carol and her brother. Carol writes it, and Carlo directs it. Carlo hates the ending.', 'Carol', 'Carlo'],
  ] as const)('stay apart: %s', (_, text, a, b) => {
    const found = entities(text);
    expect(found).toContainEqual([a]);
    expect(found).toContainEqual([b]);
  });
});
