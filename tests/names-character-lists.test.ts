import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';

const characters = (text: string): string[] => analyzeReview(text).characters.map((c) => c.name).sort();

describe('a plural noun of a story part before a list names characters', () => {
  it.each([
    ['The side plots give characters such as Torvald and Mirenne far more room.', ['Mirenne', 'Torvald']],
    ['I could forgive smug characters like Dravo, Keshet and Ulmar for a while.', ['Dravo', 'Keshet', 'Ulmar']],
    ['Even the villains like Gorrin Vale get a real backstory.', ['Gorrin Vale']],
    ['It introduces new heroes including Pell Ashgrove and Tamsin Reed.', ['Pell Ashgrove', 'Tamsin Reed']],
  ])('%j', (text, want) => {
    expect(characters(text)).toEqual(want);
  });

  it.each([
    // A bare list after the noun is no cue: `characters A and B` may start a new clause.
    ['There are so many characters Alvar and Sunsett never meet on screen.', 'Sunsett'],
    // A role noun's list stays a list of people.
    ['It stars actors like Torvald Brenn and Mirenne Sato.', 'Torvald Brenn'],
  ])('%j: %s is no character', (text, name) => {
    expect(characters(text)).not.toContain(name);
  });

  it('leaves a role noun list to the people', () => {
    expect(analyzeReview('It stars actors like Torvald Brenn and Mirenne Sato.').people.map((p) => p.name).sort()).toEqual(['Mirenne Sato', 'Torvald Brenn']);
  });
});
