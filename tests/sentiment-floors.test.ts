/**
 * Floors under the measured sentiment and heading figures on ../shared, when it is present:
 * the IMDb reviews' labels (thresholds chosen on half A, rows 0, 2, 4, …; held out: half B) and
 * the development set's summary (measured only, never fitted on). Skipped, saying why, without it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';
import { ROOT } from './helpers/fixtures';

const SHARED = join(ROOT, '..', 'shared');
const IMDB = join(SHARED, 'corpus', 'reviews', 'imdb-first-999.csv');
const DEV = join(SHARED, 'dev');
const SCORER = join(SHARED, 'tools', 'score.mjs');

const imdbTitle = existsSync(IMDB) ? 'IMDb labels (../shared/corpus)' : `IMDb labels: skipped, ${IMDB} not found`;
describe.skipIf(!existsSync(IMDB))(imdbTitle, () => {
  const rows = (parse(readFileSync(IMDB, 'utf8'), { columns: true, bom: true }) as { review: string; sentiment: string }[]).map((r, i) => ({ i, ...r }));
  const labels = rows.map((r) => ({ i: r.i, want: r.sentiment, got: analyzeReview(r.review).sentiment }));
  const accuracy = (set: typeof labels): number => set.filter((x) => x.got.label === x.want).length / set.length;

  it('reads all 999 reviews', () => {
    expect(rows).toHaveLength(999);
  });
  it('gives the reader\'s label on at least 0.87 of the held-out half B and 0.85 of all', () => {
    expect(accuracy(labels.filter((x) => x.i % 2 === 1))).toBeGreaterThanOrEqual(0.87);
    expect(accuracy(labels)).toBeGreaterThanOrEqual(0.85);
  });
  it('keeps mixed and neutral rare on reviews that readers call positive or negative', () => {
    expect(labels.filter((x) => x.got.label === 'mixed' || x.got.label === 'neutral').length).toBeLessThanOrEqual(20);
  });
  it('is right more often where it is sure (held-out half B)', () => {
    const held = labels.filter((x) => x.i % 2 === 1);
    const sure = held.filter((x) => x.got.confidence >= 0.8);
    expect(sure.length).toBeGreaterThanOrEqual(300);
    expect(accuracy(sure)).toBeGreaterThanOrEqual(0.93);
    expect(accuracy(sure)).toBeGreaterThan(accuracy(held));
  });
});

// The scorer imports the built package (npm test builds first).
const devReady = existsSync(join(DEV, 'texts')) && existsSync(SCORER) && existsSync(join(ROOT, 'dist', 'index.js'));
const devTitle = devReady ? 'development set summary (../shared/dev)' : `development set summary: skipped, ${DEV}, ${SCORER} or dist/ not found`;
describe.skipIf(!devReady)(devTitle, () => {
  it('keeps the document labels and the headings at least as right as measured', () => {
    const out = execFileSync(process.execPath, [SCORER, '--project', ROOT, '--texts', join(DEV, 'texts'), '--gold', join(DEV, 'gold'), '--json'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const { summary } = JSON.parse(out) as { summary: { docSentiment: number; headingsF1: number; contract: string } };
    expect(summary.contract).toBe('22/22');
    expect(summary.docSentiment).toBeGreaterThanOrEqual(0.71);
    expect(summary.headingsF1).toBeGreaterThanOrEqual(0.99);
  }, 120_000);
});

// The fitted constants of src/data/sentiment-rules.ts come back from their fit, digit for digit.
const fitReady = existsSync(IMDB) && existsSync(join(ROOT, 'bench', 'build', 'stages.js'));
const fitTitle = fitReady ? 'sentiment models refit (../shared/corpus)' : `sentiment models refit: skipped, ${IMDB} or bench/build/stages.js (npm run build) not found`;
describe.skipIf(!fitReady)(fitTitle, () => {
  it('gives the constants src/data/sentiment-rules.ts holds', async () => {
    const out = execFileSync(process.execPath, [join(ROOT, 'scripts', 'eval-sentiment.mjs'), '--fit'], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
    const rules = await import('../src/data/sentiment-rules');
    expect(out).toContain(`SURE_INTERCEPT = ${rules.SURE_INTERCEPT}; SURE_SCORE_WEIGHT = ${rules.SURE_SCORE_WEIGHT}; SURE_BALANCE_WEIGHT = ${rules.SURE_BALANCE_WEIGHT}`);
    // The confidence curve is stable: leaving any one fitted review out moves no fitted review's
    // confidence by more than a few hundredths.
    const shift = /largest change of a fitted review's confidence (\d\.\d+)/.exec(out);
    expect(shift).not.toBeNull();
    expect(Number(shift?.[1])).toBeLessThanOrEqual(0.03);
    expect(out).toContain(`REPORT_FEATURE_WEIGHTS = [${rules.REPORT_FEATURE_WEIGHTS.join(', ')}]; REPORT_INTERCEPT = ${rules.REPORT_INTERCEPT}`);
    // The fit reads the fan reviews of reviews-by-work too: some minutes on a loaded machine.
  }, 600_000);
});

// The learned word shifts of src/data/sentiment-word-shifts.ts come back from their fit, byte for byte.
const SNIPPETS = join(SHARED, 'corpus', 'sentiment', 'vader-icwsm2014', 'movieReviewSnippets_GroundTruth.txt');
const shiftsReady = existsSync(SNIPPETS) && existsSync(join(ROOT, 'bench', 'build', 'stages.js'));
const shiftsTitle = shiftsReady ? 'sentiment word shifts refit (../shared/corpus)' : `sentiment word shifts refit: skipped, ${SNIPPETS} or bench/build/stages.js (npm run build) not found`;
describe.skipIf(!shiftsReady)(shiftsTitle, () => {
  it('gives the file src/data/sentiment-word-shifts.ts holds', () => {
    const out = execFileSync(process.execPath, [join(ROOT, 'scripts', 'fit-word-shifts.mjs'), '--check'], { encoding: 'utf8' });
    expect(out).toContain('is up to date (622 words)');
  }, 180_000);
});
