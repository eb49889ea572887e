import { describe, expect, it } from 'vitest';
import { linksAndWorks as analyse } from './helpers/links';

describe('a part noun after `in the`, `to the`, `for the` or a verb right after the name, with words describing it: `A … in the role of C`', () => {
  it.each([
    ['in the role of', 'Dale Brenner settles comfortably in the role of Orlo Vance. Later Orlo Vance leaves town for good.', 'Orlo Vance', 'Dale Brenner'],
    ['described noun after in the', 'Mara Lindqvist is chilling in the demanding role of Captain Ferro, and Captain Ferro never smiles.', 'Captain Ferro', 'Mara Lindqvist'],
    ['for the role of', 'The studio picked Tobias Wren for the role of Quill Avery. Quill Avery runs the mill by the river.', 'Quill Avery', 'Tobias Wren'],
    ['into the role of', 'Dale Brenner slips easily into the role of Ruth Pike, and Ruth Pike carries the second act.', 'Ruth Pike', 'Dale Brenner'],
    ['a taking verb, then described noun', 'Mara Lindqvist took the thankless role of Ilse Marrow. Ilse Marrow is the quiet sister.', 'Ilse Marrow', 'Mara Lindqvist'],
    ['to the role of, the actor in the sentence before', 'The one who stands out is Mara Lindqvist. She was suited perfectly to the role of the brave Ilse Marrow, who runs the inn.', 'Ilse Marrow', 'Mara Lindqvist'],
    ['any verb right after the name', 'Tobias Wren handles the tricky role of Quill Avery with ease. Later Avery sells the mill.', 'Quill Avery', 'Tobias Wren'],
  ])('links the part: %s', (_, text, part, actor) => {
    expect(analyse(text).links).toContainEqual([part, actor]);
  });

  it.each([
    ['no person before the cue', 'The film gives too much weight to the role of Quill Avery. Quill Avery runs the mill.'],
    ['a plain noun phrase, no preposition', 'Dale Brenner wrote about the odd role of Quill Avery in the town. Quill Avery runs the mill.'],
    ['too many words between the article and the noun', 'Dale Brenner wrote in the long and very odd role of Quill Avery. Quill Avery runs the mill.'],
    ['`part` after a preposition: a piece of a place', 'Dale Brenner grew up in the old part of Quill Avery, and Quill Avery is a quiet man.'],
    ['`part` after a verb: a piece of a story', 'Dale Brenner enjoyed the first part of Quill Avery. Quill Avery runs the mill.'],
    ['`on the part of`: agency', 'Dale Brenner saw no effort on the part of Quill Avery to help. Quill Avery left.'],
    ['a copula after the name', 'Dale Brenner was the best part of Quill Avery, and Quill Avery ran the mill.'],
    ['a verb of wanting after the name', 'Dale Brenner questions the central role of Quill Avery in the town. Quill Avery runs the mill.'],
  ])('no link: %s', (_, text) => {
    expect(analyse(text).links).toEqual([]);
  });
});
