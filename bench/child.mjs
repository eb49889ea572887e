// Runs one measurement in a fresh process, so start-up time and peak memory are its own.
//   node bench/child.mjs cold            ms (and CPU ms) from importing review-lens to the first
//                                        analysis, from process start, Node's own start-up, and RSS
//   node bench/child.mjs cold-wink       the same for plain wink: import wink-nlp and its model,
//                                        winkNLP(model), the first readDoc read out
//   node bench/child.mjs size BYTES      time per KB of one document of BYTES, and peak RSS
//   node bench/child.mjs passes N        MB/s of analyzeReview over the corpus, N passes after
//                                        twelve untimed ones (V8 still optimizes the pipeline for
//                                        the first ten or so); run alone and two at once, this gives
//                                        what two cores give independent work
//   node --import ./bench/thread-cpu.mjs bench/child.mjs batch WORKERS BYTES
//                                        analyzeReviews over the cold batch corpus of BYTES on
//                                        WORKERS workers: ms from importing review-lens/batch to the
//                                        last result (pool start and every worker's warm-up
//                                        included), CPU per thread, peak RSS
//   node bench/child.mjs part BYTES K N  analyzeReview, in this process alone, over part K of N of
//                                        the same corpus, from import to the end: N of these at
//                                        once give what two cores give the cold batch at best
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { batchCorpus, buildDocument, corpusDocuments } from './corpus.mjs';

const [mode, arg] = process.argv.slice(2);
/** CPU time of the whole process so far (every thread: V8's compiler and collector too), in ms. */
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
if (mode === 'cold') {
  const c0 = cpuMs();
  const t0 = performance.now();
  const { analyzeReview } = await import('../dist/index.js');
  analyzeReview('Great show. Cheong-San is brave.');
  const t1 = performance.now();
  console.log(JSON.stringify({ ms: t1 - t0, cpuMs: cpuMs() - c0, sinceStart: t1, nodeMs: t0, rssMB: process.memoryUsage().rss / 1048576 }));
} else if (mode === 'cold-wink') {
  // wink's own cold start, in the same shape: import wink-nlp and its model, load the model with
  // wink's default pipeline (what a plain wink user runs), read the same text and read it out.
  const c0 = cpuMs();
  const t0 = performance.now();
  const winkNLP = (await import('wink-nlp')).default;
  const model = (await import('wink-eng-lite-web-model')).default;
  const nlp = winkNLP(model);
  const doc = nlp.readDoc('Great show. Cheong-San is brave.');
  doc.sentences().out();
  doc.tokens().out();
  const t1 = performance.now();
  console.log(JSON.stringify({ ms: t1 - t0, cpuMs: cpuMs() - c0, sinceStart: t1, nodeMs: t0, rssMB: process.memoryUsage().rss / 1048576 }));
} else if (mode === 'size') {
  const { analyzeReview } = await import('../dist/index.js');
  const text = buildDocument(Number(arg));
  // Warm up on 100 KB, so every size is timed with a compiled (JIT) pipeline.
  analyzeReview(buildDocument(100e3));
  const t0 = performance.now();
  analyzeReview(text, { maxLength: text.length });
  const ms = performance.now() - t0;
  console.log(JSON.stringify({ msPerKB: ms / (Buffer.byteLength(text) / 1024), peakRssMB: process.resourceUsage().maxRSS / 1024 }));
} else if (mode === 'passes') {
  const { analyzeReview } = await import('../dist/index.js');
  const { docs } = corpusDocuments();
  const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d), 0);
  for (let r = 0; r < 12; r++) for (const d of docs) analyzeReview(d);
  const t0 = performance.now();
  for (let r = 0; r < Number(arg); r++) for (const d of docs) analyzeReview(d);
  console.log(JSON.stringify({ mbs: (bytes * Number(arg)) / 1e6 / ((performance.now() - t0) / 1000) }));
} else if (mode === 'batch') {
  const { docs, bytes } = batchCorpus(Number(process.argv[4]));
  const tids = mkdtempSync(join(tmpdir(), 'review-lens-bench-tids-'));
  process.env.REVIEW_LENS_BENCH_TIDS = tids;
  const { threadCpu } = await import('./thread-cpu.mjs');
  const t0 = performance.now();
  const cpu0 = threadCpu();
  const { analyzeReviews } = await import('../dist/batch.js');
  let n = 0;
  let cpu = null;
  let ms = 0;
  for await (const r of analyzeReviews(docs, { concurrency: Number(arg) })) {
    if (!r.ok) throw new Error(`bench/child.mjs batch: ${r.id} failed: ${r.error}`);
    // CPU is read at the last result, while the workers still exist.
    if (++n === docs.length) {
      ms = performance.now() - t0;
      cpu = threadCpu();
    }
  }
  rmSync(tids, { recursive: true, force: true });
  // The process's own start and the corpus read before t0 are left out, as the time leaves them out.
  const since = { ...cpu, total: cpu.total - cpu0.total, main: cpu.main === null ? null : cpu.main - cpu0.main, helpers: cpu.helpers === null ? null : cpu.helpers - cpu0.helpers };
  console.log(JSON.stringify({ ms, docs: n, bytes, cpu: since, peakRssMB: process.resourceUsage().maxRSS / 1024 }));
} else if (mode === 'part') {
  const [k, parts] = [Number(process.argv[4]), Number(process.argv[5])];
  const { docs } = batchCorpus(Number(arg));
  const mine = docs.filter((_, i) => i % parts === k);
  const t0 = performance.now();
  const { analyzeReview } = await import('../dist/index.js');
  for (const d of mine) analyzeReview(d.text);
  console.log(JSON.stringify({ ms: performance.now() - t0, bytes: mine.reduce((n, d) => n + Buffer.byteLength(d.text), 0) }));
} else throw new Error(`bench/child.mjs: expected cold, cold-wink, size, passes, batch or part, got ${mode}`);
