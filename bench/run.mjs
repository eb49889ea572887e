// Benchmark: review-lens against its floor, a plain wink-nlp pass (sentences, negation, sentiment,
// POS), over the same deterministic corpus in the same process. Prints throughput and the ratio.
// The corpus is the bundled fixtures plus ../shared/corpus when it is present.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { analyzeReview } from '../dist/index.js';
import { runHostile } from './hostile.mjs';
import { stageShares } from './stages.mjs';

const root = join(import.meta.dirname, '..');
const docs = readdirSync(join(root, 'fixtures')).sort().map((f) => readFileSync(join(root, 'fixtures', f), 'utf8'));
const corpus = join(root, '..', 'shared', 'corpus');
if (existsSync(corpus)) {
  for (const dir of ['blogs', 'news/bbc-entertainment']) {
    const d = join(corpus, dir);
    for (const f of readdirSync(d).sort()) if (/\.(?:md|txt)$/.test(f) && !f.includes('LICENSE')) docs.push(readFileSync(join(d, f), 'utf8'));
  }
} else console.log('(../shared/corpus not found: benchmarking the fixtures only)');

const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d), 0);
const nlp = winkNLP(model, ['sbd', 'negation', 'sentiment', 'pos']);
const its = nlp.its;

function plainWink() {
  for (const d of docs) {
    const doc = nlp.readDoc(d);
    doc.sentences().out(its.sentiment);
    doc.tokens().out(its.pos);
  }
}
function reviewLens() {
  for (const d of docs) analyzeReview(d);
}

function measure(fn, minMs = 3000) {
  fn(); // warm up
  let runs = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < minMs) {
    fn();
    runs++;
  }
  return (performance.now() - t0) / runs;
}

const wink = measure(plainWink);
const lens = measure(reviewLens);
const mbs = (ms) => (bytes / 1e6 / (ms / 1000)).toFixed(2);
console.log(`corpus: ${docs.length} documents, ${(bytes / 1e6).toFixed(2)} MB`);
console.log(`plain wink pass        ${mbs(wink)} MB/s`);
console.log(`review-lens analyze    ${mbs(lens)} MB/s`);
console.log(`ratio review-lens / wink = ${(wink / lens).toFixed(2)}x the throughput`);

console.log('\nshare of each stage in the analysis time:');
const shares = stageShares(docs);
for (const { stage, share } of shares) console.log(`  ${stage.padEnd(24)} ${(share * 100).toFixed(1)}%`);
const part = (prefix) => shares.filter((x) => x.stage.startsWith(prefix)).reduce((n, x) => n + x.share, 0);
console.log(`  name finding (words + names) ${(part('4 find names') * 100).toFixed(1)}%, with works ${(part('4 find') * 100).toFixed(1)}%`);

const hostile = runHostile();
console.log(`\nhostile input, time per MB against ordinary review text (${hostile.base.toFixed(0)} ms/MB):`);
for (const r of hostile.rows) console.log(`  ${r.name.padEnd(44)} ${r.ratio.toFixed(2)}x`);
