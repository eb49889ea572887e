import { describe, expect, it } from 'vitest';
import { ALL_CORES_FROM_BYTES, defaultWorkers, poolSize } from '../src/batch/pool-size';

describe('poolSize (worker threads of a batch)', () => {
  it.each([
    ['default: the cores', undefined, 2, false, 2],
    ['fewer than the cores, as asked', 1, 8, false, 1],
    ['more than the cores: capped', 64, 2, false, 2],
    ['more than the cores, oversubscribing allowed', 64, 2, true, 64],
    ['default with oversubscribing allowed: still the cores', undefined, 4, true, 4],
  ] as const)('%s', (_, asked, cores, allow, expected) => {
    expect(poolSize(asked, cores, allow)).toBe(expected);
  });
});

describe('defaultWorkers (review-lens batch without -j)', () => {
  it.each([
    ['a few short files: one worker', 40_000, 2, 1],
    ['a 5 MB batch: still one worker', 5_000_000, 2, 1],
    ['just under the threshold: one worker', ALL_CORES_FROM_BYTES - 1, 8, 1],
    ['at the threshold: every core', ALL_CORES_FROM_BYTES, 2, 2],
    ['a 200 MB batch on 8 cores: eight', 200_000_000, 8, 8],
    ['standard input (size unknown): one worker', undefined, 4, 1],
    ['an empty input: one worker', 0, 2, 1],
    ['a large batch on one core: one', 100_000_000, 1, 1],
  ] as const)('%s', (_, bytes, cores, expected) => {
    expect(defaultWorkers(bytes, cores)).toBe(expected);
  });
});
