// `played by A` says A acts even where the part is a noun and has no name to link: A is a person
// with the actor role and plays no one. Sentences are made up.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';

/** The roles of each person of `text`, by name. */
function roles(text: string): Record<string, string[]> {
  return Object.fromEntries(analyzeReview(text).people.map((p) => [p.name, p.roles]));
}

describe('the agent of "played by" is an actor', () => {
  it.each([
    ['a part named by a noun', 'The grandmother is played by Norma Fells, and she steals every scene.', { 'Norma Fells': ['actor'] }],
    ['describing words before the name', 'His neighbour, played by the always reliable Tobias Renn, has two good scenes.', { 'Tobias Renn': ['actor'] }],
    ['words of manner before "by"', 'The old ferryman is voiced very warmly by Ida Kersh.', { 'Ida Kersh': ['actor'] }],
    ['a list after "by"', 'The three sisters are played by Mara Lind, Ottilie Brandt and Suvi Haro, all of them new.', { 'Mara Lind': ['actor'], 'Ottilie Brandt': ['actor'], 'Suvi Haro': ['actor'] }],
  ] as const)('%s', (_, text, want) => {
    expect(roles(text)).toEqual(want);
    expect(analyzeReview(text).people.every((p) => p.plays.length === 0)).toBe(true);
  });

  it.each([
    // A possessive after the name owns something else: the name is a maker's, not an actor's.
    ['a possessive after the name', 'The city looks colder than the one portrayed by Gus Varley’s camera in the first film.', 'Gus Varley'],
    // `by` after another verb names a maker.
    ['a maker after "directed by"', 'The film was directed by Ola Brenner and it shows.', 'Ola Brenner'],
  ] as const)('no actor role: %s', (_, text, name) => {
    expect(roles(text)[name] ?? []).not.toContain('actor');
  });

  it('a described name after the list is the next part, which keeps its own actor', () => {
    const text = 'The only two worth noting are Rook Halden, a rugged pilot played by movie star Sam Orr, and Ivy Tamsin, an uptight chemist played by Lena Voss. Both are likable. While Rook and Ivy are cliched, they work.';
    const a = analyzeReview(text);
    const pn = (id: string | null) => a.people.find((p) => p.id === id)?.name;
    expect(a.characters.filter((c) => c.name === 'Ivy Tamsin').map((c) => pn(c.playedBy))).toEqual(['Lena Voss']);
    expect(a.people.map((p) => p.name)).not.toContain('Ivy Tamsin');
  });
});
