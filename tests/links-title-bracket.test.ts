// `T (A)` where T is the title of the work the text is about, read by the works stage as the work:
// the player in brackets makes T a part, played by A. Sentences are made up.
import { describe, expect, it } from 'vitest';
import { linksAndWorks } from './helpers/links';

describe('a part named by the work\'s title, its player in brackets', () => {
  it.each([
    ['a space before the bracket', 'Sky Rider is the best film of the year. Sky Rider (Dana Moss) flies over the city at night. Dana Moss is a delight. I loved Sky Rider.', [['Sky Rider', 'Dana Moss']]],
    ['no space before the bracket', 'Sky Rider is the best film of the year. Sky Rider(Dana Moss) flies over the city at night. Dana Moss is a delight. I loved Sky Rider.', [['Sky Rider', 'Dana Moss']]],
    ['a three-word title, the player named again by surname', 'The film Night Warden Kell is grim and slow. Night Warden Kell(Dana Moss) hunts the last rebels, and Moss is its one delight. I saw Night Warden Kell twice.', [['Night Warden Kell', 'Dana Moss']]],
  ] as const)('%s', (_, text, want) => {
    expect(linksAndWorks(text).links).toEqual(want);
  });

  it.each([
    ['the bracket names the director', 'Sky Rider is the best film of the year. Sky Rider(Dana Moss) was directed by Dana Moss and I loved it.'],
    ['a quoted title is the work', 'I watched the film "Sky Rider" twice. "Sky Rider"(Dana Moss) is a fine ride, and Dana Moss is fun.'],
    ['the bracket holds the other title, named nowhere else', 'Oren Blay stars in the film Sky Rider. In Sky Rider(Les Voleurs), Blay plays a pilot.'],
  ] as const)('no link: %s', (_, text) => {
    expect(linksAndWorks(text).links).toEqual([]);
  });
});
