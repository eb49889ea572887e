import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { buildSchema, SCHEMA_PATH } from '../scripts/build-schema.mjs';
import { analyzeReview } from '../src/index';
import { fixtureText, golds } from './helpers/fixtures';

const schema = JSON.parse(readFileSync(SCHEMA_PATH, 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);

describe('the published JSON Schema (review-lens/schema.json)', () => {
  it('is generated from the TypeScript types: the committed file has not drifted', () => {
    expect(readFileSync(SCHEMA_PATH, 'utf8')).toBe(buildSchema());
  }, 30_000);
  for (const gold of golds()) {
    it(`validates the analysis of ${gold.fixture}`, () => {
      const ok = validate(JSON.parse(JSON.stringify(analyzeReview(fixtureText(gold.fixture)))));
      expect(validate.errors ?? []).toEqual([]);
      expect(ok).toBe(true);
    });
  }
  it('validates analyses with warnings and a rating', () => {
    expect(validate(JSON.parse(JSON.stringify(analyzeReview('He said “open.\n\nGreat show. 8/10'))))).toBe(true);
  });
  it.each(['sections', 'stats', 'warnings'])('rejects an analysis without %s', (field) => {
    const a = JSON.parse(JSON.stringify(analyzeReview(fixtureText('news-all-of-us-are-dead-season-2.txt'))));
    delete a[field];
    expect(validate(a)).toBe(false);
  });
  it('rejects a wrong kind of quote and a score out of range', () => {
    const a = JSON.parse(JSON.stringify(analyzeReview('“Hope is more important now than logic.” – On-Jo')));
    a.quotes[0].kind = 'shout';
    expect(validate(a)).toBe(false);
    const b = JSON.parse(JSON.stringify(analyzeReview('A fine show.')));
    b.sentiment.score = 2;
    expect(validate(b)).toBe(false);
    b.sentiment.score = 0.5;
    b.sections[0].start = -1;
    expect(validate(b)).toBe(false);
  });
});
