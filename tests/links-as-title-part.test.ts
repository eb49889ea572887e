// `A … as T` where T is the title of the work the text is about, read by the works stage as the work:
// the words make T a part, played by A. Sentences are made up.
import { describe, expect, it } from 'vitest';
import { linksAndWorks } from './helpers/links';

describe('a part named by the work\'s title after "as"', () => {
  it.each([
    ['"cast as" and the title', 'Sky Rider is the best film of the year. Dana Moss is superbly cast as Sky Rider, and Oren Blay is fun. I loved Sky Rider.', [['Sky Rider', 'Dana Moss']]],
    ['"as the" and the title', 'Night Warden is a fine film. Dana Moss reprises her role as the Night Warden and takes on a new foe.', [['Night Warden', 'Dana Moss']]],
    ['a possessive performance', 'Sky Rider (2019) is a fun film. What carries it is Dana Moss\'s performance as Sky Rider.', [['Sky Rider', 'Dana Moss']]],
  ] as const)('%s', (_, text, want) => {
    expect(linksAndWorks(text).links).toEqual(want);
  });

  it.each([
    ['"as a" describes, it names no part', 'I watched Sky Rider again. Dana Moss is great as a Sky Rider fan would expect.'],
    ['a quoted title is the work', 'Dana Moss was great as "Sky Rider" proved, and the sequel is due.'],
    ['"such as" lists works', 'Dana Moss made films such as Sky Rider and Night Warden.'],
    ['a character, not a person, before "as"', 'Sky Rider is fun. Lottie, the hero\'s sister, dresses as Sky Rider at the fair.'],
  ] as const)('no link: %s', (_, text) => {
    expect(linksAndWorks(text).links).toEqual([]);
  });
});
