// Learns the list of known work titles (src/data/work-titles-known.ts) from the unlabelled
// corpus beside the repository: a title the works stage finds with a strong cue (quote marks,
// "the anime X", "X (2004)", "X season 2", a maker's possessive, ...) in at least MIN_DOCUMENTS
// distinct documents is a title readers know, so a later text may name it bare.
//
//   npm run learn:works            (builds, then runs this script)
//   node scripts/learn-work-titles.mjs [--corpus DIR] [--min N] [--share S] [--common-share S]
//                                      [--counts FILE] [--stats FILE] [--dump] [--check]
//     --corpus DIR   the corpus directory (default ../shared/corpus beside the repository)
//     --min N        distinct documents that must cue a title (MIN_DOCUMENTS)
//     --share S      least cued share of the documents writing it (MIN_CUED_SHARE)
//     --common-share S  the same for a title of common words only (MIN_COMMON_CUED_SHARE)
//     --counts FILE  writes "documents<TAB>title" for every cued title, most first
//     --stats FILE   writes, per title cued often enough: documents, cued, writing, common, band
//     --dump         prints the learned titles instead of writing the data file
//     --check        compares with the shipped data file instead of writing it (exit 1 if it differs)
//
// Documents: BBC entertainment news, blog and web posts, IMDb reviews, and the reviews grouped by
// work, whose `work` / `work_en` column counts as a strong cue for the review's own title when the
// review writes that title. The documents listed in learn-work-titles.skip.txt (the development
// texts and the texts of the evaluation sets, by file name and row) are never read, so no title is
// learned from a text it is later measured on. A title is then left out when its shape says it is
// no work (scripts run src/stages/4-works/learned-titles.ts: a sentence lead or determiner first,
// a place after "from/in", a person's two-word name, the hand list src/data/work-titles-not.ts),
// when it is a piece of a longer learned title, when a band noun stands by it in a document, and a
// title of common words only needs a higher cued share; a title of no common word that many
// documents cue needs a far lower share (fans name it bare), unless most of those documents write
// a longer title holding it or many documents name it as its hero ("Naruto fought"). Documents are read in a fixed order and
// titles sorted, so two runs give the same bytes.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
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
/** The checked-in list of corpus documents never read (development and evaluation texts). */
export const SKIP_FILE = join(here, 'learn-work-titles.skip.txt');

/**
 * Reads the skip list's text: one corpus document a line, relative to the corpus directory, a
 * file ("news/bbc-entertainment/x.txt") or a CSV row ("reviews/imdb-first-999.csv 12", 0-based
 * data row); `#` starts a comment. Returns the skipped files and, per CSV file, its skipped rows.
 */
export function readSkipList(text) {
  const files = new Set();
  const rows = new Map();
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const sp = line.lastIndexOf(' ');
    const row = sp > 0 ? Number(line.slice(sp + 1)) : NaN;
    if (sp > 0 && Number.isInteger(row) && row >= 0) {
      const file = line.slice(0, sp).trim();
      if (!rows.has(file)) rows.set(file, new Set());
      rows.get(file).add(row);
    } else if (sp > 0) {
      throw new Error(`review-lens: expected a corpus file or "<csv file> <row>" in the skip list, got ${JSON.stringify(line)}`);
    } else files.add(line);
  }
  return { files, rows };
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

/**
 * Every corpus document in a fixed order that the skip list does not name: `{ name, text, own }`
 * (`name`: its path in the corpus, with the row for a CSV row; `own`: the titles its row names).
 */
