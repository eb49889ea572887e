// Draws the texts of the fans evaluation set (eval/fans): fan reviews of anime and films from
// the reviews grouped by work, picked by a seeded generator so that anyone can draw them again.
//
//   node scripts/draw-fans.mjs [--corpus DIR] [--dry]
//     --corpus DIR   the corpus directory (default ../shared/corpus beside the repository)
//     --dry          prints the picks instead of writing eval/fans
//
// One mulberry32 generator seeded with SEED draws from each source in SOURCES order: a pick is a
// data row chosen uniformly; it is drawn again when it was picked already, when the skip list of
// the learning scripts names it (development texts, train, earlier labelled sets; not the list's
// own `# fans` section, which holds this draw's rows), when another labelled set's manifest names
// it, or when its text is outside MIN_CHARS..MAX_CHARS characters (UTF-16 code units, as
// JavaScript counts them). Within each source the picks alternate
// `choose`, `held`, so both halves hold as many texts of each source. The texts are written byte
// for byte as the CSV field holds them; the manifest names each text's corpus file and 0-based
// data row, counted as scripts/learn-work-titles.mjs counts them (rows as objects by the header).
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { csvObjects, parseCsv } from './csv.mjs';
import { SKIP_FILE, readSkipList } from './learn-work-titles.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');

/** The generator's seed: fixed, so the draw is the same on every machine. */
const SEED = 20261206;
/** Shortest text drawn: a shorter review names too little to measure. */
const MIN_CHARS = 400;
/** Longest text drawn: longer reviews take too long to label with care. */
const MAX_CHARS = 3500;
/** Sources in draw order: corpus CSV, how many texts, and the prefix of their names. */
const SOURCES = [
  { file: 'reviews-by-work/mal-top-anime.csv', count: 8, prefix: 'top' },
  { file: 'reviews-by-work/imdb-films.csv', count: 6, prefix: 'film' },
  { file: 'reviews-by-work/mal-bigthree.csv', count: 6, prefix: 'anime' },
];

/** mulberry32: a small seeded generator of floats in [0, 1). */
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Corpus rows the manifests of the labelled sets in eval/ name, as "<csv file> <row>". */
function manifestRows() {
  const taken = new Set();
  const evalDir = join(root, 'eval');
  for (const set of readdirSync(evalDir).sort()) {
    const manifest = join(evalDir, set, 'manifest.txt');
    if (set === 'fans' || !existsSync(manifest)) continue;
    for (const line of readFileSync(manifest, 'utf8').split('\n')) {
      if (!line || line.startsWith('#')) continue;
      const [, path, row] = line.split('\t');
      if (path && /^\d+$/.test(row ?? '')) taken.add(`${path} ${row}`);
    }
  }
  return taken;
}

function main() {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(name);
    return i >= 0 ? process.argv[i + 1] : fallback;
  };
  const corpus = arg('--corpus', join(root, '..', 'shared', 'corpus'));
  // the skip list's own section for this set is left out, so a second run draws the same rows
  const skipText = readFileSync(SKIP_FILE, 'utf8');
  const own = skipText.search(/^# fans$/m);
  const skip = readSkipList(own >= 0 ? skipText.slice(0, own) : skipText);
  const taken = manifestRows();
  const random = mulberry32(SEED);
  const picks = [];
  for (const source of SOURCES) {
    const text = readFileSync(join(corpus, source.file), 'utf8');
    const rows = csvObjects(text);
    // the row numbers must be the learning scripts' numbers, which count only rows of the header's length
    if (rows.length !== parseCsv(text).length - 1) throw new Error(`draw-fans: ${source.file} has rows of another length than its header`);
    const skipped = skip.rows.get(source.file) ?? new Set();
    const chosen = new Set();
    while (chosen.size < source.count) {
      const i = Math.floor(random() * rows.length);
      const review = rows[i].review;
      if (chosen.has(i) || skipped.has(i) || taken.has(`${source.file} ${i}`)) continue;
      if (review.length < MIN_CHARS || review.length > MAX_CHARS) continue;
      chosen.add(i);
      picks.push({ name: `${source.prefix}-${i}.txt`, file: source.file, row: i, half: chosen.size % 2 === 1 ? 'choose' : 'held', text: review, work: rows[i].work_en });
    }
  }
  if (process.argv.includes('--dry')) {
    for (const p of picks) console.log(`${p.name}\t${p.file}\t${p.row}\t${p.half}\t${p.text.length}\t${p.work}`);
    return;
  }
  const out = join(root, 'eval', 'fans');
  mkdirSync(join(out, 'texts'), { recursive: true });
  const lines = [`# fans: seed ${SEED} (mulberry32, scripts/draw-fans.mjs); name, corpus path, row (0-based CSV data row), half`];
  for (const p of picks) {
    writeFileSync(join(out, 'texts', p.name), p.text);
    lines.push(`${p.name}\t${p.file}\t${p.row}\t${p.half}`);
  }
  writeFileSync(join(out, 'manifest.txt'), `${lines.join('\n')}\n`);
  console.log(`draw-fans: ${picks.length} texts written to eval/fans`);
}

main();
