// Learns the names stage's kind model (character or real person) from the labelled reviews in
// ../shared/train, reports its cross-validated accuracy and writes src/data/name-kind-weights.ts.
//
//   npm run train:names            (builds, then runs this script)
//   node scripts/train-names.mjs [--train DIR]... [--from-scratch] [--check]
//
// Each --train names one labelled set (texts/ and gold/), so a trial can learn from the union of
// several and read each set's held-out figures; without any, ../shared/train alone.
// Each entity the names stage finds is labelled by matching its surface forms to the gold
// characters and people (same normalisation as the scorer); an entity matching neither, both, or
// only an optional entry is left out. Entities explicit evidence settles as characters or as real
// people, and unmarked ones (see kindDecider in src/stages/4-names/kind-decision.ts), are not
// fitted; the settled characters' hit rate is written. The model is L2-regularised logistic regression fitted by
// plain batch gradient descent with a fixed penalty (see L2): fixed start, iterations and step, sums
// in a fixed order, so two runs give the same bytes. A name joined to another in a list reads the
// other's kind as a feature, so the features depend on the weights: the fitting starts from the
// shipped weights (the ones built into bench/build; --from-scratch: from a model that knows
// nothing) and refits until the weights reproduce themselves (see fixedPoint), so a rebuild with
// the written file trains the same bytes again. Shipped weights that still fit the rows they give
// within KEEP_NATS are kept as they are (see fitRound), so a change that moves a few training rows
// does not refit the kinds of real texts. --check compares with the shipped file instead of
// writing it.
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
/** Where the weights go. */
export const WEIGHTS_FILE = join(here, '..', 'src', 'data', 'name-kind-weights.ts');
/** The labelled sets learned from by default: the IMDb reviews beside the clone. */
export const TRAIN_DIRS = [join(here, '..', '..', 'shared', 'train')];

/** Gradient descent: iterations and step. */
const ITERATIONS = 2000;
const STEP = 0.5;
/**
 * The L2 penalty on the weights (not the bias), fixed: a standard normal prior on each weight, the
 * weight of a yes-or-no feature in log-odds, so one cue alone may shift the odds a few times over and
 * rarely by more. It is not picked by cross-validation: on these few hundred names the held-out
 * log-loss is flat over two orders of magnitude of the penalty (far closer than its standard
 * error), so the best grid value follows the noise of a few rows, and each such jump would refit
 * the kinds of real texts for no measured gain. {@link L2_GRID} is still cross-validated, to show
 * that this penalty stays within one standard error of the best.
 */
export const L2 = 1;
/**
 * How far, in nats of the penalised log-likelihood of the fitted rows, the weights a round is given
 * may fall short of a fresh fit and still be kept: half the 95% point of chi-squared on one degree
 * of freedom, so weights are kept while a likelihood-ratio test could not tell them from the refit
 * even on a single parameter. A fresh fit moves every weight and the bias a little whenever one
 * training row changes (a rule that settles a name takes its row out of the fit), and each such
 * move turns the kind of the real texts' names that sit near the decision line; a gap this small,
 * spread over the fitted rows, is a few thousandths of a nat a row, far below the standard error of
 * measured gain. Evidence the rows do bear out (a few relabelled rows) passes the test and
 * refits; so does any change to the feature list, whose new weights were never fitted
 * ({@link trainNames}).
 */
export const KEEP_NATS = 1.92;
/** The L2 penalties whose cross-validated log-loss the training reports beside {@link L2}'s. */
export const L2_GRID = [0.03, 0.1, 0.3, 1, 3, 10, 30];
const FOLDS = 5;
/** Digits the weights are written with. */
const DIGITS = 4;

