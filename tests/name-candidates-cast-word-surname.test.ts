// A listed given name before a surname that is also a plain English word (`Green`, `Young`,
// `Stone`) is a full name, even where the text writes that word in lower case too, when the run
// stands in a cast: right after a casting cue (`played by`, `starring`), or between full names of a
// comma list. Elsewhere the lower-case word keeps the run no name, so a place or a title led by a
// given name is not taken for someone. Sentences are made up.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';

/** Every person the analysis gives: its name, its roles and its mentions' spans. */
function people(text: string): { name: string; roles: string[]; spans: [number, number][] }[] {
  return analyzeReview(text).people.map((e) => ({ name: e.name, roles: [...e.roles], spans: e.mentions.map((m) => [m.start, m.end] as [number, number]) }));
}

/** Every name and alias the analysis gives, characters and people. */
function allForms(text: string): string[] {
  const a = analyzeReview(text);
  return [...a.characters, ...a.people].flatMap((e) => [e.name, ...e.aliases]);
}

/** Each character's name and its player's name, where it has one. */
function links(text: string): [string, string][] {
  const a = analyzeReview(text);
  const names = new Map(a.people.map((p) => [p.id, p.name]));
  return a.characters.filter((c) => c.playedBy !== null).map((c) => [c.name, names.get(c.playedBy as string) as string]);
}

describe('a surname that is also a word, after a listed given name in a cast', () => {
  it.each([
    ['right after `played by`', 'The two sisters are played by Loretta Young. The young farmhand has the better lines.', 'Loretta Young', 'actor'],
    ['before a full name in a comma list', 'We saw Leopold Green, Odette Varga and Corin Vale in the film. The green hills look fine.', 'Leopold Green', 'other'],
    ['after a full name in a comma list', 'The film has Odette Varga, Leopold Green and a dog in it. The green hills look fine.', 'Leopold Green', 'other'],
    ['after `and` closing a list of full names', 'It wastes Corin Vale, Odette Varga and Leopold Stone. A stone wall is the best set.', 'Leopold Stone', 'other'],
  ] as const)('is a full name %s', (_, text, name, role) => {
    const start = text.indexOf(name);
    expect(people(text)).toContainEqual({ name, roles: [role], spans: [[start, start + name.length]] });
  });

  it('links the part before `played by` to that full name', () => {
    const text = 'Hester, the eldest, is played by Loretta Young. The young farmhand has the better lines.';
    expect(links(text)).toEqual([['Hester', 'Loretta Young']]);
  });

  it.each([
    ['a place no cast names', 'The ride up to Beatrix Hill took an hour, and the hill was steep.', 'Beatrix Hill'],
    ['a list item beside a name that is no full name', 'We met Leopold Stone and the miller. A stone wall stands by the road.', 'Leopold Stone'],
    ['a list item beside a full name whose surname is a word too', 'We met Leopold Stone, Odette Green and the miller. A green stone wall stands by the road.', 'Leopold Stone'],
  ] as const)('is no name as %s', (_, text, name) => {
    expect(allForms(text)).not.toContain(name);
  });
});
