import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';

const links = (text: string): [string, string][] => {
  const a = analyzeReview(text);
  const byId = new Map(a.people.map((p) => [p.id, p.name]));
  return a.characters.filter((c) => c.playedBy).map((c) => [c.name, byId.get(c.playedBy as string) as string]);
};

describe("a full name's possessive before a personal name: `A's C`", () => {
  it('links an actor who owns the part', () => {
    expect(links("Kate Vale's Rose is the heart of the film. Vale is superb.")).toEqual([['Rose', 'Kate Vale']]);
  });

  it.each([
    ["Ann Vale's Nora Hale is a slow, cold film. Director Ann Vale shot it in one winter."],
    ["Ann Vale's Nora Hale is a slow, cold film, and the script by Ann Vale is lean."],
  ])('not when the text names the owner as a maker anywhere, even later: %j', (text) => {
    expect(links(text)).toEqual([]);
  });
});
