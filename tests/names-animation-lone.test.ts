import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';
import { ANIMATION_PRIOR_CONFIDENCE } from '../src/data/name-kind-animation';

const characterNames = (text: string): string[] => analyzeReview(text).characters.map((c) => c.name);
const peopleNames = (text: string): string[] => analyzeReview(text).people.map((p) => p.name);

describe('a text about animation reads a bare name the model made a person as a character', () => {
  it.each([
    // A word of talent or career in the sentence leans the model to a person; in an anime review
    // it speaks of the hero.
    ['The anime looks great and the manga reads fast. In the first arc Torvald never gives up, and by the end of the story the talent of the boy is clear. I think Torvald wins.', 'Torvald'],
    ['This anime tops the manga. In the first season Kazumir grew up in a port town full of smugglers, and his career as a thief made him sly. Later Kazumir is the best.', 'Kazumir'],
  ])('%j: %s', (text, name) => {
    const analysis = analyzeReview(text);
    const found = analysis.characters.find((c) => c.name === name);
    expect(found?.name).toBe(name);
    expect(found?.kindConfidence).toBe(ANIMATION_PRIOR_CONFIDENCE);
    expect(analysis.people.map((p) => p.name)).not.toContain(name);
  });
});

describe('the prior leaves a bare name a person when something says who made the work', () => {
  it.each([
    // A maker whom fans name by the surname alone.
    ['The anime looks great and the manga reads fast. In the first arc Miyazaki never gives up, and by the end of the story the talent of the man is clear. I think Miyazaki wins.', 'Miyazaki'],
    // A voice word near the name.
    ['The anime looks great and the manga reads fast. In the first arc Torvald voiced the boy, and by the end of the story the talent of the man is clear. I think Torvald wins.', 'Torvald'],
    // Not a text about animation: the model's reading stands.
    ['This western looks great and the book reads fast. In the first act Torvald never gives up, and by the end of the story the talent of the boy is clear. I think Torvald wins.', 'Torvald'],
  ])('%j: %s stays a person', (text, name) => {
    expect(peopleNames(text)).toContain(name);
    expect(characterNames(text)).not.toContain(name);
  });
});
