// Learns a small correction to the sentiment lexicon from the VADER movie-review snippets in
// ../shared/corpus and writes src/data/sentiment-word-shifts.ts (after npm run build).
//
//   node scripts/fit-word-shifts.mjs [--check]
//
// Fitted on half A of the snippets (items 0, 2, 4, … in file order, as eval-sentiment.mjs splits
// them), so half B, the UCI sentences and the IMDb reviews stay held out. Each snippet is read by
// the pipeline; its model score is the mean of its hits' values, each hit's value being
// (lexicon score + shift of its word) × negation sign × its word and contrast factors (a negated
// word of blame × NEGATED_BLAME_WEIGHT), negative values weighed NEGATIVE_WEIGHT as the stage
// weighs them. The shifts of the words that are a hit at least MIN_COUNT times are fitted to the
// snippets' human mean rating (over 4, times a scale fitted first with no shift) by least squares with an L2 penalty, by plain batch gradient descent
// from zero: fixed steps, sums in a fixed order and no transcendental function, so two runs give
// the same bytes. --check compares with the shipped file instead of writing it.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const OUT = join(here, '..', 'src', 'data', 'sentiment-word-shifts.ts');
const SNIPPETS = join(here, '..', '..', 'shared', 'corpus', 'sentiment', 'vader-icwsm2014', 'movieReviewSnippets_GroundTruth.txt');

/** A word is fitted when it is a single-word hit in at least this many snippets' hits. */
const MIN_COUNT = 5;
/** Gradient descent: iterations, step, L2 penalty, and the largest shift either way. */
const ITERATIONS = 600;
const STEP = 10;
const L2 = 0.001;
const MAX_SHIFT = 0.5;
/**
 * A shifted score keeps the lexicon's sign and at least this size: the snippets correct how strong
 * a word is, not which way it points (a word that reads the other way in a few snippets, as "jokes"
 * in "the jokes fall flat", is read in its context, not turned round everywhere).
 */
const MIN_SCORE = 0.05;

if (!existsSync(SNIPPETS)) {
  console.log(`fit-word-shifts: ${SNIPPETS} not found; nothing to fit`);
  process.exit(0);
}
const stages = await import('../bench/build/stages.js');
const { NEGATED_BLAME_WEIGHT, NEGATIVE_WEIGHT } = stages;
const options = stages.resolveOptions(undefined);

const snippets = readFileSync(SNIPPETS, 'utf8')
  .replace(/^\uFEFF/, '')
  .split('\n')
  .map((l) => l.replace(/\r$/, '').split('\t'))
  .filter((c) => c.length >= 3)
  .map((c) => ({ text: c.slice(2).join('\t'), mean: Number(c[1]) }))
  .filter((_, i) => i % 2 === 0);

