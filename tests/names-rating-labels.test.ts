import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';
import { scoreFollows } from '../src/stages/4-names/1-pieces';

const names = (text: string) => {
  const a = analyzeReview(text);
  return [...a.characters, ...a.people].map((e) => e.name);
};

describe('a score right after capitalised words', () => {
  it.each([
    ['Pacing: 4', true],
    ['Visuals (7/10)', true],
    ['Verdict - 8', true],
    ['Music – 10', true],
    ['Humour:(6)', false],
    ['Humour: (6/10)', true],
    ['Casting:7.5 overall', true],
    // An age in brackets, a year, a long number and plain prose are no scores.
    ['Marta Quillon (52)', false],
    ['Orson Pellway (1998)', false],
    ['Ward 100: the clinic', false],
    ['Quillon: a man of few words', false],
    ['Quillon said so', false],
  ] as const)('%j → %s', (text, want) => {
    const end = text.search(/[ :(–-]/);
    expect(scoreFollows(text, end)).toBe(want);
  });
});

describe('rating labels are not names', () => {
  it.each([
    ['Pacing: 4\nVisuals: 9\nDelight: 8\nThe hero grows on you over forty episodes.', ['Pacing', 'Visuals', 'Delight']],
    ['Overall: 7. Worth it for the fights alone.', ['Overall']],
  ])('%j', (text, absent) => {
    const found = names(text);
    for (const label of absent) expect(found).not.toContain(label);
  });

  it('keeps other mentions of the same name', () => {
    const text = 'Tobias Wrenfield is the best thing here; I liked Wrenfield more each week.\nTobias Wrenfield: 9 out of 10 for him alone.';
    const a = analyzeReview(text);
    const all = [...a.characters, ...a.people];
    const tobias = all.find((e) => e.name === 'Tobias Wrenfield');
    expect(tobias).toBeDefined();
    // The labelled form at the start of the last line is no mention; the two in prose are.
    const labelStart = text.lastIndexOf('Tobias');
    expect(tobias?.mentions.map((m) => m.start)).not.toContain(labelStart);
    expect(tobias?.mentions.map((m) => m.start)).toContain(0);
  });
});
