// A speaker named by a title alone ("the Bishop said") is the one person the text gave that title:
// before a comma and titles, with its see or office after "of" or not ("The Bishop of Lisbon, the
// Rt Rev Dr X,"), or right before the name. With two people given it, or none, it links to nobody.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src';

type Case = [text: string, linked: (string | null)[]];

/** For each quote, the person its speaker links to, or null. */
const linkedOf = (text: string): (string | null)[] => {
  const a = analyzeReview(text);
  return a.quotes.map((q) => a.people.find((p) => p.id === q.speaker?.personId)?.name ?? null);
};

const holders: Case[] = [
  ['The Bishop of Lisbon, the Rt Rev Dr Tomas Vidal, opened the hall. Mr Vidal has led the diocese since 2010. The Bishop said: “We waited ten years for this.”', ['Dr Tomas Vidal']],
];

const nobody: Case[] = [
  // the text gives the title to nobody it names: the person named before is not assumed to hold it
  ['Dr Tomas Vidal opened the hall. Mr Vidal has led the choir since 2010. The Bishop said: “We waited ten years for this.”', [null]],
];

describe('a title alone links to the one person the text gave it', () => {
  it.each(holders)('%s', (text, linked) => {
    expect(linkedOf(text)).toEqual(linked);
  });
});

describe('a title the text gives to nobody links to nobody', () => {
  it.each(nobody)('%s', (text, linked) => {
    expect(linkedOf(text)).toEqual(linked);
  });
});
