import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';
import { titleShapeAt } from '../src/stages/4-names/title-shape';

const named = (text: string): string[] => {
  const a = analyzeReview(text);
  return [...a.characters, ...a.people].map((e) => e.name);
};

describe('a word only written inside a title shape is no one', () => {
  it.each([
    // [text, start, end, shape, other side]
    ['Loved Pearl x Pearl a lot.', 6, 11, 'x', 'Pearl'],
    ['Loved Pearl x Pearl a lot.', 14, 19, 'x', 'Pearl'],
    ['Loved Pearl X Pearl a lot.', 6, 11, 'x', 'Pearl'],
    ['Then Moss;Gale came out.', 5, 9, ';', 'Gale'],
    ['Then Moss;Gale came out.', 10, 14, ';', 'Moss'],
    ["Then Moss;Gale's ending.", 10, 14, ';', 'Moss'],
    ['Then Moss;Gale came out.', 10, 14, ';', 'Moss'],
  ])('%j at %i-%i is a %s shape beside %s', (text, start, end, shape, other) => {
    expect(titleShapeAt(text, { start, end })).toEqual({ shape, other });
  });

  it.each([
    // A semicolon with a space after it separates clauses; a lower-case x or a word after is no shape.
    ['Moss left; Gale stayed.', 5, 9],
    ['Moss left;Gale stayed.', 0, 4],
    ['Then Moss x ten came.', 5, 9],
    ['Then Moss  x Gale came.', 5, 9],
  ])('%j at %i-%i is in no shape', (text, start, end) => {
    expect(titleShapeAt(text, { start, end })).toBeNull();
  });

  it.each([
    // A title made of one word twice, or of two words, names no one.
    ['I finally watched Pearl x Pearl. Tovin Rask is the hero of it, and Tovin Rask grows up. Pearl x Pearl is great.', ['Pearl'], ['Tovin Rask']],
    ['Moss;Gale is a time travel show. Rina Hale builds a machine, and Rina Hale pays for it. Moss;Gale was a delight.', ['Moss', 'Gale'], ['Rina Hale']],
    ['Warden x Tithe is my comfort show. Odile Marr runs the inn, and Odile Marr keeps secrets. I rewatch Warden x Tithe yearly.', ['Warden', 'Tithe'], ['Odile Marr']],
    // A name the text also uses on its own stays, and so does the name it is paired with.
    ['Kael fights the duke and Kael wins. I ship Kael x Mira, and Mira is fierce when Mira leads.', [], ['Kael', 'Mira']],
    ['Kael fights the duke and Kael wins. I ship Kael x Mira forever, the fans do too.', [], ['Kael']],
  ])('%j has none of %j and keeps %j', (text, gone, kept) => {
    const names = named(text);
    for (const g of gone) expect(names).not.toContain(g);
    for (const k of kept) expect(names).toContain(k);
  });
});
