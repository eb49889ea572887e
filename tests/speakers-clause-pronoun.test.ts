// A "he" / "she" that is the subject of a clause and a name after it in that clause are two people
// ("While he praised Pavel Novak's film": had he praised his own, it would be "his"). So a later
// "he said" does not mean that name: it means someone named before, or nobody. A comma between
// them ends the clause ("When he reached the stage, Pavel Novak said …" is one man).
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src';

type Case = [text: string, speakers: (string | null)[]];

const speakersOf = (text: string): (string | null)[] => analyzeReview(text).quotes.map((q) => q.speaker?.name ?? null);

const cases: Case[] = [
  // the name in the pronoun's clause is passed over for the one named before it
  ['Tomas Berg flew in on Monday. While he praised Pavel Novak’s documentary, he said the jury was tired. “We all are,” he said.', ['Tomas Berg']],
  ['Greta Lund opened the festival. She thanked Mira Sobel for the poster before the screening. “It is the best one yet,” she said.', ['Greta Lund']],
  // a comma closes the clause: the name after it may be the one the pronoun before it means
  ['When he reached the stage, Pavel Novak said he was exhausted. “I have not slept in two days,” he said.', ['Pavel Novak']],
];

const mustNot: Case[] = [
  // nobody else named: the name in the pronoun's clause is not taken for the speaker
  ['Once he had watched Pavel Novak’s documentary, he called it brave. “It made me angry,” he said.', [null]],
  ['She told Marta Ilic that the set was closed to visitors. “Nobody gets in,” she said.', [null]],
  ['He thanked Lena Dahl and Ruben Kerr for the music. “They saved the film,” he said.', [null]],
];

describe('a name in the clause of a pronoun before it is not whom "he said" means', () => {
  it.each(cases)('%s', (text, speakers) => {
    expect(speakersOf(text)).toEqual(speakers);
  });
});

describe('must not credit the name in the pronoun’s clause', () => {
  it.each(mustNot)('%s', (text, speakers) => {
    expect(speakersOf(text)).toEqual(speakers);
  });
});
