// A stage name led by a number (`50 Cent`, `21 Savage`): the name is the number and the word
// together wherever the text writes the word so, and a role noun before the number is a cue for
// the name. A count, a rank or a price before a word is no part of a name. Sentences are made up.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';

describe('a real person named by a number and a word', () => {
  it.each([
    ['a role noun before the number', 'The label signed rapper 40 Brixton last spring. Later 40 Brixton said the deal was fair.', '40 Brixton'],
    ['one number before every mention', "Critics praised the new single by 9 Harlow. Sales of 9 Harlow's album rose by a third in a week, the chart company said.", '9 Harlow'],
    ['a possessive mention', "The singer 12 Marlowe released a new single. 12 Marlowe's manager said the tour would start in May.", '12 Marlowe'],
  ])('%s: the name takes the number in', (_, text, name) => {
    const a = analyzeReview(text);
    const person = a.people.find((p) => p.name === name);
    expect(person).toBeDefined();
    const at = text.indexOf(name);
    expect(person?.mentions).toContainEqual({ start: at, end: at + name.length });
    for (const m of person?.mentions ?? []) expect(text.slice(m.start, m.end + 1).startsWith(name.slice(0, name.indexOf(' ')))).toBe(true);
    expect(a.people.map((p) => p.name)).not.toContain(name.slice(name.indexOf(' ') + 1));
  });
});

describe('a number before a name that is no part of it', () => {
  it.each([
    ['a count before one mention only', 'The rapper Corvell sold 50 copies on the first day. Corvell said he was pleased.', 'Corvell'],
    ['a rank after "number"', 'The singer Marisol reached number 3 Marisol fans said. Marisol thanked them.', 'Marisol'],
  ])('%s: the name keeps its one word', (_, text, name) => {
    const a = analyzeReview(text);
    for (const p of a.people) expect(/\d/.test(p.name)).toBe(false);
    expect(a.people.map((p) => p.name)).toContain(name);
  });
});
