// Warm CPU profile of the pipeline over the benchmark corpus: the functions with the most self
// time, as shares of the samples. Four untimed passes first (V8 compiles the stages fully only
// after a few), then the profiler runs over N passes (default 3).
//   node bench/profile.mjs [--passes N] [--top K] [--build FILE] [--out FILE.cpuprofile]
// FILE is a stages build (default bench/build/stages.js, made by `npm run build`); --out keeps the
// profile for Chrome DevTools. Samples are counts, so a loaded machine changes their number more
// than their shares.
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { corpusDocuments } from './corpus.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const passes = Number(option('--passes', 3)) || 3;
const top = Number(option('--top', 15)) || 15;
const build = option('--build', undefined);
const out = option('--out', undefined);
const S = await import(build ? pathToFileURL(resolve(build)).href : './build/stages.js');
const { docs } = corpusDocuments();
const opts = S.resolveOptions(undefined);
for (let r = 0; r < 4; r++) for (const text of docs) S.runPipeline(text, opts);

const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 200 });
await session.post('Profiler.start');
for (let r = 0; r < passes; r++) for (const text of docs) S.runPipeline(text, opts);
const { profile } = await session.post('Profiler.stop');
if (out) writeFileSync(out, JSON.stringify(profile));

const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map();
for (const id of profile.samples) {
  const { functionName, url, lineNumber } = nodes.get(id).callFrame;
  const key = `${functionName || '(anonymous)'} ${url.split('/').pop()}:${lineNumber + 1}`;
  self.set(key, (self.get(key) ?? 0) + 1);
}
const total = profile.samples.length;
console.log(`${docs.length} documents, ${passes} passes, ${total} samples; self time:`);
for (const [key, n] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${((100 * n) / total).toFixed(2).padStart(6)}%  ${key}`);
