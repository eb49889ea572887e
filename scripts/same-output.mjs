// Checks that a change leaves the analysis of real text as it was, between two builds: analyses, in
// one process and always in the same order, the fixtures, ../shared/dev/texts, ../shared/train/texts
// and every text under ../shared/corpus (.txt and .md files whole; the review column of its CSV files
// one row each, so the 999 IMDb reviews of corpus/reviews/imdb-first-999.csv are one document each),
// and writes one JSON line per document. With `save FILE` the lines are written to FILE; with
// `compare FILE` they are compared with FILE and every document whose JSON differs is named.
//   node scripts/same-output.mjs save /tmp/before.jsonl     (on the unchanged build)
//   node scripts/same-output.mjs compare /tmp/before.jsonl  (after the change, after npm run build)
// `compare` names the first 20 documents that differ, or every one with `--all`.
// `--dist DIR` analyses with the build in DIR instead of ./dist, so two builds can be compared
// without rebuilding: copy the old dist/ aside (where it still finds wink-nlp: inside the checkout,
// or beside a node_modules link), then `save F --dist DIR` and `compare F`.
// Some documents are analysed a second time with a list of known names (the cast list of
// ../shared/corpus/names), so the knownNames option is covered too.
import { createReadStream, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
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

/** The folders read, each with the name its documents are counted under, in the order they are read. */
const GROUPS = [
  ['fixtures', join(root, 'fixtures')],
  ['dev', join(shared, 'dev', 'texts')],
  ['train', join(shared, 'train', 'texts')],
  ['corpus', join(shared, 'corpus')],
];

/** The CSV file whose rows are counted apart: the IMDb reviews issue #18 names. */
const IMDB = join(shared, 'corpus', 'reviews', 'imdb-first-999.csv');

/** The documents, each `{ id, group, text, options? }`, in a fixed order. */
function documents() {
  const docs = [];
  for (const [name, dir] of GROUPS) {
    if (!existsSync(dir)) {
      console.log(`(no ${relative(join(root, '..'), dir)}: skipped)`);
      continue;
    }
    for (const f of filesUnder(dir)) {
      // Ids do not name the checkout, so a file saved in one worktree compares in another.
      const id = f.startsWith(root + sep) ? relative(root, f) : relative(join(root, '..'), f);
      if (/\.(?:txt|md)$/.test(f)) docs.push({ id, group: name, text: readFileSync(f, 'utf8') });
      else if (f.endsWith('.csv')) {
        const group = f === IMDB ? 'imdb' : name;
        csvObjects(readFileSync(f, 'utf8')).forEach((row, i) => {
          if (typeof row.review === 'string' && row.review.trim()) docs.push({ id: `${id}#${i}`, group, text: row.review });
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
    for (const d of withNames) docs.push({ id: `${d.id} (knownNames)`, group: 'knownNames', text: d.text, options: { knownNames: known } });
  }
  return docs;
}

/** How many documents each group holds, as one line. */
function counts(docs) {
  const n = new Map();
  for (const d of docs) n.set(d.group, (n.get(d.group) ?? 0) + 1);
  return [...n].map(([g, k]) => `${g} ${k}`).join(', ');
}

const args = process.argv.slice(2);
const all = args.indexOf('--all');
if (all >= 0) args.splice(all, 1);
const at = args.indexOf('--dist');
const dist = at >= 0 ? resolve(args.splice(at, 2)[1] ?? '') : join(root, 'dist');
const [mode, file] = args;
if (!['save', 'compare'].includes(mode) || !file || !existsSync(join(dist, 'index.js'))) {
  console.error('usage: node scripts/same-output.mjs save|compare FILE [--dist DIR] [--all]  (DIR holds a build: index.js)');
  process.exit(2);
}
const { analyzeReview } = await import(pathToFileURL(join(dist, 'index.js')).href);

function analysed(doc) {
  try {
    return JSON.stringify(analyzeReview(doc.text, doc.options));
  } catch (e) {
    return JSON.stringify({ threw: String(e?.message ?? e) });
  }
}

const docs = documents();
console.log(`${docs.length} documents (${counts(docs)}), build ${relative(process.cwd(), dist) || '.'}`);
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
  let missing = 0;
  for (const d of docs) {
    const out = analysed(d);
    if (!before.has(d.id)) missing++;
    if (before.get(d.id) !== out) {
      differ++;
      if (all >= 0 || differ <= 20) console.log(`differs: ${d.id}${before.has(d.id) ? '' : ' (not in the saved file)'}`);
    }
  }
  console.log(differ === 0 ? `same output on ${docs.length} documents` : `${differ} of ${docs.length} documents differ (${missing} not in the saved file)`);
  process.exitCode = differ === 0 ? 0 : 1;
}
