// Hostile inputs against ordinary review text of the same length: time per MB as a ratio.
// Run: node bench/hostile.mjs (after npm run build); also part of npm run bench.
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

/** The hostile cases of issue 7, at the sizes it names. */
export function hostileCases() {
  const repeat = (unit, times) => unit.repeat(times);
  const withUnmatchedQuotes = (() => {
    const words = prose(300_000).split(' ');
    const step = Math.floor(words.length / 10_000);
    return words.map((w, i) => (i % step === 0 ? `“${w}` : w)).join(' ');
  })();
  return {
    '10,000 unmatched quote marks in prose': withUnmatchedQuotes,
    'a 1 MB line with no spaces': repeat('abcdefghij', 100_000),
    '100,000 blank lines': repeat('\n', 100_000),
    '30,000 repeated "Name-" fragments': repeat('Name- ', 30_000),
    'deeply repeated dialogue (20,000 script lines)': repeat('Cheong-San : Yes, what?\nGyeong-So : No, why?\n', 10_000),
    'quote marks only (300 KB)': repeat('“”‘’"\'', 50_000),
    'capitalised name-like words only (300 KB)': repeat('Cheong San Park Kim Lee ', 12_500),
  };
}

function msPerMb(text, rounds = 2) {
  analyzeReview(text);
  const t0 = performance.now();
  for (let r = 0; r < rounds; r++) analyzeReview(text);
  return (performance.now() - t0) / rounds / (text.length / 1e6);
}

/** Time per MB of each hostile case against ordinary review text of the same length. */
export function runHostile() {
  const rows = [];
  let base = 0;
  for (const [name, text] of Object.entries(hostileCases())) {
    const ordinary = msPerMb(prose(text.length));
    base = Math.max(base, ordinary);
    rows.push({ name, ratio: msPerMb(text) / ordinary });
  }
  return { base, rows };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { base, rows } = runHostile();
  console.log(`ordinary review text: ${base.toFixed(0)} ms per MB`);
  for (const r of rows) console.log(`  ${r.name.padEnd(44)} ${r.ratio.toFixed(2)}x`);
}
