import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';

describe("a star's possessive before a part led by a first name that is also a word", () => {
  it.each([
    ["The best scene comes when Halvorsen's Rick Tamberly finally walks in.", 'Rick Tamberly'],
    ["Later on, Orbeck's Rich Varrow steals the whole second act.", 'Rich Varrow'],
  ])('%j names the part %j, not a work', (text, name) => {
    const a = analyzeReview(text);
    expect(a.works.map((w) => w.title)).not.toContain(name);
    expect([...a.characters, ...a.people].map((e) => e.name)).toContain(name);
  });

  it.each([
    // Longer titles stay works.
    ["I still think Kessler's Shadow of the Lighthouse is his best film.", 'Shadow of the Lighthouse'],
  ])('%j keeps the work %j', (text, title) => {
    expect(analyzeReview(text).works.map((w) => w.title)).toContain(title);
  });
});
