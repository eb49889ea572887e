// Name-form merging measured on the Project Dialogism Novel Corpus (../shared/corpus/quotes/pdnc):
// three novels whose character_info.csv lists every character's name forms ("Mr. Wickham",
// "George Wickham", "Wickham"). Labelled by others and fitted on nothing here, it tells how often
// review-lens joins two forms of one character into one entity and how often it joins forms of two.
//   node scripts/eval-aliases.mjs             (after npm run build)
//   node scripts/eval-aliases.mjs --misses    (and every pair kept apart or joined wrongly, classed)
//   node scripts/eval-aliases.mjs --dist DIR  (with the build in DIR instead of ./dist)
//
// Only forms the analysis found count: a form is found when it is the name or an alias of some
// character or person the analysis returns. A form the labels give to two characters ("Miss
// Bennet") is left out, as is every found form the labels do not list.
// - recall: of the pairs of found forms of one labelled character, the share inside one entity;
// - precision: of the pairs of labelled forms inside one entity, the share of one character.
// A pair kept apart is classed by what would join it: `kind` (one a character, the other a person),
// `word` (the two forms share a name word once titles are set aside: "Mr. Darcy", "Fitzwilliam
// Darcy"), `title` (one is a title and a word, the other the word's full name with another title or
// none) or `other` (no word in common: a nickname, a married name, a description). A pair joined
// wrongly is classed `family` when the two forms share a family name, else `other`.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { csvObjects } from './csv.mjs';

const PDNC_ROOT = join(import.meta.dirname, '..', '..', 'shared', 'corpus', 'quotes', 'pdnc');
const NOVELS = ['PrideAndPrejudice', 'AnneOfGreenGables', 'TheSignOfTheFour'];
/** Words that address or rank a person rather than name one: set aside when forms are compared. */
const TITLES = new Set(['mr', 'mrs', 'miss', 'ms', 'dr', 'sir', 'lady', 'lord', 'colonel', 'captain', 'major', 'my', 'dear', 'dearest', 'aunt', 'uncle', 'master', 'mistress', 'inspector', 'sergeant', 'professor', 'rev', 'reverend']);

