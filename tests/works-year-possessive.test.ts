import { describe } from 'vitest';
import { worksTable as table } from './helpers/works-table';

describe("a run after a year's possessive names a work of that year", () => {
  table([
    // A film, a record or a show dated by its year, one word or several, a person's shape too.
    { text: "Her breakthrough came in 1994's Harbour of Glass, a quiet thriller.", found: ['Harbour of Glass'] },
    { text: "Fans still quote 2011's Quillmere whenever the cast meet.", found: ['Quillmere'] },
    { text: "Their first hit was 1978's Copper Morning, written in a week.", found: ['Copper Morning'] },
    { text: "He had a cameo in 2003's Maisie Thorne before the sequel.", found: ['Maisie Thorne'] },
    { text: "The score recalls 1982’s The Silent Orchard more than once.", found: ['The Silent Orchard'] },
    // The first title of a list after the year.
    { text: "She is best known for 1999's Paper Lanterns and a string of sequels.", found: ['Paper Lanterns'] },
    // An event, a prize, a feast of the year, or a run that qualifies a noun after it: none.
    { text: "Takings were lower than over 2006's Spring Bank weekend.", found: [], none: ['Spring Bank'] },
    { text: "They played at 1991's Harvest Jam to a huge crowd.", found: [], none: ['Harvest Jam'] },
    { text: "Ratings beat 2004's Super Bowl by a wide margin.", found: [], none: ['Super Bowl'] },
    { text: "She hosted 2016's Eastford Music Awards with her brother.", found: [], none: ['Eastford Music Awards'] },
    { text: "Sales never matched 2019's Christmas, the best on record.", found: [], none: ['Christmas'] },
    { text: "He was not chosen for 2012's Westland Games either.", found: [], none: ['Westland Games'] },
  ]);
});
