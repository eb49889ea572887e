// In a report, a "he" / "she" inside a sentence whose subject is a person, with nobody else who
// could be meant named between them, is that subject ("Chess player Lena Dahl left the tournament
// over what she called “…”"), however many other people of that gender the paragraphs before
// named. A possessor, two joined names, another person of that gender named after the subject, or
// a pronoun that attributes words itself ("Lena Dahl, she said, …", "…, she added.") leave it to
// the other rules.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src';

type Case = [text: string, speakers: (string | null)[]];

const speakersOf = (text: string): (string | null)[] => analyzeReview(text).quotes.map((q) => q.speaker?.name ?? null);

const before = 'Painter Mira Sobel and potter Greta Lund ran the stalls. “We expected a quiet fair,” organiser Tomas Berg said.\n\n';

const cases: Case[] = [
  [before + 'Chess player Lena Dahl left the tournament on Friday over what she called “endless delays” by the organisers.', ['Tomas Berg', 'Lena Dahl']],
  [before + 'Lena Dahl sold the bakery in June, in what she called “a fresh start”.', ['Tomas Berg', 'Lena Dahl']],
  // a speech verb leading into words of its own is no attribution
  [before + 'Lena Dahl left the stage in tears after she sang of being “moved” by the crowd.', ['Tomas Berg', 'Lena Dahl']],
  // a comma before the pronoun, but a verb that names a thing: no attribution
  [before + 'Lena Dahl closed the bakery, and after the fair, she called it “a fresh start”.', ['Tomas Berg', 'Lena Dahl']],
];

const mustNot: Case[] = [
  // another woman named between the subject and the pronoun
  [before + 'Lena Dahl blamed Mira Sobel for what she called “endless delays” by the organisers.', ['Tomas Berg', null]],
  // the subject is a possessor, or two joined names
  [before + 'Lena Dahl’s manager left the tournament over what she called “endless delays” by the organisers.', ['Tomas Berg', null]],
  [before + 'Lena Dahl and Ada Moss left the tournament over what she called “endless delays” by the organisers.', ['Tomas Berg', null]],
];

// The pronoun attributes the words: never the sentence's subject; the last speaker when the other
// rules carry her on, else nobody.
const attribution: Case[] = [
  ['“We sold every loaf,” baker Mira Sobel said. Lena Dahl, she said, had been “a marvel” all week.', ['Mira Sobel', null]],
  ['“We sold every loaf,” baker Mira Sobel said. Lena Dahl, she said of the fair, had been “a marvel” all week.', ['Mira Sobel', null]],
  ['“We sold every loaf,” baker Mira Sobel said. Lena Dahl had been “a marvel” all week, she said.', ['Mira Sobel', 'Mira Sobel']],
  ['“We sold every loaf,” baker Mira Sobel said. Lena Dahl had been “a marvel” all week, she added.', ['Mira Sobel', null]],
  // a passive subject is no more the speaker
  ['“We sold every loaf,” baker Mira Sobel said. Lena Dahl was moved to the front stall, she said, after “a good week”.', ['Mira Sobel', 'Mira Sobel']],
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

describe('must not take the subject for a pronoun that attributes words', () => {
  it.each(attribution)('%s', (text, speakers) => {
    expect(speakersOf(text)).toEqual(speakers);
  });
});
