// A name, one or two middle initials and a name is a full name at one mention whatever its given
// name (fan reviews of anime write such heroes' names so), while a lone letter that stands for a
// word between two capitalised words (versus, and, of) joins no name. Sentences are made up.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';

/** Every entity the analysis gives, characters and people: its name and its mentions' spans. */
function entities(text: string): { name: string; spans: [number, number][] }[] {
  const a = analyzeReview(text);
  return [...a.characters, ...a.people].map((e) => ({ name: e.name, spans: e.mentions.map((m) => [m.start, m.end] as [number, number]) }));
}

describe('a full name with a middle initial', () => {
  it.each([
    ['with a stop after the initial', 'The story follows Tarvo K. Mirelli, a boy who wants to sail to the northern isles.', 'Tarvo K. Mirelli'],
    ['with no stop after the initial', 'Halfway through the season Tarvo K Mirelli finally finds his lost brother.', 'Tarvo K Mirelli'],
    ['with two initials', 'I gave up after Orsan Q. R. Bellweather betrayed his crew in the second arc.', 'Orsan Q. R. Bellweather'],
  ] as const)('is a name at one mention %s', (_, text, name) => {
    const start = text.indexOf(name);
    expect(entities(text)).toContainEqual({ name, spans: [[start, start + name.length]] });
  });

  it('is read a character where the story follows it', () => {
    const a = analyzeReview('The story follows Tarvo K. Mirelli, a boy who wants to sail to the northern isles.');
    expect(a.characters.map((c) => c.name)).toEqual(['Tarvo K. Mirelli']);
    expect(a.people).toEqual([]);
  });

  it.each([
    ['a letter for versus', 'Hawkmoth V Shadowfax was a dull crossover of two shows I love.'],
    ['a letter for and', 'My cousin loved Rust N Bones when we were kids.'],
    ['a letter for of', 'Watch it for Kestrel O Varn, though the pacing drags.'],
    ['an article', 'Then came Plan A Strategy, which made no sense at all.'],
  ] as const)('is not made of %s', (_, text) => {
    expect(entities(text)).toEqual([]);
  });
});