export function* corpusDocuments(corpus, skip = { files: new Set(), rows: new Map() }) {
  const files = (sub, ext) => {
    const dir = join(corpus, sub);
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
      .filter((f) => ext.some((e) => f.endsWith(e)) && !/LICENSE|README/.test(f) && !skip.files.has(`${sub}/${f}`))
      .sort()
      .map((f) => `${sub}/${f}`);
  };
  for (const f of files('news/bbc-entertainment', ['.txt'])) yield { name: f, text: readFileSync(join(corpus, f), 'utf8'), own: [] };
  for (const f of files('blogs', ['.md', '.txt'])) yield { name: f, text: readFileSync(join(corpus, f), 'utf8'), own: [] };
  for (const f of files('web', ['.md', '.txt'])) yield { name: f, text: readFileSync(join(corpus, f), 'utf8'), own: [] };
  const rowsOf = function* (file) {
    const p = join(corpus, file);
    if (!existsSync(p)) return;
    const skipped = skip.rows.get(file) ?? new Set();
    let i = 0;
    for (const row of csvObjects(readFileSync(p, 'utf8'))) {
      if (!skipped.has(i)) yield { i, row };
      i++;
    }
  };
  for (const { i, row } of rowsOf('reviews/imdb-first-999.csv')) yield { name: `reviews/imdb-first-999.csv ${i}`, text: row.review.replace(/<br \/><br \/>/g, '\n\n'), own: [] };
  for (const f of ['imdb-films.csv', 'mal-bigthree.csv', 'mal-top-anime.csv']) {
    for (const { i, row } of rowsOf(`reviews-by-work/${f}`)) yield { name: `reviews-by-work/${f} ${i}`, text: row.review, own: [...new Set([row.work, row.work_en])] };
  }
}

/**
 * True when `title` is the end of `longer` after a word and a space, no colon or dash between
 * ("Bizarre Adventure" of "JoJo's Bizarre Adventure"; not "Moon" of "The Moon", nor "The Empire Strikes Back" of "Star Wars:
 * Episode V - The Empire Strikes Back", a title of its own).
 */
