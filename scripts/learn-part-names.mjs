// Learns the list of known part names (src/data/part-names-known.ts) from the unlabelled corpus
// beside the repository: a full name the names stage's casting readers put on the part side
// (`Harrison Ford as Han Solo`, `Han Solo (Harrison Ford)`, `played Han Solo`, `the role of Han
// Solo`) in at least MIN_DOCUMENTS distinct documents, and seldom on the actor's side or beside a
// real person's cue, is a part readers know, so a later text may name it bare.
//
//   npm run learn:parts            (builds, then runs this script)
//   node scripts/learn-part-names.mjs [--corpus DIR] [--min N] [--share S] [--stats FILE] [--dump] [--check]
//     --corpus DIR   the corpus directory (default ../shared/corpus beside the repository)
//     --min N        distinct documents that must cast the name as a part (MIN_DOCUMENTS)
//     --share S      most documents reading it as a real person, as a share of those (MAX_PERSON_SHARE)
//     --stats FILE   writes, per name some document casts as a part: part documents, person documents, name
//     --dump         prints the learned names instead of writing the data file
//     --check        compares with the shipped data file instead of writing it (exit 1 if it differs)
//
// Documents are those scripts/learn-work-titles.mjs reads, less the same skip list
// (learn-work-titles.skip.txt: the development texts, the evaluation sets' texts and the labelled
// training reviews), so no name is learned from a text it is later fitted or measured on. Each is
// run through the names stage (the pipeline's `nameKindRows`); a name of two words or more counts
// for a document as a part when an entity with that form has a casting cue or side of the part
// (`characterCue`, `characterSide`) and none of an actor or a real person, and as a real person
// when it has an actor's cue or side without a part's, a role noun, a crew cue, an office noun or
// a courtesy title, or when the text writes it with a real person's cue (`X, 54,`, `the late X`,
// `a biopic of X`: src/stages/4-names/learned-parts.ts). A news report's casting counts for the
// real-person side only: news casts the real subjects of biopics far more than heroes of fiction.
// A name documents name as a work's title as often (`John Wick`, `Forrest Gump`: a strong title
// cue, or the review's own work) is left out: named bare, it is the work as often as the part.
// Names are counted by their key (letters and digits, lower case), written as most documents
// casting them write them. Documents are read in a fixed order and names sorted, so two runs give
// the same bytes.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { arg, corpusDocuments, corpusSkipList, dumpCheckOrWrite, mostWritten } from './learn-work-titles.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
/** Where the list goes. */
export const PARTS_FILE = join(root, 'src', 'data', 'part-names-known.ts');

/**
 * Distinct documents that must cast a name as a part (chosen by cross-validation on the labelled
 * training reviews): a name one document casts is as often a misread real person.
 */
export const MIN_DOCUMENTS = 2;
/**
 * The most documents that may read a name as a real person (an actor's side, a role noun, an age),
 * as a share of those casting it as a part: a star's own name is now and then misread as the part
 * (`Ford as Solo … Harrison Ford`), a real person cast in a biopic is named as such elsewhere.
 */
export const MAX_PERSON_SHARE = 0.25;

/** The kind features that put an entity on the part side of a casting phrase. */
export const PART_FEATURES = ['characterCue', 'characterSide'];
/** The kind features that put an entity on the actor's side. */
export const ACTOR_FEATURES = ['actorCue', 'actorSide'];
/** The kind features of a real person's cue: a crew cue, a role noun (`actor X`, `director X`), an office noun, a courtesy title. */
export const PERSON_FEATURES = ['crewCue', 'roleNounNear', 'officeBefore', 'courtesyTitle'];

/**
 * True when a document's casting counts for its parts: any but news. News casts the real people
 * of biopics far more than fiction's heroes (an award goes to an actor `as Katharine Hepburn`, `as
 * Ray Charles`); reviews, blogs and fan posts cast the stories' own people.
 */
export const fromReviews = (doc) => !doc.name.startsWith('news/');

/** True when `form` is a name of two words or more. */
const fullName = (form) => form.trim().split(/\s+/).length >= 2;

/**
 * The readings of one document's names from the rows the names stage gives (`nameKindRows`):
 * per entity `{ forms, part, person }`, `part` when a casting cue or side puts it on the part side
 * and nothing on an actor's side or a real person's cue, `person` when the text writes a form with
 * a real life's words, or an actor's side or a real person's cue (a role noun, a crew cue, an
 * office noun, a courtesy title) stands with no part's cue; its full-name forms only. `names` are the kind features' names, `realCue(text, form)` the text's
 * real-person cue for a form.
 */
export function castReadings(text, rows, names, realCue) {
  const at = new Map(names.map((f, i) => [f, i]));
  const has = (r, fs) => fs.some((f) => r.features[at.get(f)] === 1);
  return rows.map((r) => {
    const forms = r.forms.filter(fullName);
    const part = has(r, PART_FEATURES);
    const actor = has(r, ACTOR_FEATURES);
    const cued = has(r, PERSON_FEATURES);
    // A text's own word of a real life (`the late X`, `a biopic of X`) outweighs its casting: a
    // biopic casts its subject. A role or office noun beside a part's cue is the part's own trade
    // (`FBI agent X`), and an actor's side beside it a misread phrase: the document then tells nothing.
    const person = forms.some((f) => realCue(text, f)) || (!part && (actor || cued));
    return { forms, part: part && !actor && !cued && !person, person };
  });
}

