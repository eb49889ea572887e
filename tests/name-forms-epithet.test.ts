// A name and its epithet after `the` ("Brute the Hammer") are one name, and a lone use of the name
// joins it; a surname, an opener or a given name after `the` makes none. Sentences are made up.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';
import { sortedLinks as links } from './helpers/links';

const forms = (text: string): string[][] => {
  const a = analyzeReview(text);
  return [...a.characters, ...a.people].map((e) => [e.name, ...e.aliases]);
};

describe('X the Y: a name with its epithet', () => {
  it.each([
    ['an epithet before the actor in brackets', 'The gate is held by Brute the Hammer (Dale Ortiz), and Brute never sleeps.', [['Brute the Hammer', 'Dale Ortiz']]],
    ['an epithet before a casting lead', 'Later Gorlo the Hutt (voice: Larry Wardell) takes the pilot prisoner, and Gorlo laughs.', [['Gorlo the Hutt', 'Larry Wardell']]],
  ] as const)('%s', (_, text, want) => {
    expect(links(text)).toEqual(want);
  });

  it('the lone name is a form of the one with the epithet', () => {
    expect(forms('The gate is held by Brute the Hammer (Dale Ortiz), and Brute never sleeps.')).toContainEqual(['Brute the Hammer', 'Brute']);
  });

  it.each([
    ['a surname of a longer name', 'The academy gave Dana Hale an award, and then the jury gave Hale the Prize as well.', 'Hale the Prize'],
    ['a word that opens a sentence', 'Mira Voss fights on. Beyond the Wall waits a darker army, and Mira goes there alone.', 'Beyond the Wall'],
    ['a given name after the', 'Dana Hale won. The academy gave Rolf the Oscar, and Rolf cried on stage.', 'Rolf the Oscar'],
  ] as const)('not: %s', (_, text, notName) => {
    expect(forms(text).flat()).not.toContain(notName);
  });
});
