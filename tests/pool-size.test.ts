import { describe, expect, it } from 'vitest';
import { poolSize } from '../src/batch/pool-size';

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
