// Measures name-finding recall on ../shared/corpus/names: every character name of the K-drama
// cast list, placed once in each of a few template sentences, must come back as a character or
// person with exactly that name. Prints the recall per template and overall.
//   node scripts/name-recall.mjs [--json]
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const TEMPLATES = [
  'I really liked {name} in this drama.',
  'The scene where {name} finally confesses made me cry.',
  'Honestly, {name} was the most annoying character for me.',
];

/** Clean names from the cast list: descriptions in brackets and aliases after "/" dropped. */
export function castNames(csvText) {
  const names = new Set();
  for (const line of csvText.split('\n').slice(1)) {
    const cells = [];
    let cell = '';
    let quoted = false;
    for (const ch of line) {
      if (ch === '"') quoted = !quoted;
      else if (ch === ',' && !quoted) {
        cells.push(cell);
        cell = '';
      } else cell += ch;
    }
    cells.push(cell);
    const raw = (cells[1] ?? '').replace(/\[[^[\]]*\]/g, '').split('/')[0].replace(/["“”]/g, '').replace(/\s+/g, ' ').trim();
    // Only names: two to four capitalised words, letters and hyphens.
    if (/^\p{Lu}[\p{L}'-]*(?: \p{Lu}[\p{L}'-]*){1,3}$/u.test(raw)) names.add(raw);
  }
  return [...names].sort();
}

/** Recall of `analyze` (analyzeReview from src or dist) over the names in every template. */
export function recall(names, analyze) {
  const key = (s) => s.toLowerCase().replace(/[\s-]/g, '');
  const perTemplate = TEMPLATES.map((t) => {
    let found = 0;
    const missed = [];
    for (const name of names) {
      const a = analyze(t.replace('{name}', name));
      const ok = [...a.characters, ...a.people].some((e) => key(e.name) === key(name));
      if (ok) found++;
      else missed.push(name);
    }
    return { template: t, found, total: names.length, recall: found / names.length, missed };
  });
  const found = perTemplate.reduce((n, r) => n + r.found, 0);
  const total = perTemplate.reduce((n, r) => n + r.total, 0);
  return { recall: found / total, found, total, perTemplate };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const path = join(import.meta.dirname, '..', '..', 'shared', 'corpus', 'names', 'cast_characters.csv');
  if (!existsSync(path)) {
    console.log(`name-recall: ${path} not found; nothing to measure`);
    process.exit(0);
  }
  const { analyzeReview } = await import('../dist/index.js');
  const names = castNames(readFileSync(path, 'utf8'));
  const r = recall(names, analyzeReview);
  if (process.argv.includes('--json')) console.log(JSON.stringify(r, null, 2));
  else {
    for (const t of r.perTemplate) console.log(`${t.recall.toFixed(3)}  ${t.found}/${t.total}  ${t.template}   e.g. missed: ${t.missed.slice(0, 6).join(', ')}`);
    console.log(`overall name recall ${r.recall.toFixed(3)} (${r.found}/${r.total})`);
  }
}
