// A part's name in quote marks right before its player's name in brackets, as reviews write it.
// Sentences are made up.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';

/** Each character's name with its player's name, `character <- actor`. */
function links(text: string): string[] {
  const a = analyzeReview(text);
  const names = new Map(a.people.map((p) => [p.id, p.name]));
  return a.characters.filter((c) => c.playedBy !== null).map((c) => `${c.name} <- ${names.get(c.playedBy as string) ?? '?'}`);
}

/** The names of the real people the analysis finds. */
function people(text: string): string[] {
  return analyzeReview(text).people.map((p) => p.name);
}

describe('a quoted part right before its player in brackets', () => {
  it.each([
    ['with a title in the quote', 'After the raid, "Inspector Tom Vell" (Dana Moss) is suspended from the force.', ['Inspector Tom Vell <- Dana Moss']],
    ['with a comma after the quote', 'The boss, "Walter Krane", (Ben Hollis) wants the money back by Friday.', ['Walter Krane <- Ben Hollis']],
    ['twice in one sentence', 'The deal between "Walter Krane" (Ben Hollis) and "Rosa Penn" (Ada Lorne) falls apart.', ['Walter Krane <- Ben Hollis', 'Rosa Penn <- Ada Lorne']],
  ] as const)('links the pair %s', (_, text, want) => {
    expect(links(text).sort()).toEqual([...want].sort());
  });

  it('not a quoted title that is no person\'s name: the bracket gives its singer', () => {
    const text = 'We loved "Bohemian Rhapsody" (Freddie Mercury) on the soundtrack.';
    expect(links(text)).toEqual([]);
    expect(people(text)).toContain('Freddie Mercury');
  });
});
