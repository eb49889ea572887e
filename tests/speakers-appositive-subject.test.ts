// A subject set before its speech verb with an appositive between commas ("X, the show's
// co-producer, said Y was “…”") speaks; the name right after the verb opens what was reported.
// And "she said" after a listed person whose gender the text does not show, brought in at the head
// of a sentence of the quote's paragraph with a description or an age between commas, is that person.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src';

type Case = [text: string, speakers: (string | null)[]];

const speakersOf = (text: string): (string | null)[] => analyzeReview(text).quotes.map((q) => q.speaker?.name ?? null);

describe('an appositive between the subject and the speech verb', () => {
  it.each<Case>([
    ['The band Velvet Hounds will tour in May.\n\nLena Castro, the tour’s promoter, said Hounds were “the loudest act of the year”.', ['Lena Castro']],
    ['Pianist Tom Hale is to star in the revival.\n\nOscar Brandt, the show’s co-producer, said Hale was “a singer of rare warmth”.', ['Oscar Brandt']],
    ['Pianist Tom Hale is to star in the revival.\n\nOscar Brandt, 61, said Hale was “a singer of rare warmth”.', ['Oscar Brandt']],
    ['Lena Castro, the tour’s promoter, said: “We could have sold twice as many.”', ['Lena Castro']],
  ])('%j → %j', (text, expected) => {
    expect(speakersOf(text)).toEqual(expected);
  });
});

describe('"she said" after a listed person of unknown gender brought in with a description', () => {
  it.each<Case>([
    ['Netball teacher Ruth Okafor said the club had changed. “Girls have other sports now,” she said.\n\nJamie Oyelaran, a nurse from Derby, gave up netball at the age of twelve. “It was not fun any more,” she said.', ['Ruth Okafor', 'Jamie Oyelaran']],
    ['Netball teacher Ruth Okafor said the club had changed. “Girls have other sports now,” she said.\n\nJamie Oyelaran, 31, gave up netball at the age of twelve. “It was not fun any more,” she said.', ['Ruth Okafor', 'Jamie Oyelaran']],
    // a given name of the other gender is not the one "she" means: the last speaker goes on
    ['Netball teacher Ruth Okafor said the club had changed. “Girls have other sports now,” she said.\n\nPeter Oyelaran, a nurse from Derby, gave up netball at the age of twelve. “It was not fun any more,” she said.', ['Ruth Okafor', 'Ruth Okafor']],
  ])('%j → %j', (text, expected) => {
    expect(speakersOf(text)).toEqual(expected);
  });
});
