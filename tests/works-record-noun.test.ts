import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';
import { worksTable as table } from './helpers/works-table';

describe('a record noun right before a title names the record, without an article or after a comma', () => {
  table([
    // No article before the noun: news writes "follows single X".
    { text: 'The new record follows single Paper Lantern Road, which reached number nine.', found: ['Paper Lantern Road'] },
    // After a comma, when the title closes its phrase.
    { text: 'The stars met to record their own fund-raising single, Hold The Bright Line.', found: ['Hold The Bright Line'] },
    { text: 'The band topped the chart with their new release, Quiet Harbours, which sold well.', found: ['Quiet Harbours'] },
    // A noun that is a verb as often counts after an owner, an adjective, a year or a possessive.
    { text: "Vane's latest release I Walk The Shore went in at number two.", found: ['I Walk The Shore'] },
    { text: "The rapper sampled Della Rook's 1980s hit Tin Drummers for the track.", found: ['Tin Drummers'] },
    { text: 'The duo played their hit Salt On The Wire at the ceremony.', found: ['Salt On The Wire'] },
    { text: 'The company is staging the worldwide stage hit Glass.', found: ['Glass'] },
    // One word and a sequel's digit: the title holds both, even where the word alone names a hero.
    { text: 'The best-selling video of the year was the Brightline hit Copperfoot 2, which took $400m. Copperfoot returns next year.', found: ['Copperfoot 2'] },
    // Not a verb, not a count, not a person, not a noun's modifier.
    { text: 'A man who hit Rory Kell outside the club was arrested.', found: [], none: ['Rory Kell'] },
    { text: 'They plan to release Bright Fields next month.', found: [], none: ['Bright Fields'] },
    { text: 'In the second act single Maud begins seeing a reformer.', found: [], none: ['Maud'] },
    { text: 'He starred in hit US comedy Two Doors Down last year.', found: ['Two Doors Down'], none: ['US'] },
    { text: 'The release Date for the record is not yet known.', found: [], none: ['Date'] },
    { text: 'The song I wrote for her was never released.', found: [], none: ['I'] },
  ]);
});

describe('the record an act holds a chart place with is a title', () => {
  table([
    { text: 'The trio have their second chart hit at number six with Oh Sweet Lantern.', found: ['Oh Sweet Lantern'] },
    { text: 'The girl group slipped one place to four with Lose My Compass.', found: ['Lose My Compass'] },
    { text: 'The band entered the chart at four with Driftwood, which had been tipped.', found: ['Driftwood'] },
    // A person after "with" is no record; "a number of" is no place.
    { text: 'The song is at number one with Nora Quell singing the chorus.', found: [], none: ['Nora Quell'] },
    { text: 'He made a number of films with Tom Grady in the 1990s.', found: [], none: ['Tom Grady'] },
  ]);

  it('gives the mention of a chart record its offsets in the text', () => {
    const text = 'The band went in at number three with Cold Iron Bells this week.';
    const works = analyzeReview(text).works;
    const bells = works.find((w) => w.title === 'Cold Iron Bells');
    expect(bells).toBeDefined();
    const start = text.indexOf('Cold Iron Bells');
    expect(bells?.mentions.map((m) => [m.start, m.end])).toEqual([[start, start + 'Cold Iron Bells'.length]]);
  });
});
