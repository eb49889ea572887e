// A bracket after an actor's full name may hold a work they are known for, written in title case
// with its function words capitalised ("(Far Than Home)"): no player's name holds such a word past
// its first, so the bracket names a work, not a part's player, spaced from the name or glued to it.
// Sentences are made up.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';
import { sortedLinks as links } from './helpers/links';

describe('a title-case work in the bracket after an actor', () => {
  const read = (text: string) => {
    const a = analyzeReview(text);
    return { links: links(text), people: a.people.map((p) => p.name), works: a.works.map((w) => w.title) };
  };

  it.each([
    ['glued, a comparison word inside', 'Newer stars such as Dana Moss(Colder Than Winter) took the same path.', 'Dana Moss', ['Colder Than Winter']],
    ['spaced, a preposition inside', 'Newer stars such as Dana Moss (Death By Lantern) took the same path.', 'Dana Moss', ['Death By Lantern']],
    ['glued, two titles joined by and', 'The prize will go to Dana Moss(Rivers Of Salt and The Night Porters) this year.', 'Dana Moss', ['Rivers Of Salt', 'The Night Porters']],
  ] as const)('a work, no link: %s', (_, text, person, works) => {
    const got = read(text);
    expect(got.links).toEqual([]);
    expect(got.people).toContain(person);
    for (const w of works) expect(got.works).toContain(w);
  });

  it.each([
    ['a part with a full name, glued', 'Later on, Jonah Pike(Dana Moss) shows up at the bar.', [['Jonah Pike', 'Dana Moss']]],
    ['a romanised Korean player, whose syllable may be a function word', 'The hero Ji-ho (Seo In Guk) is a delight.', [['Ji-ho', 'Seo In Guk']]],
  ] as const)('still a casting: %s', (_, text, want) => {
    expect(links(text)).toEqual(want);
  });

  it('a bracket in capitals is no title-case work', () => {
    expect(read('Naruto keeps shouting at Sasuke (WE GET IT IN THE END) again and again.').works).not.toContain('WE GET IT IN THE END');
  });
});