/** The scorer's name normalisation: case, spaces, hyphens, dots and apostrophes do not count. */
const normName = (s) => String(s ?? '').toLowerCase().replace(/[\s\-‐‑–—.'’‘`]/g, '');

/** 1 for a person, 0 for a character, null when the gold reading does not settle it. */
function labelOf(forms, gold) {
  const keys = new Set(forms.map(normName));
  const hits = (list) => (list ?? []).filter((g) => [g.name, ...(g.aliases ?? [])].some((f) => keys.has(normName(f))));
  const chars = hits(gold.characters);
  const people = hits(gold.people);
  if (chars.length > 0 === people.length > 0) return null;
  const entries = chars.length > 0 ? chars : people;
  if (entries.every((g) => g.optional)) return null;
  return people.length > 0 ? 1 : 0;
}

/**
 * Every document of each set of `trainDirs` (one directory or a list), sets in the order given,
 * documents in name order: `{ set, doc, entities }`, `set` the set's place in the list and `doc`
 * prefixed with it, so two sets may hold files of the same name. `entities` are every entity
 * `rowsOf(text)` (the pipeline's `nameKindRows`) finds, labelled or not, since any may be joined
 * to a labelled one: `{ x, joinedTo, y }`, `x` a copy of its vector, `joinedTo` the entities it is
 * joined to, `y` its label (1 a person, 0 a character, null unlabelled).
 */
export function readDocuments(trainDirs, rowsOf) {
  const docs = [];
  for (const [set, trainDir] of [trainDirs].flat().entries()) {
    const textsDir = join(trainDir, 'texts');
    const goldDir = join(trainDir, 'gold');
    for (const file of readdirSync(goldDir).filter((f) => f.endsWith('.json')).sort()) {
      const gold = JSON.parse(readFileSync(join(goldDir, file), 'utf8'));
      const name = file.replace(/\.json$/, '');
      const text = readFileSync(join(textsDir, `${name}.txt`), 'utf8');
      const entities = rowsOf(text).map((r) => ({ x: [...r.features], joinedTo: r.joinedTo ?? [], y: r.forms.length === 0 ? null : labelOf(r.forms, gold) }));
      docs.push({ set, doc: `${set}/${name}`, entities });
    }
  }
  return docs;
}

/**
 * The labelled rows of `docs` with their joined features read with kind model `model` (the
 * shape of the shipped weights file): `{ set, doc, x, y, settled, settledPerson, unmarked }`. The
 * three flags are `pipeline.kindDecider` of the row's vector: explicit evidence makes it a
 * character (`settled`) or a real person (`settledPerson`), or nothing tells its kind
 * (`unmarked`). The vectors of `docs` are set in place, so the rows hold until the next call.
 */
export function labelledRows(docs, pipeline, model) {
  const rows = [];
  for (const { set, doc, entities } of docs) {
    pipeline.setJoinedFeatures(entities.map((e) => e.x), entities.map((e) => e.joinedTo), model);
    for (const { x, y } of entities) {
      if (y === null) continue;
      const decider = pipeline.kindDecider(x);
      rows.push({ set, doc, x, y, settled: decider === 'character', settledPerson: decider === 'person', unmarked: decider === 'unmarked' });
    }
  }
  return rows;
}

const sigmoid = (z) => 1 / (1 + Math.exp(-z));

/** Fits bias and weights on `rows` by batch gradient descent with L2 penalty `l2`. */
export function fit(rows, width, l2) {
  const w = new Array(width).fill(0);
  let b = 0;
  const n = rows.length;
  const g = new Array(width);
  for (let t = 0; t < ITERATIONS; t++) {
    g.fill(0);
    let gb = 0;
    for (const { x, y } of rows) {
      let z = b;
      for (let i = 0; i < width; i++) z += w[i] * x[i];
      const e = sigmoid(z) - y;
      gb += e;
      for (let i = 0; i < width; i++) g[i] += e * x[i];
    }
    b -= (STEP * gb) / n;
    for (let i = 0; i < width; i++) w[i] -= (STEP * (g[i] + l2 * w[i])) / n;
  }
  return { bias: b, weights: w };
}

/**
 * The penalised negative log-likelihood {@link fit} minimises, at `model` (bias and weights in
 * feature order) on `rows`, with L2 penalty `l2` on the weights.
 */
export function objective(rows, model, l2) {
  let s = 0;
  for (const { x, y } of rows) s += surprise(y, probability(model, x));
  return s + (l2 / 2) * model.weights.reduce((a, v) => a + v * v, 0);
}

/** The model's probability that `x` is a real person. */
const probability = (model, x) => {
  let z = model.bias;
  for (let i = 0; i < x.length; i++) z += model.weights[i] * x[i];
  return sigmoid(z);
};

/** The negative log-likelihood of label `y` under probability `p` (kept off 0 and 1). */
const surprise = (y, p) => {
  const q = Math.min(1 - 1e-12, Math.max(1e-12, p));
  return -Math.log(y === 1 ? q : 1 - q);
};

/** F1 of class `c` from pairs of gold and predicted labels. */
function f1(pairs, c) {
  const tp = pairs.filter(([y, p]) => y === c && p === c).length;
  const predicted = pairs.filter(([, p]) => p === c).length;
  const gold = pairs.filter(([y]) => y === c).length;
  return predicted + gold === 0 ? 0 : (2 * tp) / (predicted + gold);
}

/** A row the model is fitted on: neither settled by explicit evidence nor unmarked. */
const fitted = (r) => !r.settled && !r.settledPerson && !r.unmarked;

/**
 * Cross-validation with folds by document, L2 penalty `l2`: within each set, its k-th document (in
 * name order, counting those with a labelled entity) goes to fold k mod 5, so every fold holds
 * documents of every set. `logLoss` is the mean negative log-likelihood of the held-out rows the
 * model weighs (the settled and unmarked ones do not depend on it), `logLossError` its standard
 * error over those rows. `bySet` gives each set's held-out accuracy and F1s.
 */
export function crossValidate(rows, width, l2) {
  const docs = [...new Set(rows.map((r) => r.doc))];
  const setOf = new Map(rows.map((r) => [r.doc, r.set]));
  const seen = new Map();
  const foldOf = new Map();
  for (const d of docs) {
    const k = seen.get(setOf.get(d)) ?? 0;
    seen.set(setOf.get(d), k + 1);
    foldOf.set(d, k % FOLDS);
  }
  const pairs = [];
  const setPairs = new Map();
  const losses = [];
  for (let f = 0; f < FOLDS; f++) {
    const model = fit(rows.filter((r) => foldOf.get(r.doc) !== f && fitted(r)), width, l2);
    for (const r of rows) {
      if (foldOf.get(r.doc) !== f) continue;
      let pair;
      if (!fitted(r)) pair = [r.y, r.settledPerson ? 1 : 0];
      else {
        const p = probability(model, r.x);
        pair = [r.y, p >= 0.5 ? 1 : 0];
        losses.push(surprise(r.y, p));
      }
      pairs.push(pair);
      if (!setPairs.has(r.set)) setPairs.set(r.set, []);
      setPairs.get(r.set).push(pair);
    }
  }
  const logLoss = losses.reduce((s, l) => s + l, 0) / losses.length;
  const spread = losses.reduce((s, l) => s + (l - logLoss) ** 2, 0) / (losses.length - 1);
  const people = rows.filter((r) => r.y === 1).length;
  return {
    l2,
    logLoss,
    logLossError: Math.sqrt(spread / losses.length),
    entities: rows.length,
    documents: docs.length,
    people,
    characters: rows.length - people,
    accuracy: pairs.filter(([y, p]) => y === p).length / pairs.length,
    majority: Math.max(people, rows.length - people) / rows.length,
    personF1: f1(pairs, 1),
    characterF1: f1(pairs, 0),
    settled: rows.filter((r) => r.settled).length,
    settledPerson: rows.filter((r) => r.settledPerson).length,
    settledPersonRight: rows.filter((r) => r.settledPerson && r.y === 1).length,
    unmarked: rows.filter((r) => r.unmarked).length,
    bySet: [...setPairs.keys()].sort((a, b) => a - b).map((set) => {
      const p = setPairs.get(set);
      return { set, entities: p.length, accuracy: p.filter(([y, q]) => y === q).length / p.length, personF1: f1(p, 1), characterF1: f1(p, 0) };
    }),
  };
}

/** A number with {@link DIGITS} decimals, never `-0.0000`. */
const fixed = (v) => {
  const s = v.toFixed(DIGITS);
  return /^-0\.0+$/.test(s) ? s.slice(1) : s;
};

/** How often the rows `which` picks are characters, smoothed: (characters + 1) / (rows + 2). */
export function characterRate(rows, which = 'settled') {
  const picked = rows.filter((r) => r[which]);
  return (picked.filter((r) => r.y === 0).length + 1) / (picked.length + 2);
}

/** A shipped-shape model (weights by name) as {@link fit} gives one (weights in `names` order). */
const modelOf = (model, names) => ({ bias: model.bias, weights: names.map((f) => model.weights[f]) });

/** A weight as the weights file writes it and the analysis reads it back. */
const shippedNumber = (v) => Number(fixed(v));

/**
 * The kind model as the analysis will read it from the weights file: the fitted numbers rounded
 * to {@link DIGITS} decimals, weights by feature name, in the shape of `NAME_KIND_WEIGHTS`.
 */
export function shippedModel(model, names, settledCharacter, unmarkedCharacter) {
  return {
    bias: shippedNumber(model.bias),
    weights: Object.fromEntries(names.map((f, i) => [f, shippedNumber(model.weights[i])])),
    settledCharacter: shippedNumber(settledCharacter),
    unmarkedCharacter: shippedNumber(unmarkedCharacter),
  };
}

/** The weights file's text. */
export function weightsSource(model, names, settledCharacter, unmarkedCharacter) {
  const lines = names.map((f, i) => `    ${f}: ${fixed(model.weights[i])},`);
  return `// Written by scripts/train-names.mjs (\`npm run train:names\`) from the labelled reviews in
// ../shared/train: do not edit by hand.
import type { KindFeature } from './name-kind-features';

/**
 * The character-or-person model: p(person) = sigmoid(bias + Σ weight × feature), for entities that
 * explicit evidence does not settle; \`settledCharacter\`: how often a settled character is one;
 * \`unmarkedCharacter\`: how often a name with no evidence either way is a character.
 */
export const NAME_KIND_WEIGHTS: {
  readonly bias: number;
  readonly weights: Readonly<Record<KindFeature, number>>;
  readonly settledCharacter: number;
  readonly unmarkedCharacter: number;
} = {
  bias: ${fixed(model.bias)},
  weights: {
${lines.join('\n')}
  },
  settledCharacter: ${fixed(settledCharacter)},
  unmarkedCharacter: ${fixed(unmarkedCharacter)},
};
`;
}

/**
 * True when share `given` of the rows `which` picks still holds on `rows`: the fresh share
 * ({@link characterRate}) lies within one standard error of it, sqrt(p(1 - p) / n), so one name
 * settled or unsettled does not rewrite it.
 */
export function shareHolds(rows, which, given) {
  const n = rows.filter((r) => r[which]).length;
  return Math.abs(characterRate(rows, which) - given) <= Math.sqrt((given * (1 - given)) / Math.max(1, n));
}

/**
 * One round of the fitting: the joined features of `docs` read with kind model `given` (the
 * shipped shape, see {@link shippedModel}), the model fitted with {@link L2} on the rows it weighs,
 * and the settled and unmarked shares. With `keepNats` above 0, `given` is kept as it is (`kept`)
 * when a fresh fit beats it on those rows by less than `keepNats` nats of the penalised
 * log-likelihood (`gap`, see {@link KEEP_NATS}) and both its shares hold ({@link shareHolds}).
 * `next` is the model as the weights file ships it, `source` that file's text, `model` its bias and
 * weights in `names` order; `rows` hold the features `given` gave.
 */
export function fitRound(docs, pipeline, names, given, keepNats = 0) {
  const rows = labelledRows(docs, pipeline, given);
  const weighed = rows.filter(fitted);
  const fresh = fit(weighed, names.length, L2);
  const kept = modelOf(given, names);
  const gap = objective(weighed, kept, L2) - objective(weighed, fresh, L2);
  const keep = keepNats > 0 && gap < keepNats && shareHolds(rows, 'settled', given.settledCharacter) && shareHolds(rows, 'unmarked', given.unmarkedCharacter);
  const model = keep ? kept : fresh;
  const settledCharacter = keep ? given.settledCharacter : characterRate(rows, 'settled');
  const unmarkedCharacter = keep ? given.unmarkedCharacter : characterRate(rows, 'unmarked');
  return {
    rows,
    model,
    settledCharacter,
    unmarkedCharacter,
    gap,
    kept: keep,
    next: shippedModel(model, names, settledCharacter, unmarkedCharacter),
    source: weightsSource(model, names, settledCharacter, unmarkedCharacter),
  };
}

/**
 * The model that knows nothing: every probability one half and every share one half, so no kind
 * is sure and no join passes one on. `--from-scratch` starts the fitting from it, so what it
 * learns then depends on the labelled data and the code alone.
 */
export function blankModel(names) {
  return { bias: 0, weights: Object.fromEntries(names.map((f) => [f, 0])), settledCharacter: 0.5, unmarkedCharacter: 0.5 };
}

/** `model` with a weight for each of `names`, 0 for a feature it has none for (one added since). */
export function startModel(model, names) {
  return { ...model, weights: Object.fromEntries(names.map((f) => [f, model.weights[f] ?? 0])) };
}

/** Most rounds the fitting takes to reach weights that reproduce themselves. */
export const MAX_ROUNDS = 20;

/**
 * The weights that reproduce themselves: a name's joined features come from the kinds the model
 * is sure of among the names joined to it, so the features depend on the weights. Starting from
 * `start`, each round reads the joined features with the weights the round before shipped and
 * fits again, until a round ships the weights it was given (`reproduces`): the analysis, reading the
 * joined features with the shipped weights, then sees the rows the weights were fitted on. The
 * rounds can settle on more than one such set of weights, so the training starts from the
 * shipped ones: weights that already reproduce themselves stay as they are, and a change to the
 * features moves them from there, not to wherever a blank start would settle, which could change
 * the kinds of real texts for no measured gain. A kind is passed on only past a threshold of
 * sureness, so the rounds may instead come back to weights they gave before and go round a cycle;
 * then, of the cycle's weights, the ones whose file text sorts first are kept, the same whichever
 * of them the rounds started from, so a rebuild still trains the same bytes, and `reproduces` is
 * false. Weights still changing after {@link MAX_ROUNDS} rounds are kept as the last round left
 * them. `rounds` counts the rounds fitted. The first round keeps `start` when it still fits within
 * `keepNats` ({@link fitRound}); then it reproduces itself at once (`kept`). `gap` is how much a
 * fresh fit beats `start` in that first round.
 * Once a round refits, the rounds after it look for exact reproduction, as from scratch.
 */
export function fixedPoint(docs, pipeline, names, start, keepNats = 0) {
  let given = start;
  let previous = weightsSource(modelOf(start, names), names, start.settledCharacter, start.unmarkedCharacter);
  // Each round's file text and the weights it was fitted from.
  const sources = [];
  const givens = [];
  // How much a fresh fit beats `start` on the rows it gives: the first round's gap.
  let gap = 0;
  for (let round = 1; ; round++) {
    const result = fitRound(docs, pipeline, names, given, round === 1 ? keepNats : 0);
    if (round === 1) gap = result.gap;
    if (result.source === previous) return { ...result, gap, rounds: round, reproduces: true };
    const back = sources.indexOf(result.source);
    if (back >= 0) {
      let first = back;
      for (let i = back + 1; i < sources.length; i++) if (sources[i] < sources[first]) first = i;
      return { ...fitRound(docs, pipeline, names, givens[first]), gap, rounds: round, reproduces: false, kept: false };
    }
    if (round === MAX_ROUNDS) return { ...result, gap, rounds: round, reproduces: false, kept: false };
    sources.push(result.source);
    givens.push(given);
    previous = result.source;
    given = result.next;
  }
}

/**
 * The whole training: the documents' entities, the weights at their fixed point
 * ({@link fixedPoint}), cross-validation of each penalty of {@link L2_GRID} (`grid`) and of
 * {@link L2} (`cv`) on the rows the fixed point's weights give, and the file's text. Nothing is
 * chosen on the folds. The joined features of held-out rows are read with the weights fitted on
 * every row, a small leak the folds do not repeat, since the fixed point is the model shipped.
 * `pipeline` gives `nameKindRows`, `kindDecider` and `setJoinedFeatures` (src/pipeline-stages.ts);
 * the rounds start from `start` (the shipped weights; by default {@link blankModel}), which is
 * kept when it still fits within `keepNats` (`npm run train:names` passes {@link KEEP_NATS} with
 * the shipped weights, 0 from scratch) and weighs exactly the features of `names`. `kept` and `gap` say whether it was and by how much a fresh
 * fit beats it. The folds always fit afresh, so `cv` measures the fitting, not the start.
 */
export function trainNames(trainDirs, pipeline, names, start = blankModel(names), keepNats = 0) {
  const docs = readDocuments(trainDirs, pipeline.nameKindRows);
  // A feature added or taken out since `start` was fitted: its weights must be fitted, not kept.
  const sameFeatures = Object.keys(start.weights).length === names.length && names.every((f) => f in start.weights);
  const { rows, model, settledCharacter, unmarkedCharacter, source, rounds, reproduces, kept, gap } = fixedPoint(docs, pipeline, names, startModel(start, names), sameFeatures ? keepNats : 0);
  const grid = L2_GRID.map((l2) => crossValidate(rows, names.length, l2));
  const cv = grid.find((c) => c.l2 === L2) ?? crossValidate(rows, names.length, L2);
  return { cv, grid, model, settledCharacter, unmarkedCharacter, source, rounds, reproduces, kept, gap };
}

const isMain = process.argv[1] && pathToFileURL(resolve(process.argv[1])).href === import.meta.url;
if (isMain) {
  const args = process.argv.slice(2);
  const bare = args.findIndex((a, i) => a === '--train' && (i + 1 >= args.length || args[i + 1].startsWith('--')));
  if (bare >= 0) {
    console.error(`review-lens: expected a directory after --train, got ${args[bare + 1] === undefined ? 'nothing' : args[bare + 1]}`);
    process.exit(2);
  }
  const given = args.flatMap((a, i) => (a === '--train' && i + 1 < args.length ? [resolve(args[i + 1])] : []));
  const trainDirs = given.length > 0 ? given : TRAIN_DIRS;
  for (const trainDir of trainDirs) {
    if (!existsSync(join(trainDir, 'gold'))) {
      console.error(`review-lens: expected a training set with texts/ and gold/ at ${trainDir}, got none`);
      process.exit(2);
    }
  }
  const stages = await import(pathToFileURL(join(here, '..', 'bench', 'build', 'stages.js')).href);
  const scratch = args.includes('--from-scratch');
  const start = scratch ? blankModel(stages.KIND_FEATURES) : stages.NAME_KIND_WEIGHTS;
  const { cv, grid, model, settledCharacter, unmarkedCharacter, source, rounds, reproduces, kept, gap } = trainNames(trainDirs, stages, stages.KIND_FEATURES, start, scratch ? 0 : KEEP_NATS);
  const pct = (v) => v.toFixed(3);
  for (const c of grid) console.log(`L2 ${c.l2}: log-loss ${pct(c.logLoss)} ± ${pct(c.logLossError)}, accuracy ${pct(c.accuracy)}, person F1 ${pct(c.personF1)}, character F1 ${pct(c.characterF1)}${c === cv ? ' (the fixed penalty)' : ''}`);
  if (kept) console.log(`the shipped weights still fit: a fresh fit beats them by ${gap.toFixed(3)} nats (under ${KEEP_NATS}) and their shares hold, so they are kept`);
  else if (!scratch) console.log(`refitted: a fresh fit beats the shipped weights by ${gap.toFixed(3)} nats (${KEEP_NATS} or more), a share moved past its standard error, or the features changed`);
  if (reproduces) console.log(`the weights reproduce themselves: ${rounds} round${rounds === 1 ? "" : "s"} of fitting from ${start === stages.NAME_KIND_WEIGHTS ? 'the shipped weights' : 'scratch'}, the last changing nothing`);
  else console.warn(`review-lens: warning: the weights do not reproduce themselves (${rounds} rounds: ${rounds < MAX_ROUNDS ? 'they go round a cycle, and the first of its weights by file text are written' : "still changing, and the last round's are written"}); the analysis reads the joined features of a few names otherwise than this fit did`);
  console.log(`${cv.entities} labelled entities (${cv.people} people, ${cv.characters} characters) in ${cv.documents} documents`);
  console.log(`${FOLDS}-fold cross-validation by document, L2 ${cv.l2} (fixed): log-loss ${pct(cv.logLoss)}, accuracy ${pct(cv.accuracy)} (majority ${pct(cv.majority)}), person F1 ${pct(cv.personF1)}, character F1 ${pct(cv.characterF1)} (${cv.settled} settled as characters and ${cv.settledPerson} as people by explicit evidence, ${cv.settledPersonRight} of those people right, ${cv.unmarked} unmarked taken as characters)`);
  for (const b of cv.bySet) console.log(`  held out, ${trainDirs[b.set]}: ${b.entities} entities, accuracy ${pct(b.accuracy)}, person F1 ${pct(b.personF1)}, character F1 ${pct(b.characterF1)}`);
  console.log(stages.KIND_FEATURES.map((f, i) => `${f} ${fixed(model.weights[i])}`).join(', ') + `, bias ${fixed(model.bias)}, settled characters right ${fixed(settledCharacter)}, unmarked characters right ${fixed(unmarkedCharacter)}`);
  if (args.includes('--check')) {
    const same = readFileSync(WEIGHTS_FILE, 'utf8') === source;
    console.log(same ? 'src/data/name-kind-weights.ts is up to date' : 'src/data/name-kind-weights.ts differs from a fresh training');
    process.exit(same ? 0 : 1);
  }
  writeFileSync(WEIGHTS_FILE, source);
  console.log('wrote src/data/name-kind-weights.ts');
}
