// Learns the list of known one-word part names (src/data/part-words-known.ts) from the unlabelled
// corpus beside the repository: a one-word name the names stage reads as a story's character in
// at least MIN_DOCUMENTS distinct reviews, which documents seldom read as a real person, seldom
// name as a work's title, and seldom write in lower case (a common word: `Season`, `Arc`), is a
// part fans know, so a later text that writes it once names that part.
//
//   node scripts/learn-part-words.mjs [--corpus DIR] [--min N] [--stats FILE] [--dump] [--check]
//     --corpus DIR   the corpus directory (default ../shared/corpus beside the repository)
//     --min N        distinct reviews that must read the name as a character (MIN_DOCUMENTS)
//     --stats FILE   writes, per one-word name some review reads as a character: character
//                    documents, person documents, title documents, lower-case documents, name
//     --dump         prints the learned names instead of writing the data file
//     --check        compares with the shipped data file instead of writing it (exit 1 if it differs)
//
// Documents are those scripts/learn-work-titles.mjs reads, less its skip list, so no name is
// learned from a text it is later fitted or measured on. Each is run through the names stage with
// no part name known (`withoutKnownParts`), so the list does not depend on the list shipped.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { arg, corpusDocuments, corpusSkipList, dumpCheckOrWrite, mostWritten } from './learn-work-titles.mjs';
import { fromReviews } from './learn-part-names.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
/** Where the list goes. */
export const WORDS_FILE = join(root, 'src', 'data', 'part-words-known.ts');

/**
 * Distinct reviews whose names stage must read a one-word name as a character: a one-word name is
 * read from weaker evidence than a full name's casting, so it takes many fans agreeing.
 */
export const MIN_DOCUMENTS = 8;
/**
 * The most documents that may name the word as a work's title (a strong title cue, the review's
 * own work), as a share of those reading it as a character: a title hero (`Naruto`, `Bleach`)
 * names the work bare as often as the part.
 */
export const MAX_OTHER_SHARE = 0.1;
/**
 * The most documents that may read the name as a real person, as a share of those reading it as a
 * character: the names stage now and then misreads a hero said beside his actor or author, while a
 * real person's surname (`Oda`, `Kishimoto`, `Lucas`) is read as a person in far more.
 */
export const MAX_PERSON_SHARE = 0.15;
/**
 * The most documents that may write the word in lower case mid-sentence, as a share of those
 * reading it as a character: fans write heroes' names in lower case now and then (`luffy`), a
 * common word (`season`, `light`, `pain`) far more.
 */
export const MAX_LOWER_SHARE = 0.5;

