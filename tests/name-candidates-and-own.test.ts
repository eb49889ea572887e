// A lone word named once, right before `and his` or `and her` and a story's companions or course
// (`X and his crew`, `X and her quest`), is someone: a place, a firm or a work takes `its`, and
// only someone in a story has a crew or allies. Sentences are made up.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';

/** Every entity the analysis gives, characters and people: its name and its mentions' spans. */
function entities(text: string): { name: string; spans: [number, number][] }[] {
  const a = analyzeReview(text);
  return [...a.characters, ...a.people].map((e) => ({ name: e.name, spans: e.mentions.map((m) => [m.start, m.end] as [number, number]) }));
}

describe('a lone word before and his or and her', () => {
  it.each([
    ['mid-sentence, before a crew', 'The best part is watching Varrok and his crew sail from island to island.', 'Varrok'],
    ['opening its sentence, past a number and an adjective', 'Varrok and his two loyal friends find the old map in the second episode.', 'Varrok'],
    ['before her allies', 'Halfway through, Senna and her allies storm the sky fortress.', 'Senna'],
    ['before his journey', 'The anime is mostly about Orrik and his journey to the end of the sea.', 'Orrik'],
  ] as const)('is a name %s', (_, text, name) => {
    const start = text.indexOf(name);
    expect(entities(text)).toContainEqual({ name, spans: [[start, start + name.length]] });
  });

  it('is read a character, named once with a crew', () => {
    const a = analyzeReview('The best part is watching Varrok and his crew sail from island to island.');
    expect(a.characters.map((c) => c.name)).toEqual(['Varrok']);
  });

  it.each([
    ['before what a real person has as often', 'The anime was cancelled over a fight between Morvane and his editors.'],
    ['after an article', 'I love the Guild and her crew.'],
    ['before a capitalised word', 'Then Varrok and His Majesty arrive late to the feast.'],
    ['with no possessive of one person', 'Later Varrok and their crew arrive at the port.'],
  ] as const)('is no name %s', (_, text) => {
    expect(entities(text)).toEqual([]);
  });
});
