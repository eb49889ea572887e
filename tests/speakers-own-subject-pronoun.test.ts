// In a report, a "he" / "she" inside a sentence whose subject is a person, with nobody else who
// could be meant named between them, is that subject ("Actress Lena Dahl quit over what she called
// “…”"), whoever spoke last and however many other people of that gender the paragraphs before
// named. A possessor, two joined names, or another person of that gender named after the subject
// leave it to the other rules.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src';

type Case = [text: string, speakers: (string | null)[]];

const speakersOf = (text: string): (string | null)[] => analyzeReview(text).quotes.map((q) => q.speaker?.name ?? null);

const before = 'Singer Mira Sobel and dancer Greta Lund were in the house. “We expected Bez to win,” bookmaker Tomas Berg said.\n\n';

const cases: Case[] = [
  [before + 'Actress Lena Dahl quit the show earlier in the week over what she called “bullying” by the producers.', ['Tomas Berg', 'Lena Dahl']],
  [before + 'Lena Dahl left the house on Monday, in what she called “a cloud of relief”.', ['Tomas Berg', 'Lena Dahl']],
];

const mustNot: Case[] = [
  // another woman named between the subject and the pronoun
  [before + 'Lena Dahl blamed Mira Sobel for what she called “bullying” by the producers.', ['Tomas Berg', null]],
  // the subject is a possessor, or two joined names
  [before + 'Lena Dahl’s manager quit over what she called “bullying” by the producers.', ['Tomas Berg', null]],
  [before + 'Lena Dahl and Ada Moss quit over what she called “bullying” by the producers.', ['Tomas Berg', null]],
];

describe('a pronoun inside its sentence means the sentence’s subject', () => {
  it.each(cases)('%s', (text, speakers) => {
    expect(speakersOf(text)).toEqual(speakers);
  });
});

describe('must not take the sentence’s subject', () => {
  it.each(mustNot)('%s', (text, speakers) => {
    expect(speakersOf(text)).toEqual(speakers);
  });
});
