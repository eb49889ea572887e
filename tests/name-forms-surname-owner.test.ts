// A full name no cue made a name ("Denzel Washington") spells out who a titled surname ("Mr
// Washington") is, when it is the only full name with that surname. Sentences are made up.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';

/** Every entity as its name and sorted aliases. */
function forms(text: string): [string, string[]][] {
  const a = analyzeReview(text);
  return [...a.characters, ...a.people].map((e): [string, string[]] => [e.name, [...e.aliases].sort()]);
}

/** The entity that has `form` as its name or an alias. */
function holder(text: string, form: string): [string, string[]] | undefined {
  return forms(text).find(([name, aliases]) => name === form || aliases.includes(form));
}

describe('a full name that spells out a surname form', () => {
  it.each([
    ['titled surname first', 'The detective as played by Mr Marwood is great. I liked the acting of Tobenna Marwood.', 'Tobenna Marwood', 'Mr Marwood'],
    ['titled surname after', 'I liked the acting of Tobenna Marwood. The detective as played by Mr Marwood is great.', 'Tobenna Marwood', 'Mr Marwood'],
    ['a woman by her title', 'Ms Okafor runs the channel, she said. Adaeze Okafor took over the station last year.', 'Adaeze Okafor', 'Ms Okafor'],
  ] as const)('%s', (_, text, full, short) => {
    expect(holder(text, full)).toBeDefined();
    expect(holder(text, full)).toEqual(holder(text, short));
  });

  it('its given name alone is then a form of it too', () => {
    const text = 'Mudder is a tyrant. Mrs. Lift rules the house, and Mudder Lift never lets her son go. Mudder screams at him.';
    expect(holder(text, 'Mudder Lift')?.[1]).toEqual(['Mrs. Lift', 'Mudder']);
  });

  it('the actor named by surname in a casting phrase gets the full name', () => {
    const a = analyzeReview('I liked the acting of Denzel Washington. The Lincoln Rhyme character as played by Mr Washington is great.');
    const rhyme = a.characters.find((c) => c.name === 'Lincoln Rhyme');
    const actor = a.people.find((p) => p.id === rhyme?.playedBy);
    expect([actor?.name, ...(actor?.aliases ?? [])].sort()).toEqual(['Denzel Washington', 'Mr Washington']);
  });

  it('two full names with one surname leave the titled form to neither', () => {
    const text = 'Tom Hanks is brilliant as the lead and Colin Hanks plays his son. Mr Hanks carries the film.';
    expect(holder(text, 'Tom Hanks')?.[1]).not.toContain('Mr Hanks');
    expect(holder(text, 'Colin Hanks')?.[1] ?? []).not.toContain('Mr Hanks');
  });

  it('a surname with two titles names a family, not the full name', () => {
    const text = 'Mr Tilney is stern and Mrs Tilney is kind. Henry Tilney, their son, is the hero.';
    expect(holder(text, 'Mr Tilney')?.[1] ?? []).not.toContain('Henry Tilney');
    expect(holder(text, 'Mrs Tilney')?.[1] ?? []).not.toContain('Henry Tilney');
  });
});
