// Learns the list of known one-word names of real people (src/data/person-words-known.ts) from the
// unlabelled corpus beside the repository: a surname the names stage reads as a real person's in
// at least MIN_DOCUMENTS distinct documents (said alone, or ending a real person's full name), which
// documents seldom read as a story's character, seldom name as a work's title and seldom write in
// lower case, is a real person readers know by that word (`Spielberg`, `Hanks`), so a later text
// that writes it alone, once or with nothing around it to tell, names that person.
//
//   node scripts/learn-person-words.mjs [--corpus DIR] [--min N] [--stats FILE] [--dump] [--check]
//     --corpus DIR   the corpus directory (default ../shared/corpus beside the repository)
//     --min N        distinct documents that must read the word as a real person (MIN_DOCUMENTS)
//     --stats FILE   writes, per one-word key some document reads as a real person: person
//                    documents, character documents, title documents, lower-case documents,
//                    place documents, name
//     --dump         prints the learned names instead of writing the data file
//     --check        compares with the shipped data file instead of writing it (exit 1 if it differs)
//
// Documents are those scripts/learn-work-titles.mjs reads, less its skip list, so no name is
// learned from a text it is later fitted or measured on. Each is run through the names stage with
// no part or person name known (`withoutKnownParts`), so the list does not depend on the lists shipped.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { arg, corpusDocuments, corpusSkipList, dumpCheckOrWrite, mostWritten } from './learn-work-titles.mjs';
import { keyOf, lowerWords, oneWord } from './learn-part-words.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
/** Where the list goes. */
export const PERSON_WORDS_FILE = join(root, 'src', 'data', 'person-words-known.ts');

/**
 * Distinct documents whose names stage must read a word as a real person's surname: reviews and
 * news name a known actor or maker in full in one text and by surname in the next.
 */
export const MIN_DOCUMENTS = 5;
/**
 * The most documents that may read the word as a story's character (alone or as a word of a
 * character's full name), as a share of those reading it as a real person: a surname parts share
 * with actors (`Parker`, `Stark`, `Jones`) is read as a part in far more.
 */
export const MAX_PART_SHARE = 0.15;
/** The most documents that may name the word as a work's title, as a share of the person documents. */
export const MAX_TITLE_SHARE = 0.1;
/**
 * The most documents that may write the word in lower case mid-sentence, as a share of the person
 * documents: a surname that is a common word (`Bond`, `Park`, `King`) names a thing as often.
 */
export const MAX_LOWER_SHARE = 0.1;

/**
 * The most documents that may write the word as a place (`in Holland`, `from Oz`: {@link placeWords}),
 * as a share of the person documents: a surname that is a country's or a town's name names the place
 * as often.
 */
export const MAX_PLACE_SHARE = 0.1;

/**
 * The keys of the capitalised words a text writes as a place: one word, not followed by another
 * capitalised one nor a possessive's mark, after one of the words `leads` (the stage's
 * `PLACE_LEADS`: `in Holland`, `from Oz`, `his native Wales`). Linear in the text.
 */
export function placeWords(text, leads) {
  const out = new Set();
  const shape = new RegExp(`\\b(?:${[...leads].join('|')}) (\\p{Lu}[\\p{L}'’-]*)(?![\\p{L}'’-]| \\p{Lu})`, 'gu');
  for (const m of text.matchAll(shape)) out.add(keyOf(m[1]));
  return out;
}


/**
 * The surname of a full name as written: its last word, or the one before a generation suffix
 * (`Downey Jr.`), when `suffix(key)` says so.
 */
function surnameOf(form, suffix) {
  const parts = form.trim().split(/\s+/);
  let last = parts.length - 1;
  if (last > 1 && suffix(keyOf(parts[last] ?? ''))) last--;
  return parts[last] ?? '';
}

/**
 * Counts per one-word key the distinct documents whose names stage reads it as a real person (a
 * one-word form of kind `person` or with a real person's cue, or the surname of a real person's
 * full name), as a story's character (a one-word form read so, or any word of a character's full
 * name), as a work's title (`titlesOf(doc)`), in lower case (`lowerWords`) and as a place
 * (`placeWords` after `placeLeads`), and keeps those read as a real person in `min` documents or more, as a character
 * in at most `partShare` of that many, as a title in at most `titleShare`, in lower case in at most
 * `lowerShare`, as a place in at most `placeShare`, and not a listed
 * given name (`givenName(key)`: `Tony` names parts as often). Each kept name is written as most
 * documents write it; the list is sorted.
 */
