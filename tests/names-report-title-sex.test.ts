// A report names someone in full and then by courtesy title and surname: there the sex a given
// name usually tells gives way when it would leave the titled form with no full name at all, but
// it still picks between two full names of one surname. Outside a report the title's sex decides.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';

const REPORT =
  'The soul singer Jesse Marlow won two prizes at the ceremony in Leeds on Tuesday. Ms Marlow said she was "thrilled" by the win. ' +
  'Organisers said the night was a success, and the crowd cheered when the results were announced.';

describe('a titled surname in a report whose only full name has a given name of the other sex', () => {
  it('joins that full name and keeps its quote', () => {
    const a = analyzeReview(REPORT);
    const person = a.people.find((p) => p.name === 'Jesse Marlow');
    expect(person?.aliases).toEqual(['Ms Marlow']);
    expect(a.quotes.map((q) => q.speaker?.personId ?? null)).toEqual([person?.id]);
  });
  it('outside a report stays apart', () => {
    const a = analyzeReview('Jesse Marlow runs the farm alone until Mrs. Marlow arrives from the city and takes over the kitchen.');
    expect([...a.people, ...a.characters].find((e) => e.name === 'Jesse Marlow')?.aliases ?? []).not.toContain('Mrs. Marlow');
  });
});
