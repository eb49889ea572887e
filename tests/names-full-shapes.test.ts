import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';

const found = (text: string): string[] => {
  const a = analyzeReview(text);
  return [...a.characters, ...a.people].map((e) => e.name);
};

describe('a repeated full name whose surname the tagger reads as a common word', () => {
  it.each([
    ['I liked the quiet drama. It gave Quillon Ford the best part, and later Quillon Ford won an award for it.', 'Quillon Ford'],
    ['The sequel needs Tamsin Cross again, because without Tamsin Cross the jokes fall flat.', 'Tamsin Cross'],
  ])('%j has %j', (text, name) => {
    expect(found(text)).toContain(name);
  });
  it('still needs a second mention mid-sentence', () => {
    expect(found('Quillon Ford won an award for it.')).not.toContain('Quillon Ford');
  });
});

describe('a full name once, joined by and/or to an accepted full name', () => {
  it.each([
    ['For gloom, try Kasimir Wolnik, or Dorothy Fennimore in her later years.', 'Kasimir Wolnik'],
    ['The best moments belong to Dorothy Fennimore and Quillon Marsh, nobody else.', 'Quillon Marsh'],
    ['The villains are Dorothy Fennimore, Anselm Kowar and Quillon Marsh.', 'Quillon Marsh'],
    // Between two accepted full names a comma joins a list: no appositive starts there.
    ['Dorothy Fennimore, Kasimir Wolnik, Margaret Ellery were all at the gala.', 'Kasimir Wolnik'],
  ])('%j has %j', (text, name) => {
    expect(found(text)).toContain(name);
  });
  it.each([
    // A comma alone may start an appositive: no list, unless the sentence is about acting.
    ["We drove past Glenmore Abbey, Dorothy Fennimore's old house, on the way.", 'Glenmore Abbey'],
    // The neighbour must be a full name the text already holds as a name.
    ['We drove past Glenmore Abbey and Dunmore Castle on the way.', 'Glenmore Abbey'],
  ])('%j has no %j', (text, name) => {
    expect(found(text)).not.toContain(name);
  });
});
