// A passive casting phrase right after a title's words ("Pim would be played by A", "Pim is
// voiced by A") makes that occurrence a part a named actor plays, though a list of titles
// elsewhere in the text names a work of the same name; other occurrences stay the work's. Names
// and sentences are made up.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';
import { castPartAfter } from '../src/stages/4-works/cast-part-after';

const read = (text: string) => {
  const out = analyzeReview(text);
  const byId = new Map(out.people.map((p) => [p.id, p.name]));
  return {
    works: out.works.map((w) => ({ title: w.title, mentions: w.mentions.length })),
    links: out.characters.filter((c) => c.playedBy).map((c) => `${c.name} <- ${byId.get(c.playedBy as string)}`),
  };
};

/** Old shows listed as titles before the sentence under test. */
const LIST = 'As a child I watched old shows like Marrowby, Tinkertown and Pim every single day.';

describe('a casting phrase after a listed title casts that mention as a part', () => {
  it.each([
    ['would likely be played by A', `${LIST} In a film, Pim would likely be played by Gareth Lowe.`, 'Pim <- Gareth Lowe'],
    ['is played by A', `${LIST} In the new remake Pim is played by Gareth Lowe.`, 'Pim <- Gareth Lowe'],
    ['will be voiced by A', `${LIST} On the radio Pim will be voiced by Gareth Lowe.`, 'Pim <- Gareth Lowe'],
  ] as const)('%s', (_, text, link) => {
    const r = read(text);
    expect(r.links).toContain(link);
    // The listed mention is still the work's.
    expect(r.works).toContainEqual({ title: 'Pim', mentions: 1 });
  });
});

describe('the shape read after a title', () => {
  const at = (text: string, title: string) => castPartAfter(text, text.toLowerCase(), text.indexOf(title) + title.length);
  it.each([
    ['Pim would likely be played by Gareth Lowe.', 'Pim', true],
    ['Pim played by Gareth Lowe is fun.', 'Pim', true],
    ['Pim is to be portrayed by Gareth Lowe.', 'Pim', true],
    // An aside after a comma may be about someone named before the title.
    ['Hale appeared in Pim, played by the great Gareth Lowe.', 'Pim', false],
    ['Pim, played by Gareth Lowe, is fun.', 'Pim', false],
    // No named actor after `by`.
    ['Pim was played by the wonderful Gareth Lowe.', 'Pim', false],
    ['Pim was played by children all over the land.', 'Pim', false],
    // Too many words before the verb, or a word no auxiliary.
    ['Pim is now also being played by Gareth Lowe.', 'Pim', false],
    ['Pim was often played by Gareth Lowe.', 'Pim', false],
    ['Pim was produced by Gareth Lowe.', 'Pim', false],
  ] as const)('%s', (text, title, expected) => {
    expect(at(text, title)).toBe(expected);
  });
});
