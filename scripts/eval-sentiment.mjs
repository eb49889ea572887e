// Sentiment evaluation on ../shared/corpus (skips with a message when it is absent): review-lens
// side by side with plain wink-nlp, VADER (vader-sentiment) and AFINN (sentiment), in one run.
//   IMDb reviews (999 documents): accuracy of the score's sign against the label (0 is wrong)
//   UCI sentences (3,000): the same
//   VADER movie snippets (10,605): Pearson r with the human mean rating
// `--half A` or `--half B` scores only one half of each set (alternate items), for tuning on one
// half and reporting on the other.
//   node scripts/eval-sentiment.mjs [--half A|B]      (after npm run build)
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import vader from 'vader-sentiment';
import Sentiment from 'sentiment';
import { analyzeReview } from '../dist/index.js';
import { csvObjects } from './csv.mjs';

const corpus = join(import.meta.dirname, '..', '..', 'shared', 'corpus');
if (!existsSync(corpus)) {
  console.log(`eval-sentiment: ${corpus} not found; nothing to evaluate`);
  process.exit(0);
}
const halfArg = process.argv.indexOf('--half');
const half = halfArg >= 0 ? process.argv[halfArg + 1] : null;
const keep = (_, i) => half === null || (half === 'A' ? i % 2 === 0 : i % 2 === 1);

const read = (p) => readFileSync(join(corpus, p), 'utf8').replace(/^\uFEFF/, '');
const imdb = csvObjects(read('reviews/imdb-first-999.csv'))
  .map((r) => ({ text: r.review, label: r.sentiment === 'positive' ? 1 : -1 }))
  .filter(keep);
const uci = ['amazon_cells_labelled.txt', 'imdb_labelled.txt', 'yelp_labelled.txt']
  .flatMap((f) =>
    read(`sentiment/uci-labelled-sentences/${f}`)
      .split('\n')
      .map((l) => l.replace(/\r$/, ''))
      .filter((l) => l.includes('\t'))
      .map((l) => ({ text: l.slice(0, l.lastIndexOf('\t')), label: l.endsWith('1') ? 1 : -1 })),
  )
  .filter(keep);
const snippets = read('sentiment/vader-icwsm2014/movieReviewSnippets_GroundTruth.txt')
  .split('\n')
  .map((l) => l.replace(/\r$/, '').split('\t'))
  .filter((c) => c.length >= 3)
  .map((c) => ({ text: c.slice(2).join('\t'), mean: Number(c[1]) }))
  .filter(keep);

const nlp = winkNLP(model, ['sbd', 'negation', 'sentiment']);
const afinn = new Sentiment();
const systems = {
  'review-lens': (t) => analyzeReview(t).sentiment.score,
  'wink-nlp': (t) => nlp.readDoc(t).out(nlp.its.sentiment),
  'vader-sentiment': (t) => vader.SentimentIntensityAnalyzer.polarity_scores(t).compound,
  'sentiment (AFINN)': (t) => afinn.analyze(t).comparative,
};

const signAccuracy = (items, f) => items.filter((x) => Math.sign(f(x.text)) === x.label).length / items.length;
function pearson(items, f) {
  const xs = items.map((x) => f(x.text));
  const ys = items.map((x) => x.mean);
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  xs.forEach((x, i) => {
    sxy += (x - mx) * ((ys[i] ?? 0) - my);
    sxx += (x - mx) ** 2;
    syy += ((ys[i] ?? 0) - my) ** 2;
  });
  return sxy / Math.sqrt(sxx * syy);
}

console.log(`sentiment evaluation${half ? ` (half ${half})` : ''}: IMDb ${imdb.length} reviews, UCI ${uci.length} sentences, VADER movie snippets ${snippets.length}`);
console.log(`| system | IMDb reviews (doc, sign) | UCI sentences (sign) | movie snippets (Pearson r) |`);
console.log(`|---|---|---|---|`);
for (const [name, f] of Object.entries(systems)) {
  console.log(`| ${name} | ${signAccuracy(imdb, f).toFixed(3)} | ${signAccuracy(uci, f).toFixed(3)} | ${pearson(snippets, f).toFixed(3)} |`);
}
