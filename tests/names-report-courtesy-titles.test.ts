// A report names the people it quotes by a plain courtesy title and surname (`Mr X said`), often
// with no full name anywhere: such a lone titled name is a real person. After `the` the titled
// name is a type someone is likened to (`the Mr X of pop`), no one in the report.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';

const REPORT =
  'A plan to move the old house to a new site has angered local fans. Mr Haldane said the council had promised the house could stay where it was. ' +
  '"We will not be the Mr Grimwold of this town," said council chief Ann Vale. Now Mr Haldane wants the council to pay for the move.';

describe('a lone courtesy-titled name in a report', () => {
  it('is a real person', () => {
    const a = analyzeReview(REPORT);
    expect(a.people.map((p) => p.name)).toEqual(['Mr Haldane', 'Ann Vale']);
    expect(a.characters).toEqual([]);
  });
  it('after `the` is no one', () => {
    const a = analyzeReview(REPORT);
    expect([...a.people, ...a.characters].some((e) => e.name === 'Mr Grimwold')).toBe(false);
  });
  it('keeps the quote with its speaker', () => {
    const a = analyzeReview(REPORT);
    expect(a.quotes.map((q) => q.speaker?.name ?? null)).toEqual(['Ann Vale']);
  });
});