/** Each snippet's hits, `{ word (null: a phrase), sign, factor, score }`, and its target. */
const rows = [];
const counts = new Map();
for (const s of snippets) {
  const run = stages.runPipeline(s.text, options);
  const tokenAt = new Map(run.annotation.tokens.map((t) => [t.start, t]));
  const hits = [];
  for (const h of run.sentiment.hits) {
    if (h.sentence < 0) continue;
    const token = tokenAt.get(h.start);
    const word = token && token.end === h.end ? token.normal : null;
    hits.push({ word, sign: h.negated ? -1 : 1, factor: h.factor, score: h.score, j: -1 });
    if (word !== null) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  if (hits.length > 0) rows.push({ hits, target: s.mean / 4 });
}
const vocabulary = [...counts].filter(([, n]) => n >= MIN_COUNT).map(([w]) => w).sort();
const index = new Map(vocabulary.map((w, j) => [w, j]));
/** Each fitted word's lexicon score (a word's single-word hits all score the same). */
const lexicon = new Float64Array(vocabulary.length);
for (const r of rows) {
  for (const h of r.hits) {
    h.j = h.word === null ? -1 : (index.get(h.word) ?? -1);
    if (h.j >= 0) lexicon[h.j] = h.score;
  }
}
/** The shifts a word may take: within ±MAX_SHIFT, its shifted score on the lexicon's side of 0. */
const low = vocabulary.map((_, j) => Math.max(-MAX_SHIFT, lexicon[j] > 0 ? MIN_SCORE - lexicon[j] : -Infinity));
const high = vocabulary.map((_, j) => Math.min(MAX_SHIFT, lexicon[j] < 0 ? -MIN_SCORE - lexicon[j] : Infinity));

/** A negated word of blame counts NEGATED_BLAME_WEIGHT of its score, as the stage weighs it. */
const negationWeight = (h) => (h.sign < 0 && h.score < 0 ? NEGATED_BLAME_WEIGHT : 1);
const valueOf = (h, shifts) => h.sign * (h.score + (h.j >= 0 ? shifts[h.j] : 0)) * h.factor * negationWeight(h);
const lean = (v) => (v < 0 ? v * NEGATIVE_WEIGHT : v);
const predict = (r, shifts) => r.hits.reduce((a, h) => a + lean(valueOf(h, shifts)), 0) / r.hits.length;

const shifts = new Float64Array(vocabulary.length);
let sxy = 0;
let sxx = 0;
for (const r of rows) {
  const p = predict(r, shifts);
  sxy += p * r.target;
  sxx += p * p;
}
const scale = sxy / sxx;
for (let it = 0; it < ITERATIONS; it++) {
  const gradient = new Float64Array(vocabulary.length);
  for (const r of rows) {
    const error = scale * predict(r, shifts) - r.target;
    for (const h of r.hits) {
      if (h.j < 0) continue;
      const slope = valueOf(h, shifts) < 0 ? NEGATIVE_WEIGHT : 1;
      gradient[h.j] += (2 * error * scale * h.sign * h.factor * negationWeight(h) * slope) / r.hits.length;
    }
  }
  for (let j = 0; j < shifts.length; j++) {
    const next = shifts[j] - STEP * (gradient[j] / rows.length + L2 * shifts[j]);
    shifts[j] = Math.max(low[j], Math.min(high[j], next));
  }
}

const kept = vocabulary.map((w, j) => [w, Math.round(shifts[j] * 100) / 100 + 0]).filter(([, d]) => d !== 0);
const lines = [];
for (let k = 0; k < kept.length; k += 6) lines.push(`  ${kept.slice(k, k + 6).map(([w, d]) => `[${quote(w)}, ${d}]`).join(', ')},`);
const source = `// Written by scripts/fit-word-shifts.mjs from half A of the VADER movie-review snippets in
// ../shared/corpus: do not edit by hand.

/**
 * Learned shifts of single words' lexicon scores: what a word says in movie reviews, against what
 * wink's general lexicon gives it ("bad" reads worse, "chilling" and "creepy" praise a thriller).
 * Fitted on ${rows.length} snippets to their human mean rating: the ${vocabulary.length} words that are a hit at
 * least ${MIN_COUNT} times, least squares with an L2 penalty, each shifted score kept on its
 * lexicon score's side of 0; shifts that round to 0 at two places are left out.
 */
export const WORD_SHIFTS: ReadonlyMap<string, number> = new Map([
${lines.join('\n')}
]);
`;

/** A word as a single-quoted TypeScript string. */
function quote(w) {
  return `'${w.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

if (process.argv.includes('--check')) {
  const same = existsSync(OUT) && readFileSync(OUT, 'utf8') === source;
  console.log(same ? `fit-word-shifts: ${OUT} is up to date (${kept.length} words)` : `fit-word-shifts: ${OUT} differs from its fit`);
  process.exit(same ? 0 : 1);
}
writeFileSync(OUT, source);
console.log(`fit-word-shifts: ${kept.length} shifts of ${vocabulary.length} words fitted on ${rows.length} snippets, scale ${scale.toFixed(3)}; written to ${OUT}`);
