// A part that shares its given name with an actor in the cast is someone else: a lone given name
// a casting cue makes a part stays apart from a full name a cue makes an actor. Sentences are made up.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';

/** Every form of the entity that has `form` as its name or an alias, sorted. */
function formsOf(text: string, form: string): string[] | undefined {
  const a = analyzeReview(text);
  const e = [...a.characters, ...a.people].find((x) => x.name === form || x.aliases.includes(form));
  return e ? [e.name, ...e.aliases].sort() : undefined;
}

describe('a part is no form of an actor who shares its given name', () => {
  it.each([
    ['to play', 'The studio asked Dean Marlow to play Rudy, yet Omar Pike took the job. Rudy Vance is superb as Carlo. The character of Rudy is cruel.', 'Rudy', 'Rudy Vance'],
    ['stars as', 'Kate Orwell stars as Nina in the remake, and Nina Castel is lovely as Olga. Nina has a temper and Kate Orwell plays Nina well.', 'Nina', 'Nina Castel'],
  ] as const)('%s', (_, text, part, actor) => {
    expect(formsOf(text, part)).toEqual([part]);
    expect(formsOf(text, actor)).toEqual([actor]);
  });
});

describe('a lone given name still joins the full name of a part', () => {
  it('when the full name plays no one', () => {
    const text = 'Bryan Toller plays Walt Bishop. Walt is a teacher who lies, and Bryan Toller is great as Walt.';
    expect(formsOf(text, 'Walt Bishop')).toEqual(['Walt', 'Walt Bishop']);
  });
});