function innerPiece(title, longer) {
  const at = longer.length - title.length;
  if (at < 2 || !longer.endsWith(title) || longer[at - 1] !== ' ' || !/[\p{L}\p{N}']/u.test(longer[at - 2])) return false;
  return !/^(?:The|A|An) $/.test(longer.slice(0, at));
}

/** True when the text writes a band noun right before or after `title` ("pop group Westlife"), or a band member's noun after it ("Happy Mondays dancer"). */
function bandBeside(text, title, bandNouns, memberNouns) {
  let at = text.indexOf(title);
  while (at >= 0) {
    let k = at;
    while (k > 0 && at - k < 8 && /[\s'"‘’“”]/.test(text[k - 1])) k--;
    let j = k;
    while (j > 0 && k - j < 24 && /\p{L}/u.test(text[j - 1])) j--;
    const before = text.slice(j, k);
    const after = /^["”’]?(?:['’]s)?[\s"“”]*(\p{L}+)/u.exec(text.slice(at + title.length, at + title.length + 24));
    if ((before && bandNouns.has(before.toLowerCase())) || (after && (bandNouns.has(after[1].toLowerCase()) || memberNouns.has(after[1].toLowerCase())))) return true;
    at = text.indexOf(title, at + 1);
  }
  return false;
}

/** The least cued share for a title whose every word is a common word ("Number One", "Up All Night"). */
export const MIN_COMMON_CUED_SHARE = 0.4;
/** Documents cueing a title of common words that make it known whatever its share ("One Piece"). */
export const COMMON_CUED_DOCUMENTS = 10;
/** A word is common when at least this share of the documents read write it in lower case. */
export const COMMON_WORD_SHARE = 0.01;
/**
 * Documents cueing a title, none of its words common, that make it known at the lower share
 * {@link MIN_WIDE_CUED_SHARE}: a title many writers cue apart is a title readers know, though fan
 * reviews name it bare far more often than they cue it ("Naruto", "Tokyo Ghoul").
 */
export const WIDE_CUED_DOCUMENTS = 4;
/**
 * The least cued share for a title {@link WIDE_CUED_DOCUMENTS} documents cue: below it the cues
 * are stray against a word or a name writers use bare everywhere ("OST", "Oscar").
 */
export const MIN_WIDE_CUED_SHARE = 0.05;
/**
 * A title is a piece of a longer one when at least this share of the documents cueing it write a
 * longer counted title that holds it as whole words ("Hunter" of "Hunter x Hunter", "Steins" of
 * "Steins;Gate"): the stage cut it there, the writers named the longer title.
 */
export const PIECE_SHARE = 0.5;
/**
 * A title of the wide path is its hero's name when documents naming it as a being somewhere
 * (`Naruto fought`, `Naruto's father`: the works stage's hero readings) reach this share of the
 * documents cueing it as a work: a bare mention is then the hero as often as the work, so the
 * title needs the plain cued share.
 */
export const HERO_SHARE = 0.25;

/** Per title, the longer titles of the list that hold it as whole words ("Hunter" in "Hunter x Hunter"). */
function longerHolders(titles) {
  const out = new Map();
  for (const t of titles) {
    const holders = titles.filter((l) => l.length > t.length && writes(l, t));
    if (holders.length) out.set(t, holders);
  }
  return out;
}

/** The words a text writes, each as `lower` (all lower case) or `upper` (any capital), keyed by its lower-case form. */
function writtenWords(text) {
  const lower = new Set();
  const upper = new Set();
  for (const w of text.split(/[^\p{L}']+/u)) {
    if (!w || !/\p{L}/u.test(w)) continue;
    const l = w.toLowerCase();
    (w === l ? lower : upper).add(l);
  }
  return { lower, upper };
}

/**
 * Counts, over the corpus documents the skip list leaves, the distinct documents that cue each
 * title (case as written), and keeps the titles cued in `min` documents or more and in at least
 * `share` of the documents that write them (`commonShare` when all its words are common words,
 * {@link MIN_WIDE_CUED_SHARE} when none is and {@link WIDE_CUED_DOCUMENTS} documents cue it, fewer
 * than {@link PIECE_SHARE} of them writing a longer counted title that holds it and fewer than
 * {@link HERO_SHARE} as many naming it as its hero, `readsAsHero(text, title)`);
 * then drops a title `fault(title)` names a fault for, a title that is an inner piece of a longer
 * kept title, and one a band noun stands by in any document. Of two spellings of one title the one
 * more documents cue is kept. `cuedTitles(text)` is the pipeline's `stronglyCuedWorkTitles`.
 */
export function learnTitles(docsIn, cuedTitles, { min = MIN_DOCUMENTS, share = MIN_CUED_SHARE, commonShare = MIN_COMMON_CUED_SHARE, fault = () => undefined, bandNouns = new Set(), memberNouns = new Set(), readsAsHero = () => false } = {}) {
  const docs = new Map();
  const cuedDocs = new Map();
  const cuedPerDoc = [];
  const lowerDocs = new Map();
  const upperDocs = new Map();
  const kept = [];
  for (const doc of docsIn) {
    const cued = new Set(cuedTitles(doc.text));
    for (const t of cued) cuedDocs.set(t, (cuedDocs.get(t) ?? 0) + 1);
    cuedPerDoc.push(cued);
    const titles = new Set(cued);
    for (const t of doc.own) if (t && writes(doc.text, t)) titles.add(t);
    for (const t of titles) docs.set(t, (docs.get(t) ?? 0) + 1);
    const { lower, upper } = writtenWords(doc.text);
    for (const w of lower) lowerDocs.set(w, (lowerDocs.get(w) ?? 0) + 1);
    for (const w of upper) upperDocs.set(w, (upperDocs.get(w) ?? 0) + 1);
    kept.push(doc.text);
  }
  const read = kept.length;
  // A common word: many documents write it, more of them in lower case than with a capital ("one",
  // "night"; not "naruto", which reviews also write in lower case but mostly as a name).
  const common = (t) =>
    t
      .split(/[^\p{L}']+/u)
      .filter(Boolean)
      .every((w) => {
        const n = lowerDocs.get(w.toLowerCase()) ?? 0;
        return n >= COMMON_WORD_SHARE * read && n > (upperDocs.get(w.toLowerCase()) ?? 0);
      });
  // The documents that write each title cued often enough, and those with a band noun beside it:
  // a second walk, over those titles only.
  const often = [...docs].filter(([t, n]) => n >= min && !fault(t)).map(([t]) => t);
  const written = new Map(often.map((t) => [t, 0]));
  const band = new Set();
  // Per title, the documents cueing it that write a longer counted title holding it.
  const holders = longerHolders(often);
  const pieces = new Map();
  // Per title that may take the wide path, the documents that name it as its hero somewhere.
  const mayBeWide = new Set(often.filter((t) => !common(t) && (cuedDocs.get(t) ?? 0) >= WIDE_CUED_DOCUMENTS));
  const heroDocs = new Map();
  for (let d = 0; d < kept.length; d++) {
    const text = kept[d];
    const inText = new Set();
    for (const t of often) {
      if (!writes(text, t)) continue;
      inText.add(t);
      written.set(t, written.get(t) + 1);
      if (mayBeWide.has(t) && readsAsHero(text, t)) heroDocs.set(t, (heroDocs.get(t) ?? 0) + 1);
      if (bandNouns.size && bandBeside(text, t, bandNouns, memberNouns)) band.add(t);
    }
    for (const t of cuedPerDoc[d]) if ((holders.get(t) ?? []).some((l) => inText.has(l))) pieces.set(t, (pieces.get(t) ?? 0) + 1);
  }
  const best = new Map();
  for (const t of often) {
    const cuedIn = cuedDocs.get(t) ?? 0;
    const isCommon = common(t);
    // Many documents cueing a title of uncommon words stand for the share (fans name it bare),
    // unless most of them write a longer title that holds it or many name it as its hero.
    const wide = !isCommon && cuedIn >= WIDE_CUED_DOCUMENTS && (pieces.get(t) ?? 0) < PIECE_SHARE * cuedIn && (heroDocs.get(t) ?? 0) < HERO_SHARE * cuedIn;
    const need = wide ? Math.min(share, MIN_WIDE_CUED_SHARE) : isCommon && cuedIn < COMMON_CUED_DOCUMENTS ? commonShare : share;
    if (cuedIn < need * written.get(t) || band.has(t)) continue;
    const key = t.toLowerCase();
    const n = docs.get(t);
    const had = best.get(key);
    if (!had || n > had.n || (n === had.n && t < had.t)) best.set(key, { t, n });
  }
  const all = [...best.values()].map((x) => x.t);
  // A piece of a longer title, or an article before a kept title ("The Bleach"), is the stage's misreading.
  // The article test reads the titles left after the pieces, so a title whose bare form is a piece stays.
  const whole = all.filter((t) => !all.some((l) => innerPiece(t, l)));
  const keys = new Set(whole);
  const articled = (t) => /^(?:The|A|An) /.test(t) && keys.has(t.slice(t.indexOf(' ') + 1));
  const titles = whole.filter((t) => !articled(t)).sort();
  const stats = often.map((t) => ({ t, docs: docs.get(t), cued: cuedDocs.get(t) ?? 0, written: written.get(t), common: common(t), band: band.has(t), pieces: pieces.get(t) ?? 0, hero: heroDocs.get(t) ?? 0 }));
  return { titles, read, counts: docs, stats };
}

/** The data file's text (no corpus figures: the list itself is the result). */
export function source(titles, min, share, commonShare) {
  const lines = titles.map((t) => `  ${JSON.stringify(t)},`);
  return `// Generated by scripts/learn-work-titles.mjs (npm run learn:works); do not edit by hand.
/**
 * Titles of works readers know, learned from the unlabelled corpus (news, blogs, web posts, IMDb
 * and MyAnimeList reviews; the development and evaluation texts never read): each is a title the
 * works stage found with a strong cue (quote marks, "the anime X", "X (2004)", "X season 2", a
 * maker's possessive, or the review's own work) in at least ${min} distinct documents, and cued
 * by the stage's own cues in at least ${share * 100}% of the documents that write it (${commonShare * 100}% when all
 * its words are common words; one named mostly bare is as often a character, a person or a
 * phrase; ${MIN_WIDE_CUED_SHARE * 100}% for a title of no common word that ${WIDE_CUED_DOCUMENTS} documents or more cue,
 * most of them not inside a longer title, few naming it as its hero); none opens with a sentence lead, is a person's name, a piece of a longer title or a
 * band's name. A text that names one bare, as a whole title-case run, names that work. Case as written.
 */
export const KNOWN_WORK_TITLES: readonly string[] = [
${lines.join('\n')}
];
`;
}

/** The value after the command-line flag `name`, or `fallback` when the flag is not given. */
export function arg(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

/**
 * The skip list, once the corpus directory `corpus` (with the folders a learner reads) and the skip
 * list are there; a missing one is an error that ends the process.
 */
export function corpusSkipList(corpus) {
  for (const sub of ['', 'news/bbc-entertainment', 'reviews', 'reviews-by-work']) {
    if (!existsSync(join(corpus, sub))) {
      console.error(`review-lens: expected the corpus directory ${join(corpus, sub)}, got nothing there`);
      process.exit(1);
    }
  }
  if (!existsSync(SKIP_FILE)) {
    console.error(`review-lens: expected the skip list ${SKIP_FILE}, got nothing there`);
    process.exit(1);
  }
  return readSkipList(readFileSync(SKIP_FILE, 'utf8'));
}

/** Reads the corpus (a missing directory is an error), learns the list, and writes or checks it. */
async function main() {
  const corpus = arg('--corpus', join(root, '..', 'shared', 'corpus'));
  const min = Number(arg('--min', String(MIN_DOCUMENTS)));
  const share = Number(arg('--share', String(MIN_CUED_SHARE)));
  const commonShare = Number(arg('--common-share', String(MIN_COMMON_CUED_SHARE)));
  const skip = corpusSkipList(corpus);
  const stages = await import(pathToFileURL(join(root, 'bench', 'build', 'stages.js')).href);
  const { titles, read, counts, stats } = learnTitles(corpusDocuments(corpus, skip), stages.stronglyCuedWorkTitles, {
    min,
    share,
    commonShare,
    fault: stages.learnedTitleFault,
    bandNouns: stages.BAND_NOUNS,
    memberNouns: stages.BAND_MEMBER_NOUNS,
    readsAsHero: stages.titleReadsAsHero,
  });
  const countsFile = arg('--counts', '');
  if (countsFile) writeFileSync(countsFile, [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([t, n]) => `${n}\t${t}`).join('\n'));
  const statsFile = arg('--stats', '');
  if (statsFile) writeFileSync(statsFile, stats.map((x) => `${x.docs}\t${x.cued}\t${x.written}\t${x.common ? 'common' : ''}\t${x.band ? 'band' : ''}\t${x.pieces}\t${x.hero}\t${x.t}`).join('\n'));
  const text = source(titles, min, share, commonShare);
  console.log(`${titles.length} titles from ${read} documents`);
  dumpCheckOrWrite(titles, text, TITLES_FILE, 'npm run learn:works');
}

/** The spelling most documents write in `counts` (spelling -> documents), the first in code order on a tie. */
export const mostWritten = (counts) => [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))[0][0];

/**
 * What each learner does with its list: `--dump` prints `items`, `--check` compares `text` with
 * the shipped data file `file` (exit 1 with a message naming `rerun` when they differ), and
 * otherwise `text` is written to `file`.
 */
export function dumpCheckOrWrite(items, text, file, rerun) {
  const rel = relative(root, file).split(sep).join('/');
  if (process.argv.includes('--dump')) {
    for (const t of items) console.log(t);
    return;
  }
  if (process.argv.includes('--check')) {
    const shipped = existsSync(file) ? readFileSync(file, 'utf8') : '';
    if (shipped !== text) {
      console.error(`review-lens: expected ${rel} to match the corpus, got a different list; run ${rerun}`);
      process.exit(1);
    }
    console.log(`${rel} is up to date`);
    return;
  }
  writeFileSync(file, text);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
