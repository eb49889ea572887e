// CPU time of the annotate stage (stage 3) against wink's own reading of the same text, over the
// benchmark corpus: what review-lens's read-out of wink costs on top of wink. CPU time of this
// process (not wall-clock), so a machine busy with other work disturbs it less; with two builds,
// their rounds alternate in one process, so a busy phase hits both alike.
//   node bench/annotate-cpu.mjs [--rounds N] [--build FILE]...
// FILE is a stages build (default bench/build/stages.js, made by `npm run build`; an older one copied
// aside must still find wink-nlp). The profile of one run:
//   node --cpu-prof --cpu-prof-dir=/tmp/prof bench/annotate-cpu.mjs
import { cpuUsage } from 'node:process';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { corpusDocuments } from './corpus.mjs';

const args = process.argv.slice(2);
const rounds = Number(args[args.indexOf('--rounds') + 1] ?? 5) || 5;
const files = args.flatMap((a, i) => (a === '--build' ? [resolve(args[i + 1])] : []));
if (files.length === 0) files.push(new URL('build/stages.js', import.meta.url).pathname);
const { docs } = corpusDocuments();

/** CPU microseconds (user + system) `run` takes, and what it returns. */
function cpuOf(run) {
  const t0 = cpuUsage();
  const out = run();
  const t = cpuUsage(t0);
  return [out, t.user + t.system];
}

const builds = [];
for (const file of files) {
  const S = await import(pathToFileURL(file).href);
  const build = { file, S, opts: S.resolveOptions(undefined), annotate: 0 };
  // Only stage 3 is timed apart (reading the CPU clock costs a system call): the pipeline is timed
  // a whole round at a time.
  build.onStage = (stage, run) => {
    if (stage !== '3 annotate (wink)') return run();
    const [out, us] = cpuOf(run);
    build.annotate += us;
    return out;
  };
  builds.push(build);
}
// wink as the annotate stage runs it (sentences and POS), the tokens' POS read out once.
const nlp = winkNLP(model, ['sbd', 'pos']);
const winks = [];
for (const b of builds) [b.annotates, b.totals] = [[], []];
for (let r = -3; r < rounds; r++) {
  // The builds take turns going first, so neither always runs right after wink.
  const order = r % 2 === 0 ? builds : [...builds].reverse();
  for (const b of order) {
    b.annotate = 0;
    const total = cpuOf(() => {
      for (const text of docs) b.S.runPipeline(text, b.opts, b.onStage);
    })[1];
    if (r >= 0) {
      b.totals.push(total);
      b.annotates.push(b.annotate);
    }
  }
  const wink = cpuOf(() => {
    for (const text of docs) nlp.readDoc(text).tokens().out(nlp.its.pos);
  })[1];
  if (r >= 0) winks.push(wink);
}
// Medians over the rounds (a busy machine slows some rounds far more than others), and each
// round's annotate / wink before the median of those.
const median = (values) => [...values].sort((x, y) => x - y)[values.length >> 1];
const ms = (us) => (us / 1000).toFixed(0);
const mb = docs.reduce((n, d) => n + Buffer.byteLength(d), 0) / 1e6;
console.log(`${docs.length} documents (${mb.toFixed(2)} MB), ${rounds} rounds, CPU ms per round (median); wink readDoc sbd+pos ${ms(median(winks))}`);
for (const b of builds) {
  const share = ((100 * median(b.annotates)) / median(b.totals)).toFixed(1);
  const ratio = median(b.annotates.map((a, r) => a / winks[r]));
  console.log(
    `${b.file}: pipeline ${ms(median(b.totals))}  annotate ${ms(median(b.annotates))} (${share}%, ${ms(median(b.annotates) / mb)} per MB, best round ${ms(Math.min(...b.annotates))})  annotate / wink ${ratio.toFixed(2)}`,
  );
}
