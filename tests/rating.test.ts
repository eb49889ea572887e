import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';

// End to end: the rating the pipeline reports is the stage's (tests/stages/rating.test.ts).
describe('rating in the analysis', () => {
  it('is what analyzeReview reports, the last rating winning', () => {
    const text = 'Early on I thought two stars.\n\nBy the last episode: three and a half stars.';
    expect(analyzeReview(text).rating).toMatchObject({ value: 3.5, scale: 5, start: text.indexOf('three') });
  });
});
