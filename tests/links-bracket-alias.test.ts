// A bracket after a part that holds the part's other name, not its actor: the words name another
// actor for the part elsewhere, and the bracketed name is made of words of the language with no
// given name first ("Ann Bell plays Mira Stone … Mira Stone (Night Hawk)"). Sentences are made up.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';

/** The character holding `form`, as its sorted forms and its actor's name (or null). */
function part(text: string, form: string): { forms: string[]; actor: string | null } | undefined {
  const a = analyzeReview(text);
  const c = a.characters.find((x) => x.name === form || x.aliases.includes(form));
  if (!c) return undefined;
  return { forms: [c.name, ...c.aliases].sort(), actor: c.playedBy ? (a.people.find((p) => p.id === c.playedBy)?.name ?? null) : null };
}

describe('a hero or code name in brackets after a part another actor plays', () => {
  it.each([
    ['the verb link first, the bracket later', 'The sequel is loud but fun. Ann Bell plays Mira Stone, a pilot who forgets her past. Later Mira Stone (Night Hawk) fights a robot army over the city.', 'Mira Stone', ['Mira Stone', 'Night Hawk'], 'Ann Bell'],
    ['the bracket first, the verb link later', 'Early on Corin Vale (Iron Sparrow) saves a train from the river. The effects are good. Tess Marlow plays Corin Vale with warmth.', 'Corin Vale', ['Corin Vale', 'Iron Sparrow'], 'Tess Marlow'],
  ] as const)('%s', (_, text, name, forms, actor) => {
    expect(part(text, name)).toEqual({ forms: [...forms], actor });
  });

  it.each([
    ['a full name with a given name first is an actor', 'The sequel is loud. Hana Lee plays Ben Tosh, a pilot who forgets his past. In the flashbacks Ben Tosh (Mark Strong) is a boy.', 'Ben Tosh', 'Mark Strong'],
    ['a full form of the surname that plays elsewhere', 'Ford plays Rick Vance with grit. In the last act Rick Vance (Harrison Ford) walks away.', 'Rick Vance', 'Harrison Ford'],
  ] as const)('not: %s', (_, text, name, actor) => {
    expect(part(text, name)?.actor).toBe(actor);
  });
});
