import { describe } from 'vitest';
import { worksTable as table } from './helpers/works-table';

describe('a name the text calls a band anywhere is no work in it', () => {
  table([
    // A band noun before the name elsewhere in the text.
    { text: 'Kelpie Road star Dara Quinn has left for a solo career. The indie group Kelpie Road formed in Leeds in 1999.', found: [], none: ['Kelpie Road'] },
    // A member's noun right after the name.
    { text: 'Fenwick Lane star Tom Ashby is to marry. Fenwick Lane drummer Ben Cole will be his best man.', found: [], none: ['Fenwick Lane'] },
    // A singer or a dancer after the name's possessive.
    { text: "Marram Hills star Ivy Dunn is back. Marram Hills's singer said the tour would go ahead.", found: [], none: ['Marram Hills'] },
    // The member's noun before "of" and the name.
    { text: 'Copper Sails star Lou Mead spoke to fans. He was the bassist of Copper Sails for ten years.', found: [], none: ['Copper Sails'] },
    // The band's album after its possessive stays a work.
    { text: 'The Kelpie Road guitarist Sam Orr wrote most of Kelpie Road\'s Winter Harbour, the album reviewed here.', found: ['Winter Harbour'], none: ['Kelpie Road'] },
  ]);
});

describe('a show with singers and dancers stays a work', () => {
  table([
    // A singer or a dancer right after a show's title, with no possessive, says nothing of a band.
    { text: 'Bright Parade star Molly Reece is the favourite. Bright Parade singer Jo Fenn was voted off on Saturday.', found: ['Bright Parade'] },
    // A member of a work's cast is no member of a band.
    { text: 'Lanternfall star Bea Dorn shines. The other members of Lanternfall\'s cast are flat.', found: ['Lanternfall'] },
  ]);
});

describe('a star noun after a name makes it a band with more evidence', () => {
  table([
    // A word of past membership before the name: one leaves a band and stays its former star.
    { text: 'The duet from former Tidewater star Cal Brennan fell to number four in the chart this week.', found: [], none: ['Tidewater'] },
    // In a text about music a star of a name is a member of a band.
    {
      text: 'The charity single has gone to number one in the singles chart. Its singers include Harbour Kings star Ronan Hale, rapper Dee Tee and the band Low Orchard, whose album came out last month.',
      found: [],
      none: ['Harbour Kings'],
    },
  ]);
});

describe('a star noun alone, an actor noun or a record noun keeps the work', () => {
  table([
    // A film's star, with no past membership and no talk of music, stays the film's.
    { text: 'Cold Harbour star Ann Vale is tipped for the best actress prize at the film awards on Sunday.', found: ['Cold Harbour'] },
    // In a text about music an actor noun after a title still names a film's or a show's player.
    {
      text: 'The single went to number one in the chart. The album and the songs were written for the band by Harbour Lights actress Jo Vane, who sang on the single too.',
      found: ['Harbour Lights'],
    },
    // A band's self-titled album after a record noun stays a work though the text calls it a band too.
    {
      text: "Last night the former Tidewater star Cal Brennan said the band's first album was his favourite. The album Tidewater sold a million copies.",
      found: ['Tidewater'],
    },
  ]);
});
