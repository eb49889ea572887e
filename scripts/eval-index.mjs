// Cross-review index evaluation on ../shared (skips with a message when it is absent): analyses
// every review of the works that ../shared/dev-index reads (from the CSVs of
// ../shared/corpus/reviews-by-work) on the worker pool, builds the index from the results, writes
// it, and scores it with ../shared/tools/index-score.mjs. Prints the score line and the time the
// index took as a share of the batch's own time, wall clock and CPU.
//   node scripts/eval-index.mjs [--all] [--out index.json] [--results results.jsonl] [--reuse]
// --all analyses and indexes every review of the corpus (2,889, 53 works), for the time share on
// the whole set; the score still reads the six works. --results keeps the batch results (JSON
// lines with the work in `meta` and the text); --reuse reads them back instead of analysing again (for reading
// the index while changing only the index code).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzeReviews } from '../dist/batch.js';
import { buildIndex } from '../dist/review-index.js';
import { csvObjects } from './csv.mjs';

const shared = join(import.meta.dirname, '..', '..', 'shared');
const goldDir = join(shared, 'dev-index');
const corpus = join(shared, 'corpus', 'reviews-by-work');
if (!existsSync(goldDir) || !existsSync(corpus)) {
  console.log(`eval-index: ${goldDir} or ${corpus} not found; nothing to evaluate`);
  process.exit(0);
}
// CPU time (user and system, every thread of the process: the pool's workers are threads), which a
// machine shared with other jobs inflates far less than wall-clock time.
const cpuSeconds = (u) => (u.user + u.system) / 1e6;
const arg = (name, fallback) => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : fallback;
};
const out = arg('--out', join(tmpdir(), 'review-lens-eval-index.json'));
const resultsPath = arg('--results', join(tmpdir(), 'review-lens-eval-index-results.jsonl'));
const reuse = process.argv.includes('--reuse');
const all = process.argv.includes('--all');

// Which works to run: only each reading's `work` and `file` are read here.
const wanted = readdirSync(goldDir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(join(goldDir, f), 'utf8')))
  .map((g) => ({ work: g.work, file: g.file }));

let results = [];
let batchSeconds = null;
let batchCpu = null;
if (reuse && existsSync(resultsPath)) {
  results = readFileSync(resultsPath, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
} else {
  const rows = [];
  const files = all ? ['mal-bigthree.csv', 'mal-top-anime.csv', 'imdb-films.csv'] : [...new Set(wanted.map((w) => w.file))];
  for (const file of files) {
    const works = new Set(wanted.filter((w) => w.file === file).map((w) => w.work));
    for (const row of csvObjects(readFileSync(join(corpus, file), 'utf8'))) if (all || works.has(row.work)) rows.push(row);
  }
  const metaOf = new Map(rows.map((r) => [r.review_id, { work: r.work, work_en: r.work_en }]));
  const textOf = new Map(rows.map((r) => [r.review_id, r.review]));
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  for await (const r of analyzeReviews(rows.map((r) => ({ id: r.review_id, text: r.review })))) {
    if (r.ok) results.push({ id: r.id, ok: true, meta: metaOf.get(r.id), analysis: r.analysis, text: textOf.get(r.id) });
    else console.error(`eval-index: ${r.id}: ${r.error}`);
  }
  batchSeconds = (performance.now() - started) / 1000;
  batchCpu = cpuSeconds(process.cpuUsage(cpuStarted));
  writeFileSync(resultsPath, results.map((r) => JSON.stringify(r)).join('\n') + '\n');
}

// The index as `review-lens batch --index` builds it: from the results, the work from `meta`, with
// each document's text (for the words around each name).
const started = performance.now();
const indexCpuStarted = process.cpuUsage();
const index = await buildIndex(results.map((r) => ({ id: r.id, work: r.meta.work, workAliases: [r.meta.work_en], analysis: r.analysis, text: r.text })));
const indexSeconds = (performance.now() - started) / 1000;
const indexCpu = cpuSeconds(process.cpuUsage(indexCpuStarted));
writeFileSync(out, `${JSON.stringify(index, null, 2)}\n`);

const score = JSON.parse(execFileSync(process.execPath, [join(shared, 'tools', 'index-score.mjs'), out, goldDir], { encoding: 'utf8' }));
const { perWork, ...overall } = score;
console.log(`documents ${results.length} of ${index.works.length} works (${wanted.length} scored); index written to ${out}`);
for (const [work, w] of Object.entries(perWork)) {
  const r = (a, b) => (b ? (a / b).toFixed(3) : '-');
  console.log(`  ${work.padEnd(26)} recall ${r(w.found, w.chars)}  merge ${r(w.merged, w.chars)}  purity ${r(w.pure, w.judged)}  kind ${r(w.kindOk, w.kindJudged)}${w.missingWork ? '  (work missing)' : ''}`);
}
console.log(`overall: recall ${overall.recall}  merge ${overall.merge}  purity ${overall.purity}  kind ${overall.kind}`);
console.log(
  batchSeconds === null
    ? `index ${indexSeconds.toFixed(3)} s, ${indexCpu.toFixed(3)} s CPU (batch not run: --reuse)`
    : `batch ${batchSeconds.toFixed(1)} s, index ${indexSeconds.toFixed(3)} s: ${((100 * indexSeconds) / batchSeconds).toFixed(2)}% of the batch; ` +
        `CPU: batch ${batchCpu.toFixed(1)} s, index ${indexCpu.toFixed(3)} s: ${((100 * indexCpu) / batchCpu).toFixed(2)}%`,
);
