import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';

/** Each work's title and aliases in `text`. */
const forms = (text: string): string[][] => analyzeReview(text).works.map((w) => [w.title, ...w.aliases]);

describe("a word written as a work's initials is the same work", () => {
  it.each([
    // Capital initials of every word.
    { text: 'I finally watched Lantern Tide Chronicles. LTC has the best villain of the year.', work: ['Lantern Tide Chronicles', 'LTC'] },
    // A lower-case connector's initial in either case.
    { text: 'The anime Siege of Lanterns changed everything for me, and SoL season two is even darker.', work: ['Siege of Lanterns', 'SoL'] },
    { text: 'The anime Siege of Lanterns changed everything for me, and SOL season two is even darker.', work: ['Siege of Lanterns', 'SOL'] },
    // A lone x between two words; a possessive after the initials.
    { text: 'Rover x Rover is long. RxR’s second arc is where it gets good.', work: ['Rover x Rover', 'RxR'] },
    // A sequel's figure stays a figure; initials written first do not become the title.
    { text: 'FQ7 on the old console was my childhood, so I had to see Fable Quest 7 when it came out.', work: ['Fable Quest 7', 'FQ7'] },
  ])('$text', ({ text, work }) => {
    expect(forms(text)).toContainEqual(work);
  });

  it('joins a work found under its initials alone to the full title', () => {
    const text = 'Everyone compares Rover x Rover to "RxR" fan edits, but RxR is the same show.';
    const got = forms(text);
    expect(got).toContainEqual(['Rover x Rover', 'RxR']);
    expect(got.flat().filter((f) => f === 'RxR')).toHaveLength(1);
  });
});

describe('words that are no initials of a work', () => {
  it.each([
    // Two words give two letters: too many things are written so.
    { text: 'The film Fable Quest was fine, and FQ fans will like it.', full: 'Fable Quest', none: 'FQ' },
    // A shout of a word the text writes in lower case.
    { text: 'The show Gate of Tides is dull. I GOT bored and got up twice.', full: 'Gate of Tides', none: 'GOT' },
    // A capital title word's initial written in lower case.
    { text: 'The anime Siege of Lanterns changed everything for me, and soL is a meme now.', full: 'Siege of Lanterns', none: 'soL' },
    // A title with a colon is left alone.
    { text: 'The film Lantern Tide: Chronicles Begin is long. LTCB is the best of them.', full: 'Lantern Tide: Chronicles Begin', none: 'LTCB' },
  ])('$text', ({ text, full, none }) => {
    const got = forms(text);
    expect(got.map((f) => f[0])).toContain(full);
    expect(got.flat()).not.toContain(none);
  });
});
