import { describe, expect, it } from 'vitest';
import { analyzeReview, DEFAULT_MAX_LENGTH, MAX_WARNINGS, SCHEMA_VERSION } from '../src/index';

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
    expect(Object.keys(a)).toEqual(['schemaVersion', 'title', 'sections', 'characters', 'people', 'works', 'quotes', 'sentiment', 'rating', 'stats', 'warnings', 'textChecksum']);
    expect(a.schemaVersion).toBe(SCHEMA_VERSION);
    expect(a.stats).toEqual({ characters: 22, words: 5, sentences: 2, paragraphs: 1 });
  });
  it('gives a checksum of the exact text: equal for equal texts, another for any change', () => {
    const checksum = (t: string) => analyzeReview(t).textChecksum;
    expect(checksum('Title Line\n\nI love it.')).toMatch(/^[0-9a-f]{16}$/);
    expect(checksum('Title Line\n\nI love it.')).toBe(checksum(['Title Line', '', 'I love it.'].join('\n')));
    const variants = ['Title Line\n\nI love it.', 'Title Line\n\nI love it!', 'Title Line\r\nI love it.', 'Title Line\n\nI lvoe it.', '\uFEFFTitle Line\n\nI love it', '\uD800', '\uDC00', '', ' '];
    expect(new Set(variants.map(checksum)).size).toBe(variants.length);
  });
  it('returns plain JSON data', () => {
    const a = analyzeReview('Title Line\n\n“Hope is more important now than logic.” – On-Jo');
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
  });
});

describe('maxLength', () => {
  it('refuses a longer text with a RangeError, before any work', () => {
    expect(() => analyzeReview('x'.repeat(11), { maxLength: 10 })).toThrow(new RangeError('review-lens: expected text of at most 10 characters (options.maxLength), got 11'));
    expect(analyzeReview('x'.repeat(10), { maxLength: 10 }).stats.characters).toBe(10);
  });
  it('has a generous documented default', () => {
    expect(DEFAULT_MAX_LENGTH).toBe(10_000_000);
  });
  it.each([0, -1, 1.5, Number.NaN])('refuses maxLength %s', (n) => {
    expect(() => analyzeReview('x', { maxLength: n })).toThrow(RangeError);
  });
  it('refuses a maxLength that is no number', () => {
    expect(() => analyzeReview('x', { maxLength: '10' as never })).toThrow('review-lens: expected options.maxLength to be a number, got string');
  });
});

describe('warnings: odd text is no error', () => {
  it.each([
    ['He said “this never closes.\n\nNext paragraph.', 'unclosed-quote', 8],
    ['Bell\u0007 rings \u0001 twice.', 'control-characters', 4],
    ['Broken \ud800 pair.', 'lone-surrogate', 7],
  ])('%j → %s at %i', (text, code, start) => {
    const w = analyzeReview(text).warnings;
    expect(w.map((x) => [x.code, x.start])).toContainEqual([code, start]);
    expect(w.every((x) => x.message.length > 0 && x.end > x.start)).toBe(true);
  });
  it('gives clean text no warnings', () => {
    expect(analyzeReview('A fine review. “Quoted,” said Mr Weitz.').warnings).toEqual([]);
  });
  it(`lists at most ${MAX_WARNINGS}`, () => {
    const text = Array.from({ length: 300 }, () => 'He said “open.').join('\n\n');
    expect(analyzeReview(text).warnings).toHaveLength(MAX_WARNINGS);
  });
});
