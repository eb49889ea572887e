// Checks that a change leaves the analysis of real text as it was: analyses every text under
// ../shared/corpus (.txt and .md files whole; the review column of its CSV files one row each), the
// fixtures and ../shared/dev/texts, always in the same order in one process, and writes one JSON line
// per document. With `save FILE` the lines are written to FILE; with `compare FILE` they are compared
// with FILE and every document whose JSON differs is named.
//   node scripts/same-output.mjs save /tmp/before.jsonl     (on the unchanged build)
//   node scripts/same-output.mjs compare /tmp/before.jsonl  (after the change, after npm run build)
// Some documents are analysed a second time with a list of known names (the cast list of
// ../shared/corpus/names), so the knownNames option is covered too.
import { createReadStream, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createInterface } from 'node:readline';
import { analyzeReview } from '../dist/index.js';
import { csvObjects } from './csv.mjs';

const root = join(import.meta.dirname, '..');
const shared = join(root, '..', 'shared');

/** Every file under `dir`, in sorted order. */
function filesUnder(dir) {
  const out = [];
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...filesUnder(p));
    else out.push(p);
  }
  return out;
}

/** The documents, each `{ id, text, options? }`, in a fixed order. */
function documents() {
  const docs = [];
  const dirs = [join(root, 'fixtures'), join(shared, 'dev', 'texts'), join(shared, 'corpus')].filter((d) => existsSync(d));
  for (const dir of dirs) {
    for (const f of filesUnder(dir)) {
      const id = relative(join(root, '..'), f);
      if (/\.(?:txt|md)$/.test(f)) docs.push({ id, text: readFileSync(f, 'utf8') });
      else if (f.endsWith('.csv')) {
        csvObjects(readFileSync(f, 'utf8')).forEach((row, i) => {
          if (typeof row.review === 'string' && row.review.trim()) docs.push({ id: `${id}#${i}`, text: row.review });
        });
      }
    }
  }
  const cast = join(shared, 'corpus', 'names', 'cast_characters.csv');
  if (existsSync(cast)) {
    const known = [];
    for (const row of csvObjects(readFileSync(cast, 'utf8'))) {
      if (row.CharName?.trim()) known.push({ name: row.CharName.trim(), kind: 'character' });
      if (row.ActorName?.trim()) known.push({ name: row.ActorName.trim(), kind: 'person' });
    }
    const withNames = docs.filter((d) => !d.id.includes('#')).slice(0, 60);
    for (const d of withNames) docs.push({ id: `${d.id} (knownNames)`, text: d.text, options: { knownNames: known } });
  }
  return docs;
}

function analysed(doc) {
  try {
    return JSON.stringify(analyzeReview(doc.text, doc.options));
  } catch (e) {
    return JSON.stringify({ threw: String(e?.message ?? e) });
  }
}

const [mode, file] = process.argv.slice(2);
if (!['save', 'compare'].includes(mode) || !file) {
  console.error('usage: node scripts/same-output.mjs save|compare FILE');
  process.exit(2);
}
const docs = documents();
if (mode === 'save') {
  writeFileSync(file, docs.map((d) => `${JSON.stringify({ id: d.id, out: analysed(d) })}\n`).join(''));
  console.log(`saved the output of ${docs.length} documents to ${file}`);
} else {
  const before = new Map();
  for await (const line of createInterface({ input: createReadStream(file) })) {
    const { id, out } = JSON.parse(line);
    before.set(id, out);
  }
  let differ = 0;
  for (const d of docs) {
    const out = analysed(d);
    if (before.get(d.id) !== out) {
      differ++;
      if (differ <= 20) console.log(`differs: ${d.id}`);
    }
  }
  console.log(differ === 0 ? `same output on ${docs.length} documents` : `${differ} of ${docs.length} documents differ`);
  process.exitCode = differ === 0 ? 0 : 1;
}
