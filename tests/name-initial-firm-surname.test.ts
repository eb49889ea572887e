// A firm's name or a place word right after a listed first name is its surname (`Megan Fox`); so
// it is after the first name's middle initials (`Michael J. Fox`), where the run used to stop at
// the initial and drop the name. Sentences are made up.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';

describe('a full name with middle initials ending in a firm or place word', () => {
  it.each([
    ['a firm word after one initial', 'I thought Michael J. Fox was very good as the nervous teenager.', 'Michael J. Fox'],
    ['a place word after one initial', 'I think Gordon T. London was the best thing in this one.', 'Gordon T. London'],
    ['a firm word after two initials', 'We watched it for Laura K. J. Warner and she did not disappoint.', 'Laura K. J. Warner'],
  ])('%s: one person with the whole name', (_, text, name) => {
    const a = analyzeReview(text);
    const found = a.people.find((p) => p.name === name);
    expect(found).toBeDefined();
    const at = text.indexOf(name);
    expect(found?.mentions).toContainEqual({ start: at, end: at + name.length });
  });
});

describe('the same firm and place words where no first name leads the initials', () => {
  it.each([
    ['an abbreviation before a firm word', 'The film was sold to a U.S. Fox affiliate after the festival.', 'Fox'],
    ['a place word after a sentence', 'The film was shot in London. Fox bought it a year later.', 'Fox'],
  ])('%s: no person named with the firm word', (_, text, word) => {
    const a = analyzeReview(text);
    expect(a.people.some((p) => p.name.split(' ').includes(word))).toBe(false);
  });
});
