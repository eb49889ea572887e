// Benchmark: review-lens against the plain wink-nlp pass the target names (wink's full
// pipeline, each sentence's sentiment and each token's POS read out), and against a lean wink pass
// (only the pipes that sentiment and POS need), over the same deterministic corpus in the same
// process. Prints throughput and the ratios.
// The corpus is the bundled fixtures plus ../shared/corpus when it is present.
// `node bench/run.mjs --quick` (or `npm run bench -- --quick`) prints the single-document part only:
// the throughput ratios and the per-stage shares.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import nlpCompromise from 'compromise';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { Bench } from 'tinybench';
import { analyzeReview } from '../dist/index.js';
import { child, coldBatchBench, cores } from './batch.mjs';
import { corpusDocuments } from './corpus.mjs';
import { hostileTable, runHostile } from './hostile.mjs';
import { stageShares } from './stages.mjs';

const { docs, full } = corpusDocuments();
if (!full) console.log('(../shared/corpus not found: benchmarking the fixtures only)');
const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d), 0);
/**
 * A plain wink pass over the corpus: each sentence's sentiment and each token's POS read out.
 * `pipe` undefined is wink's full (default) pipeline: sbd, negation, sentiment, pos, ner, cer.
 */
function winkPass(pipe) {
  const nlp = winkNLP(model, pipe);
  const its = nlp.its;
  return () => {
    for (const d of docs) {
      const doc = nlp.readDoc(d);
      doc.sentences().out(its.sentiment);
      doc.tokens().out(its.pos);
    }
  };
}
// The target's baseline: wink's full pipeline. For reference, the lean pipe a sentiment and POS pass
// needs (without entities and custom entities).
const winkFull = winkPass(undefined);
const winkLean = winkPass(['sbd', 'negation', 'sentiment', 'pos']);
function reviewLens() {
  for (const d of docs) analyzeReview(d);
}
// The peer users would otherwise pick: compromise, people and quotations.
function compromise() {
  for (const d of docs) {
    const doc = nlpCompromise(d);
    doc.people().json();
    doc.quotations().json();
  }
}

/**
 * Time per run (ms) of each function, measured with tinybench in alternating rounds (so a slow
 * phase of the machine hits all alike): each round is one tinybench run of every function in turn
 * for at least `roundMs`, and each function's figure is its best round's mean.
 */
function measureAlternating(fns, rounds = 10, roundMs = 600) {
  for (const fn of fns) fn(); // warm up
  const best = fns.map(() => Infinity);
  for (let r = 0; r < rounds; r++) {
    const bench = new Bench({ time: roundMs, iterations: 1, warmup: false, throws: true });
    fns.forEach((fn, k) => bench.add(String(k), fn, { async: false }));
    bench.runSync().forEach((task, k) => {
      best[k] = Math.min(best[k], task.result.period);
    });
  }
  return best;
}
/** Time of one run (ms) of a slow function, after one untimed run, with tinybench. */
function measure(fn) {
  const bench = new Bench({ time: 0, iterations: 1, warmupTime: 0, warmupIterations: 1, throws: true });
  bench.add('once', fn, { async: false });
  return bench.runSync()[0].result.period;
}

const [wink, lean, lens] = measureAlternating([winkFull, winkLean, reviewLens]);
const peer = measure(compromise);
const mbs = (ms) => (bytes / 1e6 / (ms / 1000)).toFixed(2);
console.log(`corpus: ${docs.length} documents, ${(bytes / 1e6).toFixed(2)} MB; ${cores} cores, Node ${process.versions.node}`);
console.log(`plain wink pass, full pipeline (the target's baseline)  ${mbs(wink)} MB/s`);
console.log(`plain wink pass, lean pipe (sbd, negation, sentiment, pos) ${mbs(lean)} MB/s`);
console.log(`review-lens analyzeReview                              ${mbs(lens)} MB/s`);
console.log(`compromise people + quotations                         ${mbs(peer)} MB/s`);
console.log(`ratio review-lens / wink       = ${(wink / lens).toFixed(2)}x the throughput (target >= 0.80)`);
console.log(`ratio review-lens / lean wink  = ${(lean / lens).toFixed(2)}x the throughput`);
console.log(`ratio review-lens / compromise = ${(peer / lens).toFixed(2)}x the throughput (target >= 15)`);

// The same ratio in CPU time of this process, median of alternating rounds: on a machine shared with
// other work, wall-clock time counts the waits for a core too.
{
  const cpu = (fn) => {
    const t0 = process.cpuUsage();
    fn();
    const t = process.cpuUsage(t0);
    return t.user + t.system;
  };
  const winkRounds = [];
  const lensRounds = [];
  for (let r = 0; r < 7; r++) {
    winkRounds.push(cpu(winkFull));
    lensRounds.push(cpu(reviewLens));
  }
  const median = (xs) => xs.sort((a, b) => a - b)[xs.length >> 1];
  console.log(`ratio review-lens / wink in CPU time (median of 7 alternating rounds) = ${(median(winkRounds) / median(lensRounds)).toFixed(2)}x`);
}

