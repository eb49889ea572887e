// Speaker evaluation in one run, side by side (after npm run build; `npm run eval:speakers` builds):
//   dev       ../shared/dev, scored by ../shared/tools/score.mjs (its summary line only: the dev set
//             is measured, never read)
//   fixtures  ../shared/fixtures against ../shared/gold, by the same scorer
//   PDNC      the explicit quotations of the three PDNC novels (scripts/pdnc-measure.mjs): the share
//             given the right speaker, and the share wrong of those given one
//   BBC       the 365 BBC entertainment articles of ../shared/corpus/news (no reading): how many
//             speech quotes get a speaker at all
// A set whose files are absent is shown as n/a.
//   node scripts/eval-speakers.mjs
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeReview } from '../dist/index.js';
import { measurePdnc } from './pdnc-measure.mjs';

const root = join(import.meta.dirname, '..');
const shared = join(root, '..', 'shared');
const scorer = join(shared, 'tools', 'score.mjs');

/** The scorer's summary for one set of texts and readings, or null when the set is absent. */
function score(texts, gold) {
  if (!existsSync(scorer) || !existsSync(texts) || !existsSync(gold)) return null;
  const out = execFileSync(process.execPath, [scorer, '--project', root, '--texts', texts, '--gold', gold, '--json'], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  return JSON.parse(out).summary;
}

/** Speech quotes in the BBC articles, and how many of them get a speaker. */
function bbc() {
  const dir = join(shared, 'corpus', 'news', 'bbc-entertainment');
  if (!existsSync(dir)) return null;
  let quotes = 0;
  let attributed = 0;
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt')).sort()) {
    const a = analyzeReview(readFileSync(join(dir, f), 'utf8'));
    for (const q of a.quotes) {
      if (q.kind !== 'speech') continue;
      quotes++;
      if (q.speaker) attributed++;
    }
  }
  return { quotes, attributed };
}

const fmt = (x) => (x === undefined || x === null || Number.isNaN(x) ? 'n/a' : Number.isInteger(x) ? String(x) : x.toFixed(2));
const dev = score(join(shared, 'dev', 'texts'), join(shared, 'dev', 'gold'));
const fixtures = score(join(shared, 'fixtures'), join(shared, 'gold'));
const pdnc = measurePdnc(analyzeReview);
const news = bbc();

console.log('| set | quotesF1 | quoteKind | speaker | falseSpeakers |');
console.log('|---|---|---|---|---|');
for (const [name, s] of [['dev (../shared/dev)', dev], ['fixtures', fixtures]]) {
  console.log(`| ${name} | ${fmt(s?.quotesF1)} | ${fmt(s?.quoteKind)} | ${fmt(s?.speaker)} | ${fmt(s?.falseSpeakers)} |`);
}
console.log('');
if (pdnc) {
  const t = pdnc.total;
  console.log(`PDNC explicit quotations ${t.explicit}: found ${t.found}, right ${t.right} (${pdnc.right.toFixed(3)}), wrong ${t.wrong} (${pdnc.wrong.toFixed(3)} of attributed), none ${t.none}; other quotations given a speaker ${t.otherAttributed} of ${t.other}, right ${t.otherRight}`);
} else console.log('PDNC: n/a (../shared/corpus/quotes/pdnc not found)');
if (news) console.log(`BBC news (no reading): ${news.attributed} of ${news.quotes} speech quotes get a speaker`);
else console.log('BBC news: n/a');
