// analyzeReviews throughput with 1 worker and with one per core, over the corpus repeated.
import { availableParallelism } from 'node:os';
import { analyzeReviews } from '../dist/batch.js';

/**
 * MB/s of analyzeReviews over `docs` with `concurrency` workers: over the whole run (pool start-up
 * and each worker's warm-up included) and over its second half (workers warm, as in a long batch).
 */
export async function batchThroughput(docs, concurrency) {
  const bytes = docs.map((d) => Buffer.byteLength(d));
  const total = bytes.reduce((a, b) => a + b, 0);
  const half = Math.floor(docs.length / 2);
  const t0 = performance.now();
  let tHalf = t0;
  let bytesHalf = 0;
  let failed = 0;
  let i = 0;
  for await (const r of analyzeReviews(docs, { concurrency })) {
    if (!r.ok) failed++;
    i++;
    if (i === half) {
      tHalf = performance.now();
      bytesHalf = bytes.slice(0, half).reduce((a, b) => a + b, 0);
    }
  }
  if (failed) throw new Error(`bench: ${failed} documents failed`);
  const t1 = performance.now();
  return { all: total / 1e6 / ((t1 - t0) / 1000), warm: (total - bytesHalf) / 1e6 / ((t1 - tHalf) / 1000) };
}

export const cores = availableParallelism();
