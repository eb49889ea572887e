import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';

const names = (text: string): string[] => {
  const a = analyzeReview(text);
  return [...a.characters, ...a.people].map((e) => e.name).sort();
};

describe('names in a list read through the other forms of a name', () => {
  it.each([
    // Joined by `and` to an accepted full name: a surname the tagger takes for a verb.
    ['The film belongs to the sparring between Marta Quell and Harrison Ford in the second half.', ['Harrison Ford', 'Marta Quell']],
    ['Nobody beats the chemistry of Greta Lindqvist and Harrison Ford here.', ['Greta Lindqvist', 'Harrison Ford']],
    // A surname alone vouches for the list as its full name does.
    ['Nicole Vantorre is superb as the spy.<br /><br />Vantorre, Kessel & Dubrow make a great team acting as strangers.', ['Dubrow', 'Kessel', 'Nicole Vantorre']],
    ['I rate Nicole Vantorre highly. In the end Vantorre, Kessel and Dubrow carry the film.', ['Dubrow', 'Kessel', 'Nicole Vantorre']],
  ])('%j', (text, want) => {
    expect(names(text)).toEqual(want);
  });

  it.each([
    // A word the text also writes in lower case vouches for nothing.
    ['The themes of Bullying & Respect run through it, and bullying is everywhere with Nicole Vantorre around.', 'Respect'],
    // Joined by a comma alone, a run with a verb's tag may start an appositive: no name.
    ['I rate Marta Quell, Watch Closely, as the best part.', 'Watch Closely'],
  ])('%j has no %s', (text, name) => {
    expect(names(text)).not.toContain(name);
  });
});
