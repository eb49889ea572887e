// Two-word forms of a three-word name ("Tarn Velo" of "Edda Tarn Velo") and titled forms whose
// title tells another sex than the full name's given name ("Mrs. Velo" and "Tom Velo"). Sentences
// are made up.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';

/** Every entity as its name and sorted aliases, all forms sorted. */
function forms(text: string): string[][] {
  const a = analyzeReview(text);
  return [...a.characters, ...a.people].map((e) => [e.name, ...e.aliases].sort());
}

/** The forms of the entity that has `form` as its name or an alias. */
function holder(text: string, form: string): string[] | undefined {
  return forms(text).find((f) => f.includes(form));
}

describe('a two-word form of a longer full name', () => {
  it.each([
    ['the last two words', 'The bandit Quill (Edward Jack Velo) robs a coach. Jack Velo is superb in the part.', 'Edward Jack Velo', ['Edward Jack Velo', 'Jack Velo']],
    ['the first two words', 'Susan Mary Quillon (Edda) runs the farm. The scenes between Rob and Susan Mary are lovely.', 'Susan Mary Quillon', ['Susan Mary', 'Susan Mary Quillon']],
    ['the first and the last word', 'Harold James Brisket stars as the baker Edda. Harold Brisket was never better.', 'Harold James Brisket', ['Harold Brisket', 'Harold James Brisket']],
  ] as const)('%s', (_, text, full, want) => {
    expect(holder(text, full)).toEqual([...want].sort());
  });

  it.each([
    // Two longer names spell it out: the text does not say which.
    ['two longer names fit', 'Mary Ann Velo and Mary Ann Brisket both sing. Mary Ann is fine.', 'Mary Ann Velo', 'Mary Ann'],
    // An initial tells two names apart.
    ['an initial left out', 'Peter Q. Tarn teaches Peter Tarn to fight. Later Peter Tarn wins alone.', 'Peter Q. Tarn', 'Peter Tarn'],
    // A noun of a kind of work makes the longer run a title.
    ['a title ending in a noun of work', 'The singer Susan Velo Story has a new film. Susan Velo is great.', 'Susan Velo Story', 'Susan Velo'],
    // A suffix: the short form may be the father.
    ['a suffix last', 'Robert Brisket Jr. plays the son and Robert Brisket the father. Robert Brisket glowers.', 'Robert Brisket Jr', 'Robert Brisket'],
    // The second word stands alone elsewhere: a surname, and the run a name with a stray word after it.
    ['a surname used alone', 'Director Dana Velo Remember came late. The director Dana Velo talked, and we loved Velo.', 'Dana Velo Remember', 'Dana Velo'],
  ] as const)('not: %s', (_, text, long, short) => {
    expect(holder(text, long) ?? []).not.toContain(short);
  });
});

describe('a titled form and a full name of another sex', () => {
  it.each([
    ['a woman\'s title, a man\'s given name', 'Tom Velo runs the mill. His wife, Mrs. Velo, keeps the books, and Mrs. Velo hates Tom.', 'Tom Velo', 'Mrs. Velo'],
    ['a man\'s title, a woman\'s given name', 'Anna Brisket runs the mill. Her father, Mr. Brisket, keeps the books, and Mr. Brisket hates Anna.', 'Anna Brisket', 'Mr. Brisket'],
  ] as const)('stay apart: %s', (_, text, full, titled) => {
    expect(holder(text, full)).not.toContain(titled);
    expect(holder(text, titled)).toBeDefined();
  });

  it.each([
    ['a title of the same sex', 'Tom Velo runs the mill, and Mr. Velo hates the river.', 'Tom Velo', 'Mr. Velo'],
    ['a title of no sex', 'Anna Brisket runs the clinic, and Dr. Brisket hates the river.', 'Anna Brisket', 'Dr. Brisket'],
  ] as const)('join: %s', (_, text, full, titled) => {
    expect(holder(text, full)).toContain(titled);
  });
});
