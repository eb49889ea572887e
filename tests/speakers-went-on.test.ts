// "He added: …" / "she went on" after a quote: the last quote's speaker goes on only when they
// could be the pronoun's (not plainly of the other gender) and nobody else who could be was named
// since that quote. Another name in between leaves it unclear, and no speaker beats a wrong one.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src';

type Case = [text: string, speakers: (string | null)[]];

const speakersOf = (text: string): (string | null)[] => analyzeReview(text).quotes.map((q) => q.speaker?.name ?? null);

const cases: Case[] = [
  ['Otto Brandt called the remake “a shameless cash grab”. He added: “Nobody asked for it.”', ['Otto Brandt', 'Otto Brandt']],
  ['Otto Brandt called the remake “a shameless cash grab”. He went on: “Nobody asked for it.”', ['Otto Brandt', 'Otto Brandt']],
  ['Otto Brandt called the remake “a shameless cash grab”. “Nobody asked for it,” he added.', ['Otto Brandt', 'Otto Brandt']],
  // a name of the other gender between does not stand in the way
  ['Otto Brandt called the remake “a shameless cash grab” on Greta Lund’s radio show. He added: “Nobody asked for it.”', ['Otto Brandt', 'Otto Brandt']],
];

const mustNot: Case[] = [
  // two men named since the quote: any of the three could be "he"
  ['Otto Brandt called the remake “a shameless cash grab”. The film stars Ivo Marek and Pavel Novak. He added: “Nobody asked for it.”', ['Otto Brandt', null]],
  // the last speaker is a woman
  ['Greta Lund called the remake “a shameless cash grab”. He added: “Nobody asked for it.”', ['Greta Lund', null]],
];

describe('"he added" goes on with the last speaker', () => {
  it.each(cases)('%s', (text, speakers) => {
    expect(speakersOf(text)).toEqual(speakers);
  });
});

describe('must not go on with the last speaker', () => {
  it.each(mustNot)('%s', (text, speakers) => {
    expect(speakersOf(text)).toEqual(speakers);
  });
});
