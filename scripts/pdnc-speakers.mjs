// Speaker attribution measured on the Project Dialogism Novel Corpus (../shared/corpus/quotes/pdnc):
// three novels with every quotation's speaker. For each quotation whose speaker the text names
// explicitly ("said Mr. Bennet"), review-lens must find the quote and name that speaker.
//   node scripts/pdnc-speakers.mjs        (after npm run build)
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeReview } from '../dist/index.js';
import { csvObjects } from './csv.mjs';

const root = join(import.meta.dirname, '..', '..', 'shared', 'corpus', 'quotes', 'pdnc');
if (!existsSync(root)) {
  console.log(`pdnc-speakers: ${root} not found; nothing to measure`);
  process.exit(0);
}
const key = (s) => s.toLowerCase().replace(/[\s\-.'’]/g, '');
const setOf = (s) => [...s.matchAll(/'([^']*)'|"([^"]*)"/g)].map((m) => m[1] ?? m[2]);

const total = { explicit: 0, found: 0, right: 0, wrong: 0, none: 0, otherAttributed: 0, otherRight: 0, other: 0 };
for (const novel of ['PrideAndPrejudice', 'AnneOfGreenGables', 'TheSignOfTheFour']) {
  const text = readFileSync(join(root, novel, 'novel_text.txt'), 'utf8');
  const chars = csvObjects(readFileSync(join(root, novel, 'character_info.csv'), 'utf8'));
  const formsOf = new Map(chars.map((c) => [c['Main Name'], new Set([c['Main Name'], ...setOf(c.Aliases)].map(key))]));
  const gold = csvObjects(readFileSync(join(root, novel, 'quotation_info.csv'), 'utf8'));
  const t0 = performance.now();
  const a = analyzeReview(text);
  const ms = performance.now() - t0;
  const entities = new Map([...a.characters, ...a.people].map((e) => [e.id, e]));
  const quotes = a.quotes.filter((q) => q.kind === 'speech');
  let qi = 0;
  const n = { explicit: 0, found: 0, right: 0, wrong: 0, none: 0, otherAttributed: 0, otherRight: 0, other: 0 };
  for (const g of gold) {
    const spans = JSON.parse(g.quoteByteSpans);
    const [start, end] = spans[0];
    while (qi < quotes.length && quotes[qi].end <= start) qi++;
    const q = quotes[qi] && quotes[qi].start < end ? quotes[qi] : null;
    const rightSpeaker = () => {
      const linked = entities.get(q.speaker.characterId ?? q.speaker.personId ?? '');
      const names = [q.speaker.name, ...(linked ? [linked.name, ...linked.aliases] : [])].map(key);
      const forms = formsOf.get(g.speaker) ?? new Set([key(g.speaker)]);
      return names.some((x) => forms.has(x));
    };
    if (g.quoteType !== 'Explicit') {
      n.other++;
      if (q?.speaker) {
        n.otherAttributed++;
        if (rightSpeaker()) n.otherRight++;
      }
      continue;
    }
    n.explicit++;
    if (!q) continue;
    n.found++;
    if (!q.speaker) {
      n.none++;
      continue;
    }
    if (rightSpeaker()) n.right++;
    else n.wrong++;
  }
  for (const k of Object.keys(total)) total[k] += n[k];
  console.log(`${novel.padEnd(18)} explicit ${n.explicit}: found ${n.found}, speaker right ${n.right}, wrong ${n.wrong}, none ${n.none}  (${(n.right / n.explicit).toFixed(3)})  [${(text.length / 1e6).toFixed(2)} MB in ${(ms / 1000).toFixed(1)} s]`);
}
const t = total;
console.log(`explicit quotations ${t.explicit}: found ${t.found} (${(t.found / t.explicit).toFixed(3)}), speaker right ${t.right} (${(t.right / t.explicit).toFixed(3)} of all, ${(t.right / (t.right + t.wrong)).toFixed(3)} of those attributed), wrong ${t.wrong}; non-explicit (anaphoric, implicit) quotations given a speaker: ${t.otherAttributed} of ${t.other}, right ${t.otherRight} (${(t.otherRight / t.otherAttributed).toFixed(3)})`);
