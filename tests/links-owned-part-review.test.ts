import { describe, expect, it } from 'vitest';
import { linksAndWorks as analyse } from './helpers/links';

describe("a review's full name owning a two-word name the language does not know: `A B's C D`", () => {
  it.each([
    ["The sequel is slow. Laura Pike's Vorrin Kaal is the coldest villain in years, and the score helps.", 'Vorrin Kaal', 'Laura Pike'],
    ["I liked the cast. Peter Holm's Senator Quarrow is sly and funny in every scene he gets.", 'Senator Quarrow', 'Peter Holm'],
    ["Halfway through we are introduced to Lucy Faraday's Zorvath Kel, the mastermind behind the raid.", 'Zorvath Kel', 'Lucy Faraday'],
  ])('the part, not a work: %j', (text, part, actor) => {
    const got = analyse(text);
    expect(got.links).toEqual([[part, actor]]);
    expect(got.works).not.toContain(part);
  });

  it.each([
    ['ordinary words', "I liked the cast. Peter Holm's Sugar Harbour is sly and funny in every scene.", 'Sugar Harbour'],
    ['a work noun after the copula', "I read it first. Ruth Ogden's Velvet Quarrow is a gripping novel about two sisters.", 'Velvet Quarrow'],
    ['a year in brackets', "I grew up on Mark Hollis's Zennor Quay (2003) and still love it.", 'Zennor Quay'],
    ['a report', "Ruth Ogden's Zennor Quay won the prize on Monday, the jury said. Ogden told reporters she was thrilled and added that the story of the two brothers took her ten years to write, most of them by the sea.", 'Zennor Quay'],
  ])('a work after %s', (_, text, work) => {
    const got = analyse(text);
    expect(got.links).toEqual([]);
    expect(got.works).toContain(work);
  });
});
