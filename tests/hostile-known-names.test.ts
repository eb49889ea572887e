// Known names given many times over: a caller's list with the same entry thousands of times, or
// one alias shared by thousands of entries. Such entries end in one entity; each distinct form is
// searched once (src/stages/4-names/tie-known-names.ts), so the work stays near that of as many
// distinct entries. The time is measured by bench/hostile.mjs; here, the output.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';
import type { KnownName } from '../src/types';

const COPIES = 3000;
const TEXT = 'Kim Min and Lee Ji were great. '.repeat(400);

describe('known names repeated thousands of times', () => {
  const cases: [string, KnownName[]][] = [
    ['one entry given thousands of times', Array.from({ length: COPIES }, () => ({ name: 'Kim Min', aliases: ['Min'] }))],
    ['one alias shared by thousands of entries', Array.from({ length: COPIES }, (_, i) => ({ name: `Kim Ha${i.toString(36)}ra`, aliases: ['Kim Min'] }))],
  ];

  it.each(cases)('%s: the same entity comes out, found at each mention', (_, knownNames) => {
    const a = analyzeReview(TEXT, { knownNames });
    const kim = [...a.characters, ...a.people].find((e) => e.mentions.some((m) => TEXT.slice(m.start, m.end) === 'Kim Min'));
    expect(kim?.mentions.filter((m) => TEXT.slice(m.start, m.end) === 'Kim Min')).toHaveLength(400);
  });
});