export function learnPersonWords(docsIn, rowsOf, { min = MIN_DOCUMENTS, partShare = MAX_PART_SHARE, titleShare = MAX_TITLE_SHARE, lowerShare = MAX_LOWER_SHARE, placeShare = MAX_PLACE_SHARE, placeLeads = [], titlesOf = () => [], realCue = () => false, givenName = () => false, suffix = () => false } = {}) {
  const personDocs = new Map();
  const partDocs = new Map();
  const titleDocs = new Map();
  const lowerDocs = new Map();
  const placeDocs = new Map();
  const spellings = new Map();
  const bump = (m, k) => m.set(k, (m.get(k) ?? 0) + 1);
  let read = 0;
  for (const doc of docsIn) {
    read++;
    for (const k of new Set(titlesOf(doc).filter(Boolean).map(keyOf))) bump(titleDocs, k);
    for (const k of lowerWords(doc.text)) bump(lowerDocs, k);
    for (const k of placeWords(doc.text, placeLeads)) bump(placeDocs, k);
    const person = new Map();
    const part = new Set();
    for (const r of rowsOf(doc.text)) {
      for (const form of r.forms) {
        if (!oneWord(form)) {
          if (r.kind === 'person') {
            const surname = surnameOf(form, suffix);
            if (oneWord(surname) && !person.has(keyOf(surname))) person.set(keyOf(surname), surname);
          } else for (const w of form.trim().split(/\s+/)) if (oneWord(w)) part.add(keyOf(w));
          continue;
        }
        const k = keyOf(form);
        if (r.kind === 'person' || realCue(doc.text, form)) {
          if (!person.has(k)) person.set(k, form.trim());
        } else part.add(k);
      }
    }
    for (const k of part) bump(partDocs, k);
    for (const [k, form] of person) {
      bump(personDocs, k);
      if (!spellings.has(k)) spellings.set(k, new Map());
      bump(spellings.get(k), form);
    }
  }
  const names = [];
  const stats = [];
  for (const [k, n] of personDocs) {
    const spelt = mostWritten(spellings.get(k));
    const part = partDocs.get(k) ?? 0;
    const title = titleDocs.get(k) ?? 0;
    const lower = lowerDocs.get(k) ?? 0;
    const place = placeDocs.get(k) ?? 0;
    stats.push({ name: spelt, person: n, part, title, lower, place });
    if (n >= min && part <= partShare * n && title <= titleShare * n && lower <= lowerShare * n && place <= placeShare * n && !givenName(k) && !suffix(k)) names.push(spelt);
  }
  names.sort();
  stats.sort((a, b) => b.person - a.person || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { names, read, stats };
}

/** The data file's text (no corpus figures: the list itself is the result). */
export function source(names, min) {
  const lines = names.map((t) => `  ${JSON.stringify(t)},`);
  return `// Generated by scripts/learn-person-words.mjs; do not edit by hand.
/**
 * One-word names of real people readers know by their surname, learned from the unlabelled corpus
 * (the development, evaluation and training texts never read): each is a word the names stage
 * reads as a real person's surname (said alone, or ending a real person's full name) in at least
 * ${min} distinct reviews, articles, blogs or web posts, that documents read as a story's character
 * in at most ${MAX_PART_SHARE * 100}% as many, name as a work's title in at most ${MAX_TITLE_SHARE * 100}% and write in lower
 * case mid-sentence or as a place in at most ${MAX_LOWER_SHARE * 100}%, and that is no listed given name. A text that
 * names someone by one of these alone, with nothing around it that tells a part, names that person.
 * Case as most documents write it; matched by letters and digits alone.
 */
export const KNOWN_PERSON_WORDS: readonly string[] = [
${lines.join('\n')}
];
`;
}

/** Reads the corpus, learns the list, and writes or checks it. */
async function main() {
  const corpus = arg('--corpus', join(root, '..', 'shared', 'corpus'));
  const min = Number(arg('--min', String(MIN_DOCUMENTS)));
  const skip = corpusSkipList(corpus);
  const stages = await import(pathToFileURL(join(root, 'bench', 'build', 'stages.js')).href);
  const rowsOf = (text) => stages.withoutKnownParts(() => stages.nameKindRows(text));
  const titlesOf = (doc) => [...doc.own, ...stages.stronglyCuedWorkTitles(doc.text)];
  const suffix = (k) => stages.NAME_SUFFIXES.has(k);
  const { names, read, stats } = learnPersonWords(corpusDocuments(corpus, skip), rowsOf, { min, titlesOf, realCue: stages.realPersonCued, givenName: stages.isListedFirstName, suffix, placeLeads: [...stages.PLACE_LEADS] });
  const statsFile = arg('--stats', '');
  if (statsFile) writeFileSync(statsFile, stats.map((x) => `${x.person}\t${x.part}\t${x.title}\t${x.lower}\t${x.place}\t${x.name}`).join('\n') + '\n');
  const text = source(names, min);
  console.log(`${names.length} person words from ${read} documents`);
  dumpCheckOrWrite(names, text, PERSON_WORDS_FILE, 'node scripts/learn-person-words.mjs');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
