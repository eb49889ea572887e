// Runs one measurement in a fresh process, so start-up time and peak memory are its own.
//   node bench/child.mjs cold            ms from importing review-lens to the first analysis (as
//                                        the issue timed wink's own cold start: import, construct),
//                                        from process start, Node's own start-up, and RSS
//   node bench/child.mjs size BYTES      time per KB of one document of BYTES, and peak RSS
//   node bench/child.mjs passes N        MB/s of analyzeReview over the corpus, N passes after
//                                        twelve untimed ones (V8 still optimizes the pipeline for
//                                        the first ten or so); run alone and two at once, this gives
//                                        what two cores give independent work
import { buildDocument, corpusDocuments } from './corpus.mjs';

const [mode, arg] = process.argv.slice(2);
if (mode === 'cold') {
  const t0 = performance.now();
  const { analyzeReview } = await import('../dist/index.js');
  analyzeReview('Great show. Cheong-San is brave.');
  const t1 = performance.now();
  console.log(JSON.stringify({ ms: t1 - t0, sinceStart: t1, nodeMs: t0, rssMB: process.memoryUsage().rss / 1048576 }));
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
} else throw new Error(`bench/child.mjs: expected cold, size or passes, got ${mode}`);
