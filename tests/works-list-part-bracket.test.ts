// An item of a list of examples (`such as`, `including`, `like`) followed by a bracket that says who
// plays it (`(voiced by A)`, `(Played by A)`) is a part, not a title, even where a work noun
// earlier in the sentence makes the list read as titles. Sentences are made up.
import { describe, expect, it } from 'vitest';
import { linksAndWorks } from './helpers/links';

describe('a list item with a casting bracket is a part', () => {
  it.each([
    ['`such as` after a series noun', 'Over the series we meet other hunters, such as Renji Oda (Voiced by Kaito Mori) who wields a spear.', ['Renji Oda', 'Kaito Mori']],
    ['`including` after a show noun', 'The show adds new faces, including Tessa Rowe (played by Dana Moss) in the second half.', ['Tessa Rowe', 'Dana Moss']],
  ] as const)('%s', (_, text, [part, actor]) => {
    const { links, works } = linksAndWorks(text);
    expect(works).not.toContain(part);
    expect(links).toEqual([[part, actor]]);
  });

  it('a title with a bracket of another kind stays a title', () => {
    expect(linksAndWorks('Her films include shows such as Glass Harbour (2004) and Tin Crown.').works).toContain('Glass Harbour');
  });
});
