// A one-word title named after its hero, written beside the hero's other name ("a boy named
// Kotaro Hayashida"), is the hero's full name, not a mention of the work; a word of another title
// the text names ("Kotaro Shinsetsu"), an English word beside it, or a title that is an English
// word, leave the work's mention alone. Names, titles and sentences are made up.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';

const read = (text: string) => {
  const out = analyzeReview(text);
  return {
    characters: out.characters.map((c) => c.name),
    works: out.works.map((w) => ({ title: w.title, mentions: w.mentions.length })),
  };
};

const OPEN = 'I have watched the anime Kotaro twice.';

describe('a one-word title beside the hero\'s other name is the hero\'s full name', () => {
  it.each([
    ['given name first, after `named`', `${OPEN} The story follows a boy named Kotaro Hayashida, who wants to be a swordsman.`, 'Kotaro Hayashida'],
    ['family name first', `${OPEN} The story follows a boy named Hayashida Kotaro, who wants to be a swordsman.`, 'Hayashida Kotaro'],
    ['after a role noun and a comma', `${OPEN} The protagonist, Kotaro Hayashida, wants to be a swordsman.`, 'Kotaro Hayashida'],
  ] as const)('%s', (_, text, name) => {
    const r = read(text);
    expect(r.characters).toContain(name);
    // The cued mention stays the work's; the full name is no mention of it.
    expect(r.works).toContainEqual({ title: 'Kotaro', mentions: 1 });
  });
});

describe('pairs that stay the work\'s', () => {
  it.each([
    ['a word of another title the text names', 'I have watched the anime Kotaro twice, and the sequel Kotaro Shinsetsu too. Kotaro Shinsetsu is weaker.', { title: 'Kotaro Shinsetsu', mentions: 2 }, 'Kotaro Shinsetsu'],
    ['an English word beside the title', `${OPEN} The story of Kotaro Village is slow.`, { title: 'Kotaro', mentions: 2 }, 'Kotaro Village'],
  ] as const)('%s', (_, text, work, pair) => {
    const r = read(text);
    expect(r.works).toContainEqual(work);
    expect(r.characters).not.toContain(pair);
  });
});
