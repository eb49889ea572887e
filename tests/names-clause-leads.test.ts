// Words that open a clause or describe a name are no part of it: a function word after a label's
// colon, a hyphenated compound of common words between a describing word and a name. Sentences are
// made up.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';

/** The sorted forms of every entity, characters and people. */
function entities(text: string): string[][] {
  const a = analyzeReview(text);
  return [...a.characters, ...a.people].map((e) => [e.name, ...e.aliases].sort());
}

/** The sorted forms of the entity that has `form` as its name or an alias. */
const holder = (text: string, form: string): string[] | undefined => entities(text).find((f) => f.includes(form));

describe('a function word opening the clause after a colon', () => {
  it.each([
    ['a conjunction after a rating label', 'Story: While Tarrin is brave, the plot drags. The hero, Tarrin Vosk, wants to lead the guild. Tarrin trains every night.', 'Tarrin Vosk', ['Tarrin', 'Tarrin Vosk']],
    ['a conjunction after a label of two words', 'Realistic reactions: Although Mirela loses, she keeps fighting. The heroine Mirela Dask never gives up, and Mirela wins in the end.', 'Mirela Dask', ['Mirela', 'Mirela Dask']],
  ] as const)('is dropped: %s', (_, text, form, want) => {
    expect(holder(text, form)).toEqual(want);
  });

  it('a given name opening the clause stays the name\'s ("Cast: Will Dorne")', () => {
    const text = 'Cast: Will Dorne plays the farmer with real warmth. Dorne is the best thing in the film, and Dorne knows it.';
    expect(holder(text, 'Dorne')).toContain('Will Dorne');
  });

  it('a time after a colon is no clause to read: "at 10:30 Tarrin" keeps no lead', () => {
    const got = entities('We meet the hero at dawn: Tarrin Vosk rides in. Tarrin wins the duel, and Tarrin Vosk leaves.');
    expect(got).toContainEqual(['Tarrin', 'Tarrin Vosk']);
  });
});

describe('a hyphenated compound of common words before a name', () => {
  it.each([
    ['hit-man, opening the sentence', 'Retired hit-man Peter Vask is back for one last job. A hit on his house by a man he trusted starts it all. Vask kills them all, and Peter Vask walks away.'],
    ['gun-man, after a comma', 'In the sequel, Aging gun-man Peter Vask is hired again. Every man with a gun fears him. Vask wins, and Peter Vask retires.'],
  ] as const)('is no part of the name, which keeps its first mention: %s', (_, text) => {
    const a = analyzeReview(text);
    const vask = [...a.characters, ...a.people].find((e) => e.name === 'Peter Vask');
    expect(vask?.aliases).toEqual(['Vask']);
    const first = text.indexOf('Peter Vask');
    expect(vask?.mentions[0]).toEqual({ start: first, end: first + 'Peter Vask'.length });
    expect(vask?.mentions).toHaveLength(3);
  });

  it('a romanised given name in lower case stays the name\'s ("Jeon bae-soo")', () => {
    expect(holder('The hero Jeon bae-soo wins the fight. Bae-soo is kind to everyone.', 'Bae-soo')).toEqual(['Bae-soo', 'Jeon bae-soo']);
  });
});
