// Warm CPU profile of the pipeline over the benchmark corpus: the functions with the most self
// time, as shares of the samples. Four untimed passes first (V8 compiles the stages fully only
// after a few), then the profiler runs over N passes (default 3).
//   node bench/profile.mjs [--passes N] [--top K] [--build FILE] [--out FILE.cpuprofile]
//                          [--inclusive] [--tree NAME [--depth D]] [--from FILE.cpuprofile]
//                          [--reviews N]
// FILE is a stages build (default bench/build/stages.js, made by `npm run build`); --out keeps the
// profile for Chrome DevTools. Samples are counts, so a loaded machine changes their number more
// than their shares.
// The self-time list of a flat profile hides which function is dear with its callees, so:
// --inclusive lists the functions with the most total time instead (a sample counts once for each
//   distinct function on its stack);
// --tree NAME prints what the outermost calls of function NAME spend their total time in, callee by
//   callee (merged over call sites), D levels deep (default 2), callees under 0.1% left out;
// --from reads a profile kept with --out (of the same build) instead of running the corpus;
// --reviews N profiles the first N IMDb reviews instead of the corpus: the texts bench/ab-cpu.mjs
//   times against wink, shorter than most corpus documents, so costs paid once per document weigh more.
// Functions of the stages build are named by their source file, read from the file markers the
// bundler writes (`// src/...`).
import { readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { corpusDocuments } from './corpus.mjs';
import { csvObjects } from '../scripts/csv.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const passes = Number(option('--passes', 3)) || 3;
const top = Number(option('--top', 15)) || 15;
const build = option('--build', undefined);
const out = option('--out', undefined);
const from = option('--from', undefined);
const tree = option('--tree', undefined);
const depth = Number(option('--depth', 2)) || 2;
const buildFile = resolve(build ?? join(import.meta.dirname, 'build', 'stages.js'));
const reviews = Number(option('--reviews', 0)) || 0;

/** The documents profiled: the corpus, or the first `reviews` IMDb reviews (as bench/ab-cpu.mjs reads them). */
function profiledDocuments() {
  if (reviews === 0) return corpusDocuments().docs;
  const file = join(import.meta.dirname, '..', '..', 'shared', 'corpus', 'reviews', 'imdb-first-999.csv');
  return csvObjects(readFileSync(file, 'utf8'))
    .slice(0, reviews)
    .map((row) => row.review);
}

/** A warm profile of `passes` passes over the documents. */
async function runProfile() {
  const S = await import(pathToFileURL(buildFile).href);
  const docs = profiledDocuments();
  const opts = S.resolveOptions(undefined);
  for (let r = 0; r < 4; r++) for (const text of docs) S.runPipeline(text, opts);
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
  for (let r = 0; r < passes; r++) for (const text of docs) S.runPipeline(text, opts);
  const { profile } = await session.post('Profiler.stop');
  console.log(`${docs.length} documents, ${passes} passes, ${profile.samples.length} samples`);
  return profile;
}

const profile = from ? JSON.parse(readFileSync(from, 'utf8')) : await runProfile();
if (out) writeFileSync(out, JSON.stringify(profile));

// The stages build's source file of each line, from the bundler's markers.
const fileStarts = [];
readFileSync(buildFile, 'utf8').split('\n').forEach((line, i) => {
  const m = /^\/\/ src\/(\S+)$/.exec(line);
  if (m) fileStarts.push([i, m[1]]);
});
/** The source file of line `line` (0-based) of the stages build. */
function sourceOf(line) {
  let lo = 0;
  let hi = fileStarts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (fileStarts[mid][0] <= line) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? fileStarts[lo - 1][1] : '?';
}
/** One function's name and place (file and line), with its source file when it is in the stages build. */
const keyOf = ({ functionName, url, lineNumber }) => {
  const place = `${url.split('/').pop()}:${lineNumber + 1}`;
  const inBuild = url.startsWith('file:') && resolve(fileURLToPath(url)) === buildFile;
  return `${functionName || '(anonymous)'} ${place}${inBuild ? ` (${sourceOf(lineNumber)})` : ''}`;
};

const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
const keys = new Map(profile.nodes.map((n) => [n.id, keyOf(n.callFrame)]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const total = profile.samples.length;
const share = (n) => `${((100 * n) / total).toFixed(2).padStart(6)}%`;
/** Samples taken in each node itself. */
const hits = new Map();
for (const id of profile.samples) hits.set(id, (hits.get(id) ?? 0) + 1);

if (tree !== undefined) {
  /** Samples in node `id` and every node under it. */
  const under = new Map();
  const inclusive = (id) => {
    if (!under.has(id)) under.set(id, (hits.get(id) ?? 0) + (nodes.get(id).children ?? []).reduce((a, c) => a + inclusive(c), 0));
    return under.get(id);
  };
  const named = (id) => nodes.get(id).callFrame.functionName === tree;
  const outermost = profile.nodes.filter((n) => {
    if (!named(n.id)) return false;
    for (let p = parent.get(n.id); p !== undefined; p = parent.get(p)) if (named(p)) return false;
    return true;
  });
  const sum = (ids, f) => ids.reduce((a, id) => a + f(id), 0);
  const ids = outermost.map((n) => n.id);
  console.log(`${share(sum(ids, inclusive))}  ${tree} (self ${share(sum(ids, (id) => hits.get(id) ?? 0)).trim()})`);
  const print = (ids, level) => {
    const byKey = new Map();
    for (const id of ids) for (const c of nodes.get(id).children ?? []) byKey.set(keys.get(c), [...(byKey.get(keys.get(c)) ?? []), c]);
    const rows = [...byKey].map(([key, cs]) => [key, cs, sum(cs, inclusive)]).sort((a, b) => b[2] - a[2]);
    for (const [key, cs, n] of rows) {
      if ((100 * n) / total < 0.1) continue;
      console.log(`${share(n)}  ${'  '.repeat(level)}${key} (self ${share(sum(cs, (id) => hits.get(id) ?? 0)).trim()})`);
      if (level < depth) print(cs, level + 1);
    }
  };
  print(ids, 1);
  process.exit(0);
}

const self = new Map();
if (args.includes('--inclusive')) {
  for (const id of profile.samples) {
    const seen = new Set();
    for (let n = id; n !== undefined; n = parent.get(n)) seen.add(keys.get(n));
    for (const key of seen) self.set(key, (self.get(key) ?? 0) + 1);
  }
} else for (const id of profile.samples) self.set(keys.get(id), (self.get(keys.get(id)) ?? 0) + 1);
console.log(args.includes('--inclusive') ? 'total time:' : 'self time:');
for (const [key, n] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${share(n)}  ${key}`);
