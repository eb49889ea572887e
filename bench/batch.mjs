// analyzeReviews throughput with 1 worker and with one per core, over the corpus repeated.
import { availableParallelism } from 'node:os';
import { analyzeReviews } from '../dist/batch.js';

/** MB/s of analyzeReviews over `docs` with `concurrency` workers (pool start-up included). */
export async function batchThroughput(docs, concurrency) {
  const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d), 0);
  const t0 = performance.now();
  let failed = 0;
  for await (const r of analyzeReviews(docs, { concurrency })) if (!r.ok) failed++;
  if (failed) throw new Error(`bench: ${failed} documents failed`);
  return bytes / 1e6 / ((performance.now() - t0) / 1000);
}

export const cores = availableParallelism();
