// Known names given many times over: a caller's list with the same entry thousands of times, or
// one alias shared by thousands of entries. Such entries end in one entity, so the work should
// stay near that of as many distinct entries; instead each copy collects every occurrence of the
// shared form in the text, so the work grows with copies times occurrences (and the memory with
// it: thousands of copies over a long text take gigabytes).
// The cost is in src/stages/4-names/tie-known-names.ts (formOccurrences, applyKnownNames), which
// another part of the project owns; these cases are marked as failing until that is fixed, and
// vitest reports them when they start to pass.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';
import type { KnownName } from '../src/types';

const COPIES = 3000;
const TEXT = 'Kim Min and Lee Ji were great. '.repeat(400);

/** Best CPU time (ms) of three analyses of `TEXT` with `knownNames`. */
function cpuMs(knownNames: KnownName[]): number {
  let best = Infinity;
  for (let r = 0; r < 3; r++) {
    const t = process.cpuUsage();
    analyzeReview(TEXT, { knownNames });
    const d = process.cpuUsage(t);
    best = Math.min(best, (d.user + d.system) / 1000);
  }
  return best;
}

/** The same number of entries, all distinct, only the first named in the text. */
const distinct: KnownName[] = [
  { name: 'Kim Min', aliases: ['Min'] },
  ...Array.from({ length: COPIES - 1 }, (_, i) => ({ name: `Kim Ha${i.toString(36)}ra`, aliases: [`Ha${i.toString(36)}ra`] })),
];

describe('known names repeated thousands of times cost about as much as distinct ones', () => {
  const cases: [string, KnownName[]][] = [
    ['one entry given thousands of times', Array.from({ length: COPIES }, () => ({ name: 'Kim Min', aliases: ['Min'] }))],
    ['one alias shared by thousands of entries', Array.from({ length: COPIES }, (_, i) => ({ name: `Kim Ha${i.toString(36)}ra`, aliases: ['Kim Min'] }))],
  ];

  it.each(cases)('%s: the same entity comes out, found at each mention', (_, knownNames) => {
    const a = analyzeReview(TEXT, { knownNames });
    const kim = [...a.characters, ...a.people].find((e) => e.mentions.some((m) => TEXT.slice(m.start, m.end) === 'Kim Min'));
    expect(kim?.mentions.filter((m) => TEXT.slice(m.start, m.end) === 'Kim Min')).toHaveLength(400);
  });

  it.fails.each(cases)('%s: at most 3x the CPU time of distinct entries', (_, knownNames) => {
    cpuMs(distinct);
    const base = cpuMs(distinct);
    expect(cpuMs(knownNames) / base).toBeLessThan(3);
  });
});
