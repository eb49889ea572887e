// A place word that is a family name too ("West", "North", "London") ends a full name right after
// a listed first name that is no common word, so the person is not cut to a given name; a first
// name that is also a common word ("Will") does not take one, and the place word alone stays a
// place. All names and wording invented.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src';

const people = (text: string): string[] => analyzeReview(text).people.map((p) => p.name);

describe('a place word as a surname after a listed first name', () => {
  it.each([
    ['The veteran actor Trevor West played the mayor in the remake. West was 70.', ['Trevor West']],
    ['Singer Maureen North released a single on Friday.', ['Maureen North']],
    ['Novelist Hilda London wrote about dogs and the sea.', ['Hilda London']],
  ])('%j has %j', (text, want) => {
    expect(people(text)).toEqual(want);
  });
  it.each([
    ['Will English fans travel to the final?', []],
    ['Sandra moved to the West Coast in 1999.', []],
  ])('%j has %j', (text, want) => {
    expect(people(text)).toEqual(want);
  });
});

describe('groups that open a sentence are not the "he" of a quote', () => {
  it('a plural crowd word is no speaker', () => {
    const a = analyzeReview('Crowds screamed when Leo Varga arrived. “It is very loud,” he told the radio station.');
    expect(a.quotes.map((q) => q.speaker?.name ?? null)).not.toContain('Crowds');
  });
});
