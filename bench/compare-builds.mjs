// Compares the whole pipeline's speed in two stages builds, document by document, in one process:
// each document is analysed by both builds back to back (in turn first, so neither always meets a
// warmer cache), and each call's CPU time is added to its build. On a machine shared with other
// work, a busy phase then hits both builds within the same few milliseconds; alternating whole
// rounds (bench/annotate-cpu.mjs) lets a phase of a second or more fall on one build alone.
//   node bench/compare-builds.mjs OLD NEW [--rounds N]
// OLD and NEW are stages builds (`npm run build` makes bench/build/stages.js; copy one aside into
// bench/build/ before a change, so that it still finds wink-nlp). Prints each round's NEW/OLD ratio
// and the ratio of the totals: below 1 means NEW is faster. Both builds read the same documents, so
// a run also shows whether their analyses differ (it says how many documents do).
import { cpuUsage } from 'node:process';
import { resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { pathToFileURL } from 'node:url';
import { corpusDocuments } from './corpus.mjs';

const args = process.argv.slice(2);
const files = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--rounds');
if (files.length !== 2) {
  console.error('usage: node bench/compare-builds.mjs OLD NEW [--rounds N]');
  process.exit(2);
}
const rounds = args.includes('--rounds') ? Number(args[args.indexOf('--rounds') + 1]) || 8 : 8;
/** Untimed passes over the corpus first: V8 compiles the stages fully only after a few. */
const WARM_UP_ROUNDS = 4;

const builds = await Promise.all(files.map((f) => import(pathToFileURL(resolve(f)).href)));
const options = builds.map((S) => S.resolveOptions(undefined));
const { docs } = corpusDocuments();

/** CPU microseconds (user + system) build `k` takes to analyse `text`, and its analysis. */
function timed(k, text) {
  const t0 = cpuUsage();
  const out = builds[k].runPipeline(text, options[k]);
  const t = cpuUsage(t0);
  return [out.analysis, t.user + t.system];
}

let differ = 0;
for (let r = 0; r < WARM_UP_ROUNDS; r++) {
  for (const text of docs) {
    const [a] = timed(0, text);
    const [b] = timed(1, text);
    if (r === 0 && !isDeepStrictEqual(a, b)) differ++;
  }
}
const totals = [0, 0];
for (let r = 0; r < rounds; r++) {
  const round = [0, 0];
  docs.forEach((text, i) => {
    const first = (i + r) % 2;
    for (const k of [first, 1 - first]) round[k] += timed(k, text)[1];
  });
  totals[0] += round[0];
  totals[1] += round[1];
  console.log(`round ${r + 1}: old ${(round[0] / 1000).toFixed(0)} ms, new ${(round[1] / 1000).toFixed(0)} ms, new/old ${(round[1] / round[0]).toFixed(4)}`);
}
console.log(`${docs.length} documents (${differ} analysed differently), ${rounds} rounds: new/old CPU time ${(totals[1] / totals[0]).toFixed(4)}`);