/**
 * Counts, over `docsIn` (`{ name, text }`, in order), the distinct documents that cast each full
 * name as a part and those that read it as a real person (`readings(text)`: {@link castReadings}),
 * by `key(form)`, and keeps the names cast in `min` documents or more and read as a person in at
 * most `share` of that many, and named as a work's title in at most `share` of that many too
 * (`titlesOf(doc)`: the titles a strong cue names, the review's own work): a hero's name that is
 * also a work's title (`John Wick`, `Forrest Gump`) names the work bare as often as the part. A document reading a
 * name both ways counts as a person's; one `castsParts(doc)` is false for counts as a person's only. Each kept
 * name is written as most of the documents casting it write it (ties: the first in code-unit
 * order); the list is sorted.
 */
export function learnPartNames(docsIn, readings, { min = MIN_DOCUMENTS, share = MAX_PERSON_SHARE, key = (s) => s, castsParts = () => true, titlesOf = () => [] } = {}) {
  const partDocs = new Map();
  const titleDocs = new Map();
  const personDocs = new Map();
  const spellings = new Map();
  let read = 0;
  for (const doc of docsIn) {
    read++;
    for (const k of new Set(titlesOf(doc).filter(Boolean).map(key))) titleDocs.set(k, (titleDocs.get(k) ?? 0) + 1);
    const part = new Map();
    const person = new Set();
    for (const r of readings(doc.text)) {
      for (const form of r.forms) {
        const k = key(form);
        if (!k) continue;
        if (r.person) person.add(k);
        else if (r.part && !part.has(k)) part.set(k, form.trim().replace(/\s+/g, ' '));
      }
    }
    for (const k of person) personDocs.set(k, (personDocs.get(k) ?? 0) + 1);
    for (const [k, form] of part) {
      if (person.has(k) || !castsParts(doc)) continue;
      partDocs.set(k, (partDocs.get(k) ?? 0) + 1);
      if (!spellings.has(k)) spellings.set(k, new Map());
      spellings.get(k).set(form, (spellings.get(k).get(form) ?? 0) + 1);
    }
  }
  const names = [];
  const stats = [];
  for (const [k, n] of partDocs) {
    const against = personDocs.get(k) ?? 0;
    const spelt = mostWritten(spellings.get(k));
    const titled = titleDocs.get(k) ?? 0;
    stats.push({ name: spelt, part: n, person: against, title: titled });
    if (n >= min && against <= share * n && titled <= share * n) names.push(spelt);
  }
  names.sort();
  stats.sort((a, b) => b.part - a.part || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { names, read, stats };
}

/** The data file's text (no corpus figures: the list itself is the result). */
export function source(names, min, share) {
  const lines = names.map((t) => `  ${JSON.stringify(t)},`);
  return `// Generated by scripts/learn-part-names.mjs (npm run learn:parts); do not edit by hand.
/**
 * Full names of parts readers know, learned from the unlabelled corpus (news, blogs, web posts,
 * IMDb and MyAnimeList reviews; the development, evaluation and training texts never read): each
 * is a name of two words or more that the names stage's casting readers put on the part side
 * (\`X as Y\`, \`Y (X)\`, \`played Y\`, \`the role of Y\`) in at least ${min} distinct documents,
 * news reports not counted (they cast biopics' real subjects), and that documents read as a real
 * person (an actor's side, a role noun, a crew cue, an age, a biopic's subject) or name as a
 * work's title in at most ${share * 100}% as many. A text that names one bare names that part. Case
 * as most documents write it; matched by letters and digits alone.
 */
export const KNOWN_PART_NAMES: readonly string[] = [
${lines.join('\n')}
];
`;
}

/** Reads the corpus (a missing directory is an error), learns the list, and writes or checks it. */
async function main() {
  const corpus = arg('--corpus', join(root, '..', 'shared', 'corpus'));
  const min = Number(arg('--min', String(MIN_DOCUMENTS)));
  const share = Number(arg('--share', String(MAX_PERSON_SHARE)));
  const skip = corpusSkipList(corpus);
  const stages = await import(pathToFileURL(join(root, 'bench', 'build', 'stages.js')).href);
  // Read with no part name known, so the list learned does not depend on the list shipped.
  const readings = (text) => castReadings(text, stages.withoutKnownParts(() => stages.nameKindRows(text)), stages.KIND_FEATURES, stages.realPersonCued);
  const titlesOf = (doc) => [...doc.own, ...stages.stronglyCuedWorkTitles(doc.text)];
  const { names, read, stats } = learnPartNames(corpusDocuments(corpus, skip), readings, { min, share, key: stages.partNameKey, castsParts: fromReviews, titlesOf });
  const statsFile = arg('--stats', '');
  if (statsFile) writeFileSync(statsFile, stats.map((x) => `${x.part}\t${x.person}\t${x.title}\t${x.name}`).join('\n') + '\n');
  const text = source(names, min, share);
  console.log(`${names.length} part names from ${read} documents`);
  dumpCheckOrWrite(names, text, PARTS_FILE, 'npm run learn:parts');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
