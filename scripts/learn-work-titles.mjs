// Learns the list of known work titles (src/data/work-titles-known.ts) from the unlabelled
// corpus beside the repository: a title the works stage finds with a strong cue (quote marks,
// "the anime X", "X (2004)", "X season 2", a maker's possessive, ...) in at least MIN_DOCUMENTS
// distinct documents is a title readers know, so a later text may name it bare.
//
//   npm run learn:works            (builds, then runs this script)
//   node scripts/learn-work-titles.mjs [--corpus DIR] [--dev DIR] [--min N] [--check]
//
// Documents: BBC entertainment news, blog and web posts, IMDb reviews, and the reviews grouped by
// work, whose `work` / `work_en` column counts as a strong cue for the review's own title when the
// review writes that title. Every document whose text is a development text is skipped: the
// comparison reads only the development files' names and bytes (8-word shingles), never labels.
// Documents are read in a fixed order and titles sorted, so two runs give the same bytes.
// --check compares with the shipped file instead of writing it.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { csvObjects } from './csv.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
/** Where the list goes. */
export const TITLES_FILE = join(root, 'src', 'data', 'work-titles-known.ts');

/** Distinct documents that must cue a title (chosen on train and the silver sets). */
export const MIN_DOCUMENTS = 2;
/**
 * The least share of the documents writing a title (capitalised, whole words) that cue it by the
 * works stage's own cues (the `work` column not counted): a title writers mostly name with no cue
 * is as often a character's or a person's name ("Forrest Gump", "Luffy", "The Rock") or a word
 * ("OST", "It").
 */
export const MIN_CUED_SHARE = 0.2;
/** Words per shingle, and the share of a document's shingles a development text must hold to skip it. */
const SHINGLE = 8;
const SAME_SHARE = 0.5;