const key = (s) => s.toLowerCase().replace(/[\s\-.'’]/g, '');
const wordsOf = (s) => s.toLowerCase().split(/[\s.]+/).filter((w) => w && !TITLES.has(w.replace(/[’']s$/, '')));
const setOf = (s) => [...s.matchAll(/'([^']*)'|"([^"]*)"/g)].map((m) => m[1] ?? m[2]);

/**
 * The labelled forms of a character_info.csv text (`Main Name`, `Aliases` as a set or list):
 * key -> { char, text } for each form of exactly one character.
 */
export function goldForms(csvText) {
  const rows = csvObjects(csvText);
  const owners = new Map();
  for (const r of rows) {
    for (const f of new Set([r['Main Name'], ...setOf(r.Aliases)])) {
      const k = key(f);
      if (!k) continue;
      const o = owners.get(k) ?? { chars: new Set(), text: f };
      o.chars.add(r['Main Name']);
      owners.set(k, o);
    }
  }
  const forms = new Map();
  for (const [k, o] of owners) if (o.chars.size === 1) forms.set(k, { char: [...o.chars][0], text: o.text });
  return forms;
}

/** The class of a pair of forms of one character kept apart. */
export function apartClass(a, b, kindA, kindB) {
  if (kindA !== kindB) return 'kind';
  const wa = wordsOf(a);
  const wb = wordsOf(b);
  if (!wa.some((w) => wb.includes(w))) return 'other';
  const titled = (s, ws) => ws.length === 1 && s.toLowerCase().split(/[\s.]+/).filter(Boolean).length > 1;
  return titled(a, wa) || titled(b, wb) ? 'title' : 'word';
}

/**
 * How one analysis merges the labelled forms `gold` ({@link goldForms}): the found forms, the pairs
 * of one character and how many sit in one entity, the pairs inside one entity and how many are of
 * one character, and the pairs kept apart and joined wrongly, classed.
 */
export function mergePairs(a, gold) {
  // Each found labelled form, with the entities it is a form of (a form may sit in two).
  const found = new Map();
  const entities = [...a.characters.map((e) => ({ e, kind: 'character' })), ...a.people.map((e) => ({ e, kind: 'person' }))];
  for (const { e, kind } of entities) {
    for (const f of new Set([e.name, ...e.aliases])) {
      const k = key(f);
      if (!gold.has(k)) continue;
      const list = found.get(k) ?? [];
      list.push({ id: e.id, kind, name: e.name });
      found.set(k, list);
    }
  }
  const apart = [];
  let goldPairs = 0;
  let joined = 0;
  const keys = [...found.keys()].sort();
  for (let i = 0; i < keys.length; i++) {
    for (let j = i + 1; j < keys.length; j++) {
      const ga = gold.get(keys[i]);
      const gb = gold.get(keys[j]);
      if (ga.char !== gb.char) continue;
      goldPairs++;
      const ea = found.get(keys[i]);
      const eb = found.get(keys[j]);
      if (ea.some((x) => eb.some((y) => y.id === x.id))) joined++;
      else apart.push({ char: ga.char, a: ga.text, b: gb.text, in: [ea[0].name, eb[0].name], cls: apartClass(ga.text, gb.text, ea[0].kind, eb[0].kind) });
    }
  }
  const wrong = [];
  let entityPairs = 0;
  let right = 0;
  for (const { e } of entities) {
    const forms = [...new Set([e.name, ...e.aliases].map(key))].filter((k) => gold.has(k)).sort();
    for (let i = 0; i < forms.length; i++) {
      for (let j = i + 1; j < forms.length; j++) {
        entityPairs++;
        const ga = gold.get(forms[i]);
        const gb = gold.get(forms[j]);
        if (ga.char === gb.char) right++;
        else {
          const shared = wordsOf(ga.text).some((w) => wordsOf(gb.text).includes(w));
          wrong.push({ entity: e.name, a: `${ga.text} (${ga.char})`, b: `${gb.text} (${gb.char})`, cls: shared ? 'family' : 'other' });
        }
      }
    }
  }
  return { foundForms: found.size, goldForms: gold.size, goldPairs, joined, entityPairs, right, apart, wrong };
}

/** {@link mergePairs} for one novel of the corpus. */
function measureNovel(analyze, novel) {
  const gold = goldForms(readFileSync(join(PDNC_ROOT, novel, 'character_info.csv'), 'utf8'));
  return { novel, ...mergePairs(analyze(readFileSync(join(PDNC_ROOT, novel, 'novel_text.txt'), 'utf8')), gold) };
}

const tally = (list) => Object.entries(list.reduce((m, x) => ((m[x.cls] = (m[x.cls] ?? 0) + 1), m), {})).sort((x, y) => y[1] - x[1]).map(([c, n]) => `${c} ${n}`).join(', ');
const ratio = (n, d) => (d ? (n / d).toFixed(3) : '-');

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  if (!existsSync(PDNC_ROOT)) {
    console.log(`eval-aliases: ${PDNC_ROOT} not found; nothing to measure`);
    process.exit(0);
  }
  const distAt = process.argv.indexOf('--dist');
  const dist = distAt > 0 ? resolve(process.argv[distAt + 1]) : join(import.meta.dirname, '..', 'dist');
  const { analyzeReview } = await import(pathToFileURL(join(dist, 'index.js')).href);
  const showMisses = process.argv.includes('--misses');
  const total = { goldPairs: 0, joined: 0, entityPairs: 0, right: 0, apart: [], wrong: [] };
  for (const novel of NOVELS) {
    const r = measureNovel(analyzeReview, novel);
    console.log(`${novel.padEnd(18)} forms found ${r.foundForms} of ${r.goldForms}; pairs of one character joined ${r.joined} of ${r.goldPairs} (recall ${ratio(r.joined, r.goldPairs)}); pairs joined right ${r.right} of ${r.entityPairs} (precision ${ratio(r.right, r.entityPairs)})`);
    for (const k of ['goldPairs', 'joined', 'entityPairs', 'right']) total[k] += r[k];
    total.apart.push(...r.apart);
    total.wrong.push(...r.wrong);
    if (showMisses) {
      for (const p of r.apart) console.log(`  apart [${p.cls}] ${p.char}: "${p.a}" in ${p.in[0]} / "${p.b}" in ${p.in[1]}`);
      for (const p of r.wrong) console.log(`  wrong [${p.cls}] ${p.entity}: ${p.a} + ${p.b}`);
    }
  }
  console.log(`all: recall ${ratio(total.joined, total.goldPairs)} (${total.joined} of ${total.goldPairs}), precision ${ratio(total.right, total.entityPairs)} (${total.right} of ${total.entityPairs})`);
  console.log(`kept apart ${total.apart.length}: ${tally(total.apart)}; joined wrongly ${total.wrong.length}: ${tally(total.wrong)}`);
}
