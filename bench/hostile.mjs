// Hostile inputs against ordinary review text of the same length: time per MB as a ratio.
// Every pass of the analysis is meant to be linear, so each ratio should stay near 1 (target: ≤ 3).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeReview } from '../dist/index.js';

const root = join(import.meta.dirname, '..');
const review = readFileSync(join(root, 'fixtures', 'fan-review-all-of-us-are-dead.txt'), 'utf8');

/** Ordinary text of about `n` characters: the fan review repeated. */
function prose(n) {
  let s = '';
  while (s.length < n) s += `${review}\n\n`;
  return s.slice(0, n);
}

/** Hostile cases, each about `n` characters long. */
export function hostileCases(n) {
  const fill = (unit) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
  return {
    'unmatched quote marks (10,000 “ in prose)': (() => {
      const base = prose(n).split(' ');
      const step = Math.max(1, Math.floor(base.length / 10000));
      return base.map((w, i) => (i % step === 0 ? `“${w}` : w)).join(' ').slice(0, n);
    })(),
    'one line, no spaces': fill('abcdefghij'),
    'blank lines only': fill('\n'),
    'repeated "Name-" fragments': fill('Name- '),
    'repeated script dialogue': fill('Cheong-San : Yes, what?\nGyeong-So : No, why?\n'),
    'quote marks only': fill('“”‘’"\''),
    'capitalised words only': fill('Cheong San Park Kim Lee '),
  };
}

function msPerMb(text, rounds = 3) {
  analyzeReview(text);
  const t0 = performance.now();
  for (let r = 0; r < rounds; r++) analyzeReview(text);
  return (performance.now() - t0) / rounds / (text.length / 1e6);
}

export function runHostile(n = 200_000) {
  const base = msPerMb(prose(n));
  const rows = [];
  for (const [name, text] of Object.entries(hostileCases(n))) rows.push({ name, ratio: msPerMb(text) / base });
  return { base, rows };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { base, rows } = runHostile();
  console.log(`ordinary review text: ${base.toFixed(0)} ms per MB`);
  for (const r of rows) console.log(`  ${r.name.padEnd(44)} ${r.ratio.toFixed(2)}x`);
}
