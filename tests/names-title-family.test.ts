// Two titles before one surname name a family. A titled form of it still stands for the one full
// name of the surname its title's sex fits (by the full name's given name) when it is the only
// title of that sex the family's titled forms use and every other full name is of the other sex.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';

/** The entity (character or person) holding `form` as its name or an alias, as `[name, ...aliases]`. */
function holder(text: string, form: string): string[] | undefined {
  const a = analyzeReview(text);
  const e = [...a.characters, ...a.people].find((x) => x.name === form || x.aliases.includes(form));
  return e ? [e.name, ...e.aliases] : undefined;
}

describe('a family titled form joins the one full name of its title sex', () => {
  it.each([
    [
      'Mr. Owen Tarrant ran the mill with his sister, Miss Delia Tarrant. Mr. Tarrant kept the books while Miss Tarrant sold the flour.',
      'Mr. Tarrant',
      'Owen Tarrant',
    ],
    [
      'Mr. Owen Tarrant ran the mill with his sister, Miss Delia Tarrant. Mr. Tarrant kept the books while Miss Tarrant sold the flour.',
      'Miss Tarrant',
      'Delia Tarrant',
    ],
    ['Walter Brisk charmed the town. Mr. Brisk smiled at everyone, and Mrs. Brisk only laughed at him.', 'Mr. Brisk', 'Walter Brisk'],
    // A report's husband and wife: the man's full name, then both by title and surname.
    ['The council fined the builder Colin Marsh last week. Mr. Marsh denied any fault, and Mrs. Marsh runs the firm\'s books.', 'Mr. Marsh', 'Colin Marsh'],
  ])('%j: %s', (text, form, full) => {
    expect(holder(text, form)?.some((f) => f.endsWith(full))).toBe(true);
  });
});

describe('a family titled form stays its own when the sexes do not say', () => {
  it.each([
    // Two women's titles for one surname: either may be the one full name of a woman.
    ['Edith Pell kept the shop. Mrs. Pell scolded the boy, Miss Pell fed him, and Mr. Pell said nothing.', 'Mrs. Pell'],
    ['Edith Pell kept the shop. Mrs. Pell scolded the boy, Miss Pell fed him, and Mr. Pell said nothing.', 'Miss Pell'],
    // No full name of a man's sex: the father is none of them.
    ['Edith Pell kept the shop. Mrs. Pell scolded the boy, Miss Pell fed him, and Mr. Pell said nothing.', 'Mr. Pell'],
  ])('%j: %s', (text, form) => {
    expect(holder(text, form)).toEqual([form]);
  });
});

describe('a family titled form and full names of one sex only', () => {
  it('a man\'s title beside women\'s full names only stays apart', () => {
    const text = 'Hester Lyle and Agnes Lyle ran the inn. Mr. Lyle drank in the corner, and Miss Lyle served the ale.';
    expect(holder(text, 'Mr. Lyle')).toEqual(['Mr. Lyle']);
    expect(holder(text, 'Miss Lyle')).toEqual(['Miss Lyle']);
  });
  it("a full name's own title tells its sex, not the husband's given name it carries", () => {
    const text = 'Mrs. Arthur Quill hired the orphan, and her niece Laura Quill taught her to read. Mrs. Quill was stern, Dr. Quill kind.';
    expect(holder(text, 'Mrs. Quill')).toEqual(['Mrs. Quill']);
  });
  it('a title of no sex (a rank) stays apart', () => {
    const text = 'Captain Rooke sailed at dawn. Miss Rooke watched from the pier while Henry Rooke counted the crates.';
    expect(holder(text, 'Captain Rooke')).toEqual(['Captain Rooke']);
  });
});
