// CPU time per thread, for the batch figures (Linux: /proc). Loaded with `node --import` into the
// measured process, so worker threads run it too: each worker thread leaves its thread id in the
// folder REVIEW_LENS_BENCH_TIDS names, and the main thread reads every thread's CPU time while the
// pool still runs. What the process took beyond the main thread and the workers is V8's helper
// threads: the optimizing compiler (TurboFan compiles on a thread of its own) and the garbage
// collector's.
import { existsSync, readFileSync, readdirSync, readlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMainThread } from 'node:worker_threads';

const proc = existsSync('/proc/thread-self');
if (!isMainThread && proc && process.env.REVIEW_LENS_BENCH_TIDS) {
  writeFileSync(join(process.env.REVIEW_LENS_BENCH_TIDS, readlinkSync('/proc/thread-self').split('/').pop()), '');
}

/** ms of CPU thread `tid` of this process has run so far (from its schedstat, in ns). */
function threadMs(tid) {
  return Number(readFileSync(`/proc/self/task/${tid}/schedstat`, 'utf8').split(' ')[0]) / 1e6;
}

/**
 * The CPU this process took so far, in ms: all of it, the main thread's, each worker thread's
 * (those that registered), and the rest (V8's compiler and GC threads). Without /proc, only the
 * total.
 */
export function threadCpu() {
  const u = process.cpuUsage();
  const total = (u.user + u.system) / 1000;
  const dir = process.env.REVIEW_LENS_BENCH_TIDS;
  if (!dir || !proc) return { total, main: null, workers: [], helpers: null };
  const main = threadMs(process.pid);
  const workers = readdirSync(dir).map(threadMs);
  return { total, main, workers, helpers: total - main - workers.reduce((a, b) => a + b, 0) };
}
