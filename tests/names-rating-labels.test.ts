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

// A line that opens with one word and a colon reads as a script line, but a word that speaks only
// that line and is named nowhere else labels a part of the review; a script's speakers speak again,
// are named in its prose, or are listed given names.
describe('a one-word label before a colon that speaks once is no name', () => {
  const opening = 'I binged the whole season in two nights and wanted to like it more than I did.\n\n';
  it.each([
    [`${opening}Value: Not much for what the subscription costs.\nReplayability: None that I could find after the finale.\nPacing: It drags in the middle and rushes the end.`, ['Value', 'Replayability', 'Pacing']],
    ['Ranked: the five Harbour Watch seasons\n\nThe second season is still the best of them, and the last one is the weakest by far.', ['Ranked']],
  ])('%j has none of %j', (text, absent) => {
    const found = names(text);
    for (const label of absent) expect(found).not.toContain(label);
  });

  it.each([
    // speakers who speak again
    ['Odran: Where were you last night?\nBelka: Out by the river, as I told you.\nOdran: Alone? With nobody at all?\nBelka: Always, every single night.', ['Odran', 'Belka']],
    // one line each, but named in the prose too
    [`${opening}Veska: She carries every scene she is in.\nTorvald: He is wasted in a role this thin, and Veska deserved a better partner than Torvald.`, ['Veska', 'Torvald']],
    // a listed given name speaking once
    [`${opening}Margaret: She carries every scene she is in and deserved a better script.`, ['Margaret']],
  ])('%j keeps %j', (text, present) => {
    const found = names(text);
    for (const name of present) expect(found.some((f) => f.toLowerCase() === name.toLowerCase())).toBe(true);
  });
});
