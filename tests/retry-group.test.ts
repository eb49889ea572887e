import { describe, expect, it } from 'vitest';
import { runGroupWithRetry, type GroupRunner } from '../src/batch/retry-group';
import type { WorkerOutcome } from '../src/batch/worker';

/** A stand-in worker: dies on any group holding "KILL"; otherwise one outcome per text, naming its length. */
function fakeWorker(calls: string[][]): GroupRunner {
  return (texts) => {
    calls.push(texts);
    if (texts.includes('KILL')) return Promise.reject(new Error('worker exited with code 1'));
    return Promise.resolve(texts.map((t): WorkerOutcome => ({ ok: false, error: `length ${t.length}` })));
  };
}

describe('runGroupWithRetry (a group whose worker died)', () => {
  it('runs a whole group once when its worker lives', async () => {
    const calls: string[][] = [];
    const out = await runGroupWithRetry(fakeWorker(calls), ['a', 'bb']);
    expect(calls).toEqual([['a', 'bb']]);
    expect(out).toEqual([
      { ok: false, error: 'length 1' },
      { ok: false, error: 'length 2' },
    ]);
  });

  it('tries each document alone when the group fails, so only the killer fails', async () => {
    const calls: string[][] = [];
    const out = await runGroupWithRetry(fakeWorker(calls), ['a', 'KILL', 'ccc']);
    expect(calls).toEqual([['a', 'KILL', 'ccc'], ['a'], ['KILL'], ['ccc']]);
    expect(out).toEqual([
      { ok: false, error: 'length 1' },
      { ok: false, error: 'worker exited with code 1' },
      { ok: false, error: 'length 3' },
    ]);
  });

  it('does not run a lone document twice', async () => {
    const calls: string[][] = [];
    const out = await runGroupWithRetry(fakeWorker(calls), ['KILL']);
    expect(calls).toEqual([['KILL']]);
    expect(out).toEqual([{ ok: false, error: 'worker exited with code 1' }]);
  });
});
