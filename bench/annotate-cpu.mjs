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
  const build = { file, S, opts: S.resolveOptions(undefined), annotate: 0, total: 0 };
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
let wink = 0;
for (let r = -3; r < rounds; r++) {
  if (r === 0) {
    wink = 0;
    for (const b of builds) [b.annotate, b.total] = [0, 0];
  }
  for (const b of builds) {
    b.total += cpuOf(() => {
      for (const text of docs) b.S.runPipeline(text, b.opts, b.onStage);
    })[1];
  }
  wink += cpuOf(() => {
    for (const text of docs) nlp.readDoc(text).tokens().out(nlp.its.pos);
  })[1];
}
const ms = (us) => (us / 1000 / rounds).toFixed(0);
console.log(`${docs.length} documents, ${rounds} rounds, CPU ms per round; wink readDoc sbd+pos ${ms(wink)}`);
for (const b of builds) {
  const share = ((100 * b.annotate) / b.total).toFixed(1);
  console.log(`${b.file}: pipeline ${ms(b.total)}  annotate ${ms(b.annotate)} (${share}%)  annotate / wink ${(b.annotate / wink).toFixed(2)}`);
}
