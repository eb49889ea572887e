import { describe, expect, it } from 'vitest';
import { formatDuration, progressBar, progressLine, summaryLine, type ProgressState } from '../src/cli/batch/progress';

const MB = 1024 * 1024;
const base: ProgressState = { done: 120, errors: 0, skipped: 0, bytes: 4 * MB, totalBytes: 10 * MB, skippedBytes: 0, seconds: 2 };

describe('batch progress', () => {
  it.each([
    [0, '0s'],
    [42.4, '42s'],
    [65, '1m05s'],
    [3720, '1h02m'],
  ])('formats %s seconds as %s', (seconds, text) => {
    expect(formatDuration(seconds)).toBe(text);
  });
  it('shows documents, MB/s, share done and an ETA from the rate so far', () => {
    expect(progressLine(base)).toBe('120 documents · 2.00 MB/s · 40.0% · ETA 3s');
  });
  it('counts failures and skipped input toward the share done', () => {
    expect(progressLine({ ...base, errors: 3, skippedBytes: 2 * MB })).toBe('120 documents (3 failed) · 2.00 MB/s · 60.0% · ETA 2s');
  });
  it('leaves out the share and ETA when the total is unknown', () => {
    expect(progressLine({ ...base, totalBytes: 0 })).toBe('120 documents · 2.00 MB/s');
  });
  it('draws a bar as wide as asked', () => {
    expect(progressBar(base, 10)).toBe('[####------] 120 documents · 2.00 MB/s · 40.0% · ETA 3s');
  });
  it('sums up documents, failures, skipped ones, time and throughput', () => {
    expect(summaryLine({ ...base, errors: 1, skipped: 7, seconds: 4 })).toBe('review-lens: 120 documents, 1 failed, 7 already done (skipped), 4.0 s, 1.00 MB/s');
  });
});