function arg(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

/** The text's words, lower case, without markup (`<br />`, markdown marks), for comparing bytes. */
const plainWords = (text) => text.replace(/<br\s*\/?>/gi, ' ').toLowerCase().split(/[^\p{L}\p{N}']+/u).filter(Boolean);

function shingles(text) {
  const w = plainWords(text);
  const out = new Set();
  for (let i = 0; i + SHINGLE <= w.length; i++) out.add(w.slice(i, i + SHINGLE).join(' '));
  return out;
}

/** The development texts, for skipping: their file names and shingles. */
function devTexts(devDir) {
  if (!existsSync(devDir)) return { names: new Set(), owner: new Map(), sizes: [] };
  const files = readdirSync(devDir).filter((f) => f.endsWith('.txt')).sort();
  const owner = new Map();
  const sizes = [];
  files.forEach((f, k) => {
    const s = shingles(readFileSync(join(devDir, f), 'utf8'));
    sizes.push(s.size);
    for (const x of s) owner.set(x, k);
  });
  return { names: new Set(files.map((f) => f.replace(/\.[^.]+$/, ''))), owner, sizes };
}

/** True when the document is a development text: same base name (a dev name may add a prefix), or most shingles shared. */
function isDev(dev, name, text) {
  if (name) {
    const base = basename(name).replace(/\.[^.]+$/, '');
    for (const d of dev.names) if (d === base || d.endsWith(`-${base}`)) return true;
  }
  const s = shingles(text);
  if (s.size === 0) return false;
  const hits = new Map();
  for (const x of s) {
    const k = dev.owner.get(x);
    if (k !== undefined) hits.set(k, (hits.get(k) ?? 0) + 1);
  }
  for (const [k, n] of hits) if (n >= SAME_SHARE * s.size || n >= SAME_SHARE * dev.sizes[k]) return true;
  return false;
}

/** True when `text` writes `title` as whole words, case as given. */
function writes(text, title) {
  let at = text.indexOf(title);
  while (at >= 0) {
    const before = text[at - 1];
    const after = text[at + title.length];
    if (!(before && /[\p{L}\p{N}]/u.test(before)) && !(after && /[\p{L}\p{N}]/u.test(after))) return true;
    at = text.indexOf(title, at + 1);
  }
  return false;
}

/** Every corpus document in a fixed order: `{ name, text, own }` (`own`: the titles its row names). */
function* corpusDocuments(corpus) {
  const files = (dir, ext) => (existsSync(dir) ? readdirSync(dir).filter((f) => ext.some((e) => f.endsWith(e)) && !/LICENSE|README/.test(f)).sort().map((f) => join(dir, f)) : []);
  for (const f of files(join(corpus, 'news', 'bbc-entertainment'), ['.txt'])) yield { name: f, text: readFileSync(f, 'utf8'), own: [] };
  for (const f of files(join(corpus, 'blogs'), ['.md', '.txt'])) yield { name: f, text: readFileSync(f, 'utf8'), own: [] };
  for (const f of files(join(corpus, 'web'), ['.md', '.txt'])) yield { name: f, text: readFileSync(f, 'utf8'), own: [] };
  const imdb = join(corpus, 'reviews', 'imdb-first-999.csv');
  if (existsSync(imdb)) {
    for (const row of csvObjects(readFileSync(imdb, 'utf8'))) yield { name: '', text: row.review.replace(/<br \/><br \/>/g, '\n\n'), own: [] };
  }
  for (const f of ['imdb-films.csv', 'mal-bigthree.csv', 'mal-top-anime.csv']) {
    const p = join(corpus, 'reviews-by-work', f);
    if (!existsSync(p)) continue;
    for (const row of csvObjects(readFileSync(p, 'utf8'))) yield { name: '', text: row.review, own: [...new Set([row.work, row.work_en])] };
  }
}

/**
 * Counts, over the corpus, the distinct documents that cue each title (case as written), and
 * keeps the titles cued in `min` documents or more; of two spellings of one title the one more
 * documents write is kept. `cuedTitles(text)` is the pipeline's `stronglyCuedWorkTitles`.
 */
export function learnTitles(corpus, devDir, cuedTitles, min = MIN_DOCUMENTS, share = MIN_CUED_SHARE) {
  const dev = devTexts(devDir);
  const docs = new Map();
  const cuedDocs = new Map();
  const kept = [];
  let read = 0;
  let skipped = 0;
  for (const doc of corpusDocuments(corpus)) {
    if (isDev(dev, doc.name, doc.text)) {
      skipped++;
      continue;
    }
    read++;
    const cued = new Set(cuedTitles(doc.text));
    for (const t of cued) cuedDocs.set(t, (cuedDocs.get(t) ?? 0) + 1);
    const titles = new Set(cued);
    for (const t of doc.own) if (writes(doc.text, t)) titles.add(t);
    for (const t of titles) docs.set(t, (docs.get(t) ?? 0) + 1);
    kept.push(doc.text);
  }
  // The documents that write each title cued often enough: a second walk, over those titles only.
  const often = [...docs].filter(([, n]) => n >= min).map(([t]) => t);
  const written = new Map(often.map((t) => [t, 0]));
  for (const text of kept) for (const t of often) if (writes(text, t)) written.set(t, written.get(t) + 1);
  const best = new Map();
  for (const [t, n] of docs) {
    if (n < min || (cuedDocs.get(t) ?? 0) < share * written.get(t)) continue;
    const key = t.toLowerCase();
    const had = best.get(key);
    if (!had || n > had.n || (n === had.n && t < had.t)) best.set(key, { t, n });
  }
  const titles = [...best.values()].map((x) => x.t).sort();
  return { titles, read, skipped, counts: docs };
}

/** The data file's text. */
export function source(titles, min, share, read) {
  const lines = titles.map((t) => `  ${JSON.stringify(t)},`);
  return `// Generated by scripts/learn-work-titles.mjs (npm run learn:works); do not edit by hand.
/**
 * Titles of works readers know, learned from the unlabelled corpus (news, blogs, web posts, IMDb
 * and MyAnimeList reviews; ${read} documents, the development texts skipped): each is a title the
 * works stage found with a strong cue (quote marks, "the anime X", "X (2004)", "X season 2", a
 * maker's possessive, or the review's own work) in at least ${min} distinct documents, and cued
 * by the stage's own cues in at least ${share * 100}% of the documents that write it (one named
 * mostly bare is as often a character, a person or a word). A text that names one bare, as a
 * whole title-case run, names that work. Case as written.
 */
export const KNOWN_WORK_TITLES: readonly string[] = [
${lines.join('\n')}
];
`;
}

async function main() {
  const corpus = arg('--corpus', join(root, '..', 'shared', 'corpus'));
  const devDir = arg('--dev', join(root, '..', 'shared', 'dev', 'texts'));
  const min = Number(arg('--min', String(MIN_DOCUMENTS)));
  const share = Number(arg('--share', String(MIN_CUED_SHARE)));
  if (!existsSync(corpus)) {
    console.error(`review-lens: expected the corpus at ${corpus}, got nothing there; skipped`);
    process.exit(process.argv.includes('--check') ? 0 : 1);
  }
  const stages = await import(pathToFileURL(join(root, 'bench', 'build', 'stages.js')).href);
  const { titles, read, skipped, counts } = learnTitles(corpus, devDir, stages.stronglyCuedWorkTitles, min, share);
  const countsFile = arg('--counts', '');
  if (countsFile) writeFileSync(countsFile, [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([t, n]) => `${n}\t${t}`).join('\n'));
  const text = source(titles, min, share, read);
  console.log(`${titles.length} titles from ${read} documents (${skipped} development texts skipped)`);
  if (process.argv.includes('--check')) {
    const shipped = existsSync(TITLES_FILE) ? readFileSync(TITLES_FILE, 'utf8') : '';
    if (shipped !== text) {
      console.error('review-lens: expected src/data/work-titles-known.ts to match the corpus, got a different list; run npm run learn:works');
      process.exit(1);
    }
    console.log('src/data/work-titles-known.ts is up to date');
    return;
  }
  if (process.argv.includes('--dump')) {
    for (const t of titles) console.log(t);
    return;
  }
  writeFileSync(TITLES_FILE, text);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
