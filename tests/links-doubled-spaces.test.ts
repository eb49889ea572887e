// A text whose line wraps became doubled spaces when it was scraped ("it  may", "Ann  Vale") still
// names one person with two words: the doubled space inside a name is read as one, and the name is
// written with one space. A text that doubles a space only now and then keeps it as a break (a
// signature's place, a field of a table). Sentences are made up.
import { describe, expect, it } from 'vitest';
import { namesAndLinks } from './helpers/links';

/** Sentences with doubled spaces throughout, as a scraper leaves them. */
const WRAPPED = 'The  second film is far better than the first, and the  cast is  strong. ';

describe('doubled spaces inside names in a text that doubles its spaces throughout', () => {
  it.each([
    ['played by a full name', `${WRAPPED}The villain is Orla, played by Dana  Moss. She is superb.`, ['Orla <- Dana Moss'], ['Dana Moss']],
    ['a part in two words before its actor in brackets', `${WRAPPED}We meet Tobin  Quell (Mara Vance) at the farm.`, ['Tobin Quell <- Mara Vance'], ['Mara Vance']],
    ['a text that opens with a space', ` ${WRAPPED}The villain is Orla, played by Dana  Moss. She is superb.`, ['Orla <- Dana Moss'], ['Dana Moss']],
  ] as const)('%s', (_, text, links, people) => {
    const got = namesAndLinks(text);
    expect(got.links).toEqual(links);
    expect(got.people).toEqual(people);
  });
});

describe('a doubled space now and then', () => {
  it('sets a signature apart: the name stops before it', () => {
    const text = 'The letter was short and kind, and the paper printed it in full on the next page of the day. Dana Moss  Leeds, May 2';
    expect(namesAndLinks(text).people).not.toContain('Dana Moss Leeds');
  });
});
