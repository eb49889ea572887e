import { describe, expect, it } from 'vitest';
import { analyzeReview, SCHEMA_VERSION } from '../src/index';

describe('analyzeReview: caller mistakes', () => {
  it.each([
    [42, 'review-lens: expected text to be a string, got number'],
    [null, 'review-lens: expected text to be a string, got null'],
    [undefined, 'review-lens: expected text to be a string, got undefined'],
    [['a'], 'review-lens: expected text to be a string, got array'],
  ])('refuses %j with a TypeError', (value, message) => {
    expect(() => analyzeReview(value as unknown as string)).toThrow(new TypeError(message));
  });
  it('refuses bad options', () => {
    expect(() => analyzeReview('x', 5 as never)).toThrow(new TypeError('review-lens: expected options to be an object, got number'));
    expect(() => analyzeReview('x', { work: [] } as never)).toThrow(RangeError);
    expect(() => analyzeReview('x', { works: 'Squid Game' } as never)).toThrow('review-lens: expected options.works to be an array of strings, got string');
    expect(() => analyzeReview('x', { works: ['ok', 3] } as never)).toThrow('review-lens: expected options.works[1] to be a string, got number');
  });
});

describe('analyzeReview: output', () => {
  it('fills every field of the contract', () => {
    const a = analyzeReview('Title Line\n\nI love it.');
    expect(Object.keys(a)).toEqual(['schemaVersion', 'title', 'sections', 'characters', 'people', 'works', 'quotes', 'sentiment', 'stats']);
    expect(a.schemaVersion).toBe(SCHEMA_VERSION);
    expect(a.stats).toEqual({ characters: 22, words: 5, sentences: 2, paragraphs: 1 });
  });
  it('returns plain JSON data', () => {
    const a = analyzeReview('Title Line\n\n“Hope is more important now than logic.” – On-Jo');
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
  });
});
