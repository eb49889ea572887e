import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';

const allNames = (text: string): string[] => {
  const a = analyzeReview(text);
  return [...a.characters, ...a.people].flatMap((e) => [e.name, ...(e.aliases ?? [])]);
};
const characterNames = (text: string): string[] => analyzeReview(text).characters.flatMap((c) => [c.name, ...(c.aliases ?? [])]);
const peopleNames = (text: string): string[] => analyzeReview(text).people.map((p) => p.name);

describe('a studio or a publisher named by one word is no one', () => {
  it.each([
    ['Toho made the first monster films. Toho still owns the rights, and Toho will make more.', 'Toho'],
    ['Honestly the fights look cheap. Madhouse cut corners, and Madhouse knows it.', 'Madhouse'],
    ['The old Ghibli magic is here. I think Ghibli never made a film this quiet.', 'Ghibli'],
    ['Shueisha ran the manga for ten years before Shueisha ended it abruptly.', 'Shueisha'],
  ])('%j: %s', (text, name) => {
    expect(allNames(text)).not.toContain(name);
  });
});

describe('"Al" is a given name', () => {
  it('joins a story\'s "Al" to its full form, not to the real people', () => {
    const text = 'Alphonse Elric lost his body and lives in a suit of armour. Al never complains, and Al keeps his brother sane.';
    expect(peopleNames(text)).not.toContain('Al');
    expect(characterNames(text)).toContain('Al');
  });
  it.each([
    ['Al Jazeera reported the premiere on Friday.', 'Al Jazeera'],
    ['Al Qaeda was blamed for the attack in the film.', 'Al Qaeda'],
  ])('%j: the firm %s is no one', (text, name) => {
    expect(allNames(text)).not.toContain(name);
  });
});

describe('makers named with their work stay people', () => {
  it.each([
    ["Hayao Miyazaki's film is gentle, and the studio lets it breathe.", 'Hayao Miyazaki'],
    ['The new Al Pacino film is slow, but Al Pacino is as good as ever.', 'Al Pacino'],
  ])('%j: %s', (text, name) => {
    expect(peopleNames(text)).toContain(name);
  });
});
