// Speaker attribution measured on the Project Dialogism Novel Corpus (../shared/corpus/quotes/pdnc):
// three novels with every quotation's speaker. For each quotation whose speaker the text names
// explicitly ("said Mr. Bennet"), review-lens must find the quote and name that speaker.
// Shared by scripts/pdnc-speakers.mjs (per novel) and scripts/eval-speakers.mjs (side by side).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvObjects } from './csv.mjs';

/** Where the corpus sits beside the project. */
export const PDNC_ROOT = join(import.meta.dirname, '..', '..', 'shared', 'corpus', 'quotes', 'pdnc');
/** The novels measured, in order. */
export const PDNC_NOVELS = ['PrideAndPrejudice', 'AnneOfGreenGables', 'TheSignOfTheFour'];

const key = (s) => s.toLowerCase().replace(/[\s\-.'’]/g, '');
const setOf = (s) => [...s.matchAll(/'([^']*)'|"([^"]*)"/g)].map((m) => m[1] ?? m[2]);
const emptyCounts = () => ({ explicit: 0, found: 0, right: 0, wrong: 0, none: 0, otherAttributed: 0, otherRight: 0, other: 0 });

/** Counts for one novel: explicit quotations found, right, wrong, left without a speaker; the rest. */
export function measureNovel(analyze, novel, root = PDNC_ROOT) {
  const text = readFileSync(join(root, novel, 'novel_text.txt'), 'utf8');
  const chars = csvObjects(readFileSync(join(root, novel, 'character_info.csv'), 'utf8'));
  const formsOf = new Map(chars.map((c) => [c['Main Name'], new Set([c['Main Name'], ...setOf(c.Aliases)].map(key))]));
  const gold = csvObjects(readFileSync(join(root, novel, 'quotation_info.csv'), 'utf8'));
  const t0 = performance.now();
  const a = analyze(text);
  const ms = performance.now() - t0;
  const entities = new Map([...a.characters, ...a.people].map((e) => [e.id, e]));
  const quotes = a.quotes.filter((q) => q.kind === 'speech');
  let qi = 0;
  const n = emptyCounts();
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
  return { novel, counts: n, chars: text.length, ms };
}

/**
 * Every novel measured, and the totals; null when the corpus is absent. `right` is the share of
 * explicit quotations given their speaker, `precision` the share right of those given one.
 */
export function measurePdnc(analyze, root = PDNC_ROOT) {
  if (!existsSync(root)) return null;
  const novels = PDNC_NOVELS.map((novel) => measureNovel(analyze, novel, root));
  const total = emptyCounts();
  for (const { counts } of novels) for (const k of Object.keys(total)) total[k] += counts[k];
  return {
    novels,
    total,
    right: total.right / total.explicit,
    wrong: total.wrong / (total.right + total.wrong),
    precision: total.right / (total.right + total.wrong),
  };
}
