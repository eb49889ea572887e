// The merge measure of scripts/eval-aliases.mjs on invented labels and an invented analysis: which
// pairs of a character's forms count as joined, which as kept apart (and why), which as joined
// wrongly. The names are made up.
import { describe, expect, it } from 'vitest';
import { apartClass, goldForms, mergePairs } from '../scripts/eval-aliases.mjs';
import type { ReviewAnalysis } from '../src/types';

const LABELS = [
  'Character ID,Main Name,Aliases,Gender,Category',
  `0,Tom Vell,"{'Tom Vell', 'Mr. Vell', 'Tommy'}",M,major`,
  `1,Ada Vell,"{'Ada Vell', 'Mrs. Vell', 'Ada'}",F,minor`,
  `2,Rook,['Rook'],X,minor`,
  // A form given to two characters says nothing of either.
  `3,Ned Crane,"{'Ned Crane', 'Crane'}",M,minor`,
  `4,Lil Crane,"{'Lil Crane', 'Crane'}",F,minor`,
].join('\n');

type Entity = { id: string; name: string; aliases: string[] };
const analysis = (characters: Entity[], people: Entity[] = []): Pick<ReviewAnalysis, 'characters' | 'people'> =>
  ({ characters, people }) as unknown as Pick<ReviewAnalysis, 'characters' | 'people'>;

describe('goldForms', () => {
  it('keys each form of exactly one character, without case, spaces or dots', () => {
    const gold = goldForms(LABELS);
    expect(gold.get('mrvell')).toEqual({ char: 'Tom Vell', text: 'Mr. Vell' });
    expect(gold.get('rook')).toEqual({ char: 'Rook', text: 'Rook' });
    expect(gold.has('crane')).toBe(false);
    expect(gold.size).toBe(9);
  });
});

describe('mergePairs', () => {
  const gold = goldForms(LABELS);
  it('counts pairs joined, kept apart and joined wrongly among the forms found', () => {
    const r = mergePairs(
      analysis(
        [
          { id: 'c1', name: 'Tom Vell', aliases: ['Tommy', 'Crane'] },
          { id: 'c2', name: 'Mr. Vell', aliases: [] },
          { id: 'c3', name: 'Ada Vell', aliases: ['Rook'] },
        ],
        [{ id: 'p1', name: 'Ada', aliases: [] }],
      ),
      gold,
    );
    expect(r.foundForms).toBe(6);
    // Tom Vell: Tom Vell+Tommy joined; Mr. Vell apart from both. Ada Vell: Ada apart.
    expect([r.goldPairs, r.joined]).toEqual([4, 1]);
    expect(r.apart.map((p) => [p.a, p.b, p.cls])).toEqual([
      ['Ada', 'Ada Vell', 'kind'],
      ['Mr. Vell', 'Tommy', 'other'],
      ['Mr. Vell', 'Tom Vell', 'title'],
    ]);
    // Inside entities: Tom Vell+Tommy right, Ada Vell+Rook wrong; the shared Crane counts for nothing.
    expect([r.entityPairs, r.right]).toEqual([2, 1]);
    expect(r.wrong.map((p) => [p.entity, p.cls])).toEqual([['Ada Vell', 'other']]);
  });
});

describe('apartClass', () => {
  it.each([
    ['Ada', 'Ada Vell', 'character', 'person', 'kind'],
    ['Vell', 'Tom Vell', 'character', 'character', 'word'],
    ['Mrs. Vell', 'Ada Vell', 'character', 'character', 'title'],
    ['Tommy', 'Tom Vell', 'character', 'character', 'other'],
  ])('%j and %j (%s, %s) are %s', (a, b, ka, kb, want) => {
    expect(apartClass(a, b, ka, kb)).toBe(want);
  });
});