/** True when `form` is one word of letters (an apostrophe or hyphen inside allowed: `Ka-chan`). */
export const oneWord = (form) => /^\p{Lu}[\p{L}'’-]*$/u.test(form.trim());

/** A word's key: lower case letters and digits. */
export const keyOf = (s) => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/**
 * The one-word keys a text writes in lower case between two words of a sentence (`the next arc`,
 * `a good season`): a common word, whatever it names elsewhere. Linear in the text.
 */
export function lowerWords(text) {
  const out = new Set();
  for (const m of text.matchAll(/(?<=[a-z,;] )[a-z][a-z'-]*/g)) out.add(m[0].replace(/[^a-z]/g, ''));
  return out;
}

/**
 * Counts per one-word key the distinct documents whose names stage reads it as a character (only
 * where `castsParts(doc)`), as a real person (`kind: person`, a real person's cue, or the first or
 * last word of a real person's full name), as a work's
 * title (`titlesOf(doc)`), and in lower case (`lowerWords`), and keeps those read as a character
 * in `min` documents or more, as a person in at most `personShare` of that many, as a title in at
 * most `share`, in lower case in at most `lowerShare`, and not a listed given name
 * (`givenName(key)`: `Tony`, `Sarah` name real people as often as parts). Each kept
 * name is written as most documents write it; the list is sorted.
 */
export function learnPartWords(docsIn, rowsOf, { min = MIN_DOCUMENTS, share = MAX_OTHER_SHARE, personShare = MAX_PERSON_SHARE, lowerShare = MAX_LOWER_SHARE, castsParts = () => true, titlesOf = () => [], realCue = () => false, givenName = () => false } = {}) {
  const partDocs = new Map();
  const personDocs = new Map();
  const titleDocs = new Map();
  const lowerDocs = new Map();
  const spellings = new Map();
  const bump = (m, k) => m.set(k, (m.get(k) ?? 0) + 1);
  let read = 0;
  for (const doc of docsIn) {
    read++;
    for (const k of new Set(titlesOf(doc).filter(Boolean).map(keyOf))) bump(titleDocs, k);
    for (const k of lowerWords(doc.text)) bump(lowerDocs, k);
    const part = new Map();
    const person = new Set();
    for (const r of rowsOf(doc.text)) {
      for (const form of r.forms) {
        // A real person's full name counts against its first and last words: a surname the text
        // names bare is the actor (`William H. Macy` … `Macy`), and a given name real people bear
        // (`Chad Stahelski`) names one of them as often as the part.
        if (!oneWord(form)) {
          const parts = form.trim().split(/\s+/);
          if (r.kind !== 'person') continue;
          for (const w of [parts[0], parts[parts.length - 1]]) if (oneWord(w)) person.add(keyOf(w));
          continue;
        }
        const k = keyOf(form);
        if (r.kind === 'person' || realCue(doc.text, form)) person.add(k);
        else if (r.kind === 'character' && !part.has(k)) part.set(k, form.trim());
      }
    }
    for (const k of person) bump(personDocs, k);
    if (!castsParts(doc)) continue;
    for (const [k, form] of part) {
      if (person.has(k)) continue;
      bump(partDocs, k);
      if (!spellings.has(k)) spellings.set(k, new Map());
      bump(spellings.get(k), form);
    }
  }
  const names = [];
  const stats = [];
  for (const [k, n] of partDocs) {
    const spelt = mostWritten(spellings.get(k));
    const person = personDocs.get(k) ?? 0;
    const title = titleDocs.get(k) ?? 0;
    const lower = lowerDocs.get(k) ?? 0;
    stats.push({ name: spelt, part: n, person, title, lower });
    if (n >= min && person <= personShare * n && title <= share * n && lower <= lowerShare * n && !givenName(k)) names.push(spelt);
  }
  names.sort();
  stats.sort((a, b) => b.part - a.part || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { names, read, stats };
}

/** The data file's text (no corpus figures: the list itself is the result). */
export function source(names, min, share) {
  const lines = names.map((t) => `  ${JSON.stringify(t)},`);
  return `// Generated by scripts/learn-part-words.mjs; do not edit by hand.
/**
 * One-word names of parts fans know, learned from the unlabelled corpus (the development,
 * evaluation and training texts never read): each is a one-word name the names stage reads as a
 * story's character in at least ${min} distinct reviews, blogs or web posts, that documents
 * read as a real person in at most ${MAX_PERSON_SHARE * 100}% as many, name as a work's title in at
 * most ${share * 100}% and write in lower case mid-sentence in at most ${MAX_LOWER_SHARE * 100}%, and
 * that is no listed given name. A text that writes one once, as a proper noun, names that part.
 * Case as most documents write it; matched by letters and digits alone.
 */
export const KNOWN_PART_WORDS: readonly string[] = [
${lines.join('\n')}
];
`;
}

/** Reads the corpus, learns the list, and writes or checks it. */
async function main() {
  const corpus = arg('--corpus', join(root, '..', 'shared', 'corpus'));
  const min = Number(arg('--min', String(MIN_DOCUMENTS)));
  const share = MAX_OTHER_SHARE;
  const skip = corpusSkipList(corpus);
  const stages = await import(pathToFileURL(join(root, 'bench', 'build', 'stages.js')).href);
  const rowsOf = (text) => stages.withoutKnownParts(() => stages.nameKindRows(text));
  const titlesOf = (doc) => [...doc.own, ...stages.stronglyCuedWorkTitles(doc.text)];
  const { names, read, stats } = learnPartWords(corpusDocuments(corpus, skip), rowsOf, { min, share, castsParts: fromReviews, titlesOf, realCue: stages.realPersonCued, givenName: stages.isListedFirstName });
  const statsFile = arg('--stats', '');
  if (statsFile) writeFileSync(statsFile, stats.map((x) => `${x.part}\t${x.person}\t${x.title}\t${x.lower}\t${x.name}`).join('\n') + '\n');
  const text = source(names, min, share);
  console.log(`${names.length} part words from ${read} documents`);
  dumpCheckOrWrite(names, text, WORDS_FILE, 'node scripts/learn-part-words.mjs');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
