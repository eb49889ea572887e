// A capitalised hyphenated word made of English words is a compound the writer capitalised, not a
// romanised given name: its shape alone makes no name at one mention, while a romanised name, a
// hero's made-up name and a Korean given name still are one. Sentences are made up.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';
import { isEnglishCompound } from '../src/stages/4-names/english-compound';

/** Every name the analysis gives, characters and people. */
function names(text: string): string[] {
  const a = analyzeReview(text);
  return [...a.characters, ...a.people].map((e) => e.name);
}

describe('which hyphenated words are English compounds', () => {
  it.each(['random-funny', 'thousand-year', 'world-building', 'hard-boiled', 'lesser-known'])('%s is one', (word) => {
    expect(isEnglishCompound(word)).toBe(true);
  });
  it.each([
    ['a short part read as a syllable', 'obi-wan'],
    ['a hero name ending in a person noun', 'spider-man'],
    ['a listed first name', 'mary-jane'],
    ['Korean syllables', 'ha-san'],
    ['a part no English word', 'qui-gon'],
    ['no hyphen', 'random'],
  ] as const)('not %s: %s', (_, word) => {
    expect(isEnglishCompound(word)).toBe(false);
  });
});

describe('at one mention in a review', () => {
  it.each([
    ['a capitalised mood', 'The first half is Random-Funny and the rest drags on for far too long.'],
    ['a capitalised arc name', 'I stopped watching before the Thousand-Year Blood War finally got animated.'],
    ['a capitalised praise', 'Great cast and Engaging World-Building carry the whole season.'],
    ['a compound of peoples before a kind of work', 'The studio took a gamble on an African-American film about a jazz club.'],
  ] as const)('no name in %s', (_, text) => {
    expect(names(text)).toEqual([]);
  });

  it.each([
    ['a romanised name of short parts', 'Halfway through, Obi-Wan walks into the cantina and orders nothing.', 'Obi-Wan'],
    ['a hero made-up name', 'In the third act Spider-Man finally swings over the bridge.', 'Spider-Man'],
    ['a romanised name no English word', 'Later Qui-Gon trains the boy in secret.', 'Qui-Gon'],
  ] as const)('still a name: %s', (_, text, name) => {
    expect(names(text)).toContain(name);
  });
});
