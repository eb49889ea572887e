import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';

const found = (text: string): string[] => {
  const a = analyzeReview(text);
  return [...a.characters, ...a.people].map((e) => e.name);
};

describe('a lone word once mid-sentence, its possessive owning a common noun', () => {
  it.each([
    ['I hated Zorvek\'s silly hat in every single shot of the film.', 'Zorvek'],
    ['I never quite bought Tamsyl\'s quiet desperation during the trial scenes.', 'Tamsyl'],
    ['Most of the laughs are Brannoc\'s awkward jokes at the dinner table.', 'Brannoc'],
  ])('%j has %j', (text, name) => {
    expect(found(text)).toContain(name);
  });

  it.each([
    // A word of the lexicon owns things as often as someone does.
    ['The whole town cheers for Harvest\'s bounty at the end of the film.', 'Harvest'],
    // A part only a work has: the possessive names a work.
    ['I liked it, but Drevanor\'s finale felt rushed and cheap.', 'Drevanor'],
    // An idiom: nobody the review speaks of.
    ['Somebody cut twenty minutes from it, for Kestrin\'s sake, it drags so much.', 'Kestrin'],
  ])('%j has no %j', (text, name) => {
    expect(found(text)).not.toContain(name);
  });
});
