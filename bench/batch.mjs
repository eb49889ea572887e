// analyzeReviews from a cold start: the batch corpus (distinct reviews, 5 MB by default) on 1 worker
// and on 2, each run in a fresh process (so the pool's start, each worker's model load and its JIT
// warm-up are all in the time), in alternating runs; beside it what two cores give the same work
// at best: two independent processes, each analysing half of the corpus from cold, against one
// process analysing all of it. CPU time is read per thread (main thread, each worker, and V8's
// helper threads: the optimizing compiler and the garbage collector), which on a busy machine says
// more than the clock.
//   node bench/batch.mjs [BYTES] [RUNS]   (after npm run build)
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const cores = availableParallelism();
const CHILD = join(import.meta.dirname, 'child.mjs');
const THREAD_CPU = pathToFileURL(join(import.meta.dirname, 'thread-cpu.mjs')).href;

/** Runs bench/child.mjs with `args` (and `node` flags before it); its JSON line. */
export function child(args, flags = []) {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, [...flags, CHILD, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    p.stdout.on('data', (b) => (out += b));
    p.on('error', reject);
    p.on('close', (code) => (code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`bench/child.mjs ${args.join(' ')} exited with ${code}`))));
  });
}

const batchRun = (workers, bytes) => child(['batch', String(workers), String(bytes)], ['--import', THREAD_CPU]);

/** Measures, prints and returns the cold batch figures. */
export async function coldBatchBench(bytes = 5e6, runs = 3) {
  const best = { 1: null, 2: null };
  for (let r = 0; r < runs; r++) {
    for (const workers of [1, 2]) {
      const run = await batchRun(workers, bytes);
      const b = best[workers];
      // The fastest run's clock, the least CPU of any run (CPU varies less with the load).
      best[workers] = b === null ? run : { ...run, ms: Math.min(b.ms, run.ms), cpu: run.cpu.total < b.cpu.total ? run.cpu : b.cpu, peakRssMB: Math.max(b.peakRssMB, run.peakRssMB) };
    }
  }
  // The ceiling: one process with the whole corpus, and two at once with half each, all from cold.
  let alone = Infinity;
  let pair = Infinity;
  for (let r = 0; r < 2; r++) {
    alone = Math.min(alone, (await child(['part', String(bytes), '0', '1'])).ms);
    pair = Math.min(pair, Math.max(...(await Promise.all([0, 1].map((k) => child(['part', String(bytes), String(k), '2'])))).map((x) => x.ms)));
  }
  const one = best[1];
  const two = best[2];
  const mb = one.bytes / 1e6;
  const mbs = (ms) => (mb / (ms / 1000)).toFixed(2);
  const perDoc = (ms) => ((ms / one.docs) * 1000).toFixed(0);
  const cpuLine = (c) =>
    c.main === null
      ? `CPU ${perDoc(c.total)} us/doc`
      : `CPU ${perDoc(c.total)} us/doc: main ${perDoc(c.main)}, workers ${perDoc(c.workers.reduce((a, b) => a + b, 0))}, compiler and GC threads ${perDoc(c.helpers)}`;
  const ratio = one.ms / two.ms;
  const ceiling = alone / pair;
  console.log(`\nanalyzeReviews from cold: ${one.docs} distinct reviews, ${mb.toFixed(2)} MB, each run in a fresh process, pool start included (best of ${runs} alternating runs):`);
  console.log(`  1 worker   ${mbs(one.ms)} MB/s  ${cpuLine(one.cpu)}; peak RSS ${one.peakRssMB.toFixed(0)} MB`);
  console.log(`  2 workers  ${mbs(two.ms)} MB/s  ${cpuLine(two.cpu)}; peak RSS ${two.peakRssMB.toFixed(0)} MB`);
  console.log(`  ratio 2 / 1 workers = ${ratio.toFixed(2)}x (target >= 1.7, or within 5% of the ceiling when it is lower)`);
  console.log(`  ceiling: two processes at once, each half the corpus from cold, / one process with all of it = ${ceiling.toFixed(2)}x (${mbs(pair)} / ${mbs(alone)} MB/s); the pool reaches ${((ratio / ceiling) * 100).toFixed(0)}% of it`);
  if (one.cpu.main !== null) {
    // What the CPU alone allows on two otherwise idle cores: a run takes at least its busiest worker's
    // time, and at least its whole CPU spread over both cores (the compiler's threads run beside the
    // workers). On a busy machine this says more than the clock.
    const least = (c) => Math.max(...c.workers, c.total / 2);
    console.log(`  from CPU time alone, on two idle cores: 1 worker >= ${(least(one.cpu) / 1000).toFixed(1)} s, 2 workers >= ${(least(two.cpu) / 1000).toFixed(1)} s, ratio at best ${(least(one.cpu) / least(two.cpu)).toFixed(2)}x`);
  }
  console.log(`  2 workers take ${(((two.cpu.total - one.cpu.total) / one.cpu.total) * 100).toFixed(0)}% more CPU than 1; peak RSS per worker: ${(one.peakRssMB).toFixed(0)} MB for a process with one, ${(two.peakRssMB - one.peakRssMB).toFixed(0)} MB more for the second`);
  return { one, two, ratio, ceiling, alone, pair };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await coldBatchBench(Number(process.argv[2] ?? 5e6), Number(process.argv[3] ?? 3));
