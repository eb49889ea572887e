// Runs one measurement in a fresh process, so start-up time and peak memory are its own.
//   node bench/child.mjs cold            ms from process start to the first analysis, and RSS
//   node bench/child.mjs size BYTES      time per KB of one document of BYTES, and peak RSS
import { buildDocument } from './corpus.mjs';

const [mode, arg] = process.argv.slice(2);
if (mode === 'cold') {
  const { analyzeReview } = await import('../dist/index.js');
  analyzeReview('Great show. Cheong-San is brave.');
  console.log(JSON.stringify({ ms: performance.now(), rssMB: process.memoryUsage().rss / 1048576 }));
} else if (mode === 'size') {
  const { analyzeReview } = await import('../dist/index.js');
  const text = buildDocument(Number(arg));
  // Warm up on 100 KB, so every size is timed with a compiled (JIT) pipeline.
  analyzeReview(buildDocument(100e3));
  const t0 = performance.now();
  analyzeReview(text, { maxLength: text.length });
  const ms = performance.now() - t0;
  console.log(JSON.stringify({ msPerKB: ms / (Buffer.byteLength(text) / 1024), peakRssMB: process.resourceUsage().maxRSS / 1024 }));
} else throw new Error(`bench/child.mjs: expected cold or size, got ${mode}`);
