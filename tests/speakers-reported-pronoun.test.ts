// A partial quote inside what a named person reports, where the reported clause has its own "he" /
// "she" and speech verb ("Mr Kain said he had been told a fan “…”"): the quote is part of the
// person's report, so it is theirs, whoever the "he" is. Without a speech verb before the
// pronoun's, or with a role as the reporter, nobody is named.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src';

type Case = [text: string, speakers: (string | null)[]];

const speakersOf = (text: string): (string | null)[] => analyzeReview(text).quotes.map((q) => q.speaker?.name ?? null);

const cases: Case[] = [
  ['The band cancelled the show in Leeds. Tomas Berg said he had been told the roof was “far too dangerous” for a crowd.', ['Tomas Berg']],
  ['Greta Lund said she was told the script had been “rewritten overnight” by the studio.', ['Greta Lund']],
];

const mustNot: Case[] = [
  // the pronoun's verb is the sentence's only speech verb: "he" stays unresolved between two men
  ['Tomas Berg met Ivo Marek after the show. He was told the roof was “far too dangerous” for a crowd.', [null]],
  // a role reports it: no name to give
  ['A spokesman said he had been told the roof was “far too dangerous” for a crowd.', [null]],
];

describe('a partial quote in a named person’s report is theirs', () => {
  it.each(cases)('%s', (text, speakers) => {
    expect(speakersOf(text)).toEqual(speakers);
  });
});

describe('must not name a speaker', () => {
  it.each(mustNot)('%s', (text, speakers) => {
    expect(speakersOf(text)).toEqual(speakers);
  });
});