/** Prints each stage's share of the analysis time. */
function printShares() {
  console.log('\nshare of each stage in the analysis time:');
  const shares = stageShares(docs);
  for (const { stage, share } of shares) console.log(`  ${stage.padEnd(24)} ${(share * 100).toFixed(1)}%`);
  const part = (prefix) => shares.filter((x) => x.stage.startsWith(prefix)).reduce((n, x) => n + x.share, 0);
  console.log(`  names (words, names, ties) ${((part('4 scan') + part('4 find names') + part('4 tie')) * 100).toFixed(1)}%, with works ${(part('4 ') * 100).toFixed(1)}%`);
}
if (process.argv.includes('--quick')) {
  printShares();
  process.exit(0);
}

// analyzeReviews from a cold start on 1 and 2 workers, and the two-process ceiling: bench/batch.mjs.
await coldBatchBench();

// For comparison, what two cores give warm work: the corpus passes in one process alone, then in two
// independent processes at once (no pool, no messages), after twelve untimed passes each.
const PASSES = 6;
let alone = 0;
let pair = 0;
for (let r = 0; r < 2; r++) {
  alone = Math.max(alone, (await child(['passes', String(PASSES)])).mbs);
  pair = Math.max(pair, (await Promise.all([child(['passes', String(PASSES)]), child(['passes', String(PASSES)])])).reduce((a, b) => a + b.mbs, 0));
}
console.log(`  warm, for comparison: two independent processes at once / one alone (best of 2 each): ${pair.toFixed(2)} / ${alone.toFixed(2)} MB/s, ${(pair / alone).toFixed(2)}x`);

// One long document, each size in a fresh process: time per KB and peak memory.
const childSync = (args) => {
  const r = spawnSync(process.execPath, [join(import.meta.dirname, 'child.mjs'), ...args], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`bench/child.mjs ${args.join(' ')} failed: ${r.stderr}`);
  return JSON.parse(r.stdout);
};
console.log('\none long document, in a fresh process:');
let base = 0;
for (const [label, size] of [['100 KB', 100e3], ['1 MB', 1e6], ['10 MB', 10e6]]) {
  const r = childSync(['size', String(size)]);
  base ||= r.msPerKB;
  console.log(`  ${label.padEnd(7)} ${r.msPerKB.toFixed(3)} ms/KB  ${(r.msPerKB / base).toFixed(2)}x the 100 KB time per KB  peak RSS ${r.peakRssMB.toFixed(0)} MB`);
}
// Cold start beside wink's own, in alternating fresh processes: review-lens's own part is the
// difference (wink's import and model load are most of either).
const coldRuns = [];
const winkColdRuns = [];
for (let r = 0; r < 5; r++) {
  coldRuns.push(childSync(['cold']));
  winkColdRuns.push(childSync(['cold-wink']));
}
const mid = (runs, key) => runs.map((x) => x[key]).sort((a, b) => a - b)[runs.length >> 1];
const cold = { ms: mid(coldRuns, 'ms'), cpuMs: mid(coldRuns, 'cpuMs'), rssMB: mid(coldRuns, 'rssMB'), sinceStart: mid(coldRuns, 'sinceStart'), nodeMs: mid(coldRuns, 'nodeMs') };
const winkCold = { ms: mid(winkColdRuns, 'ms'), cpuMs: mid(winkColdRuns, 'cpuMs'), rssMB: mid(winkColdRuns, 'rssMB') };
console.log(`cold start (import to the first analysis, median of 5): ${cold.ms.toFixed(0)} ms, CPU ${cold.cpuMs.toFixed(0)} ms, RSS ${cold.rssMB.toFixed(0)} MB (target < 250 ms)`);
console.log(`  plain wink, same shape (import wink-nlp and model, winkNLP(model), first readDoc; median of 5, alternating): ${winkCold.ms.toFixed(0)} ms, CPU ${winkCold.cpuMs.toFixed(0)} ms, RSS ${winkCold.rssMB.toFixed(0)} MB`);
console.log(`  review-lens's own part (the difference): ${(cold.ms - winkCold.ms).toFixed(0)} ms, CPU ${(cold.cpuMs - winkCold.cpuMs).toFixed(0)} ms`);
console.log(`  the same from process start (Node's own start-up included): ${cold.sinceStart.toFixed(0)} ms; Node alone: ${cold.nodeMs.toFixed(0)} ms`);

printShares();

console.log('\nhostile input, time per character against ordinary review text of the same length (best of three, warmed):');
for (const line of hostileTable(runHostile())) console.log(`  ${line}`);

// The queue (worker, enqueue, collect through Redis) against batch -j 2: bench/queue.mjs.
await (await import('./queue.mjs')).queueBench();
