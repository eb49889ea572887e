// CPU time of analyzeReview in two or more builds, each in a process of its own, their rounds
// taking turns: a machine busy with other work slows whichever process runs in a busy phase, and
// turns spread that over the builds; CPU time (not wall-clock) is what each round counts.
//   node bench/ab-cpu.mjs [--rounds N] [--docs N] BUILD BUILD...
// BUILD is a library build's entry (`dist/index.js` of a checkout, which finds its own wink-nlp),
// or `wink` for plain wink's pass of the benchmark (wink's full pipeline, each sentence's sentiment
// and each token's POS read out): `node bench/ab-cpu.mjs wink dist/index.js` gives review-lens's
// CPU per round over wink's. Each process reads the same IMDb reviews (the first N, default 300)
// and analyses them ten times untimed before the timed rounds (default 9), the order of the
// processes turned round every other round. Prints each build's rounds and median, and each
// build's per-round ratio to the first build (median, range) and the ratio of the medians.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import { csvObjects } from '../scripts/csv.mjs';

/** Untimed rounds before the first timed one: V8 optimizes the pipeline over the first ten or so. */
const WARM_UP_ROUNDS = 10;

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);

/** The first `count` IMDb reviews of the shared corpus. */
function reviews(count) {
  const file = join(import.meta.dirname, '..', '..', 'shared', 'corpus', 'reviews', 'imdb-first-999.csv');
  return csvObjects(readFileSync(file, 'utf8'))
    .slice(0, count)
    .map((row) => row.review);
}

/** The child: loads one build, warms it up, then times one round per `go` line on stdin. */
async function child(build, count) {
  const docs = reviews(count);
  let run;
  if (build === 'wink') {
    const require = createRequire(join(import.meta.dirname, '..', 'package.json'));
    const nlp = require('wink-nlp')(require('wink-eng-lite-web-model'));
    const its = nlp.its;
    run = () => {
      for (const d of docs) {
        const doc = nlp.readDoc(d);
        doc.sentences().out(its.sentiment);
        doc.tokens().out(its.pos);
      }
    };
  } else {
    const { analyzeReview } = await import(pathToFileURL(resolve(build)).href);
    run = () => {
      for (const d of docs) analyzeReview(d);
    };
  }
  for (let r = 0; r < WARM_UP_ROUNDS; r++) run();
  process.stdout.write('ready\n');
  for await (const line of createInterface({ input: process.stdin })) {
    if (line !== 'go') break;
    const t0 = process.cpuUsage();
    run();
    const t = process.cpuUsage(t0);
    process.stdout.write(`${t.user + t.system}\n`);
  }
  process.exit(0);
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
};

if (args[0] === '--child') await child(args[1], Number(args[2]));
else {
  const rounds = option('--rounds', 9);
  const count = option('--docs', 300);
  const builds = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--rounds' && args[i - 1] !== '--docs');
  if (builds.length < 2) {
    console.error('usage: node bench/ab-cpu.mjs [--rounds N] [--docs N] BUILD BUILD...');
    process.exit(2);
  }
  const kids = builds.map((build) => {
    const p = spawn(process.execPath, [import.meta.filename, '--child', build, String(count)], { stdio: ['pipe', 'pipe', 'inherit'] });
    const lines = createInterface({ input: p.stdout })[Symbol.asyncIterator]();
    return { p, next: async () => (await lines.next()).value };
  });
  for (const k of kids) await k.next();
  const times = builds.map(() => []);
  for (let r = 0; r < rounds; r++) {
    const order = r % 2 ? [...kids.keys()].reverse() : [...kids.keys()];
    for (const i of order) {
      kids[i].p.stdin.write('go\n');
      times[i].push(Number(await kids[i].next()) / 1000);
    }
  }
  for (const k of kids) k.p.stdin.write('stop\n');
  builds.forEach((b, i) => console.log(`${b}: CPU ms per round ${times[i].map((t) => t.toFixed(0)).join(' ')}, median ${median(times[i]).toFixed(0)}`));
  for (let i = 1; i < builds.length; i++) {
    const ratios = times[i].map((t, r) => t / times[0][r]);
    console.log(`${builds[i]} / ${builds[0]}: per round median ${median(ratios).toFixed(3)} (${Math.min(...ratios).toFixed(3)} to ${Math.max(...ratios).toFixed(3)}), medians ${(median(times[i]) / median(times[0])).toFixed(3)}`);
  }
}
