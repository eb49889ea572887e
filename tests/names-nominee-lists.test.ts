// A list of nominees or winners names each person with the work they are up for; the work after a
// name stands between it and the next item of the list. Sentences are made up.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';

const people = (text: string): string[] => analyzeReview(text).people.map((p) => p.name).sort();

describe('nominees each with their work', () => {
  it.each([
    [
      '`for Work` after each name, a full name the lists do not hold among them',
      'The nominees for best actress include Charlize Theron for Monster, Xiuying Tarrow for House of Flying Daggers and Imelda Staunton for The Aviator.',
      ['Charlize Theron', 'Imelda Staunton', 'Xiuying Tarrow'],
    ],
    [
      '`for Work` after two names joined by a comma',
      'The nominees for best actress include Charlize Theron for Monster, Xiuying Tarrow for House of Flying Daggers.',
      ['Charlize Theron', 'Xiuying Tarrow'],
    ],
    [
      'the work in brackets after each name',
      'Best supporting actor nominees are Mark Ruffalo (Collateral), Xiuying Tarrow (The Aviator) and Jamie Foxx (Ray).',
      ['Jamie Foxx', 'Mark Ruffalo', 'Xiuying Tarrow'],
    ],
  ] as const)('are people: %s', (_, text, want) => {
    expect(people(text)).toEqual(want);
  });

  it('a name after a work with no work of its own is no nominee of the list', () => {
    const got = people('The best actress prize went to Charlize Theron for Monster, Copper Tide Studios said on Monday.');
    expect(got).toEqual(['Charlize Theron']);
  });
});
