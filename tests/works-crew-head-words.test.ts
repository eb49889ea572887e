import { describe } from 'vitest';
import { worksTable as table } from './helpers/works-table';

describe('a title ending in a word of a place or a body, before a crew noun and a full name', () => {
  table([
    // The crew noun and the full name after it say the run is the work the person is known for.
    { text: 'The sitcom was written by Harbour Family creator Ned Ashby and two others.', found: ['Harbour Family'] },
    { text: 'Guests included Brackley Street actress Ruth Vane and a singer.', found: ['Brackley Street'] },
    { text: 'The film was praised by Cold Bill director Ian Holt on Monday.', found: ['Cold Bill'] },
    { text: 'The panel was joined by The Night Office star Dana Pike, who won last year.', found: ['The Night Office'] },
    // A body that employs cast and crew stays no title.
    { text: 'The revival was staged by Northgate Theatre director Tom Reedy last spring.', found: [], none: ['Northgate Theatre'] },
    { text: 'The screening was opened by Film Festival director Anna Voss on Friday.', found: [], none: ['Film Festival'] },
    { text: 'The show was hosted by Coast Radio presenter Kate Orme in the evening.', found: [], none: ['Coast Radio'] },
    // Without a full name after the noun the head word still rules the run out.
    { text: 'The new plan was backed by the Brackley Street director on Monday.', found: [], none: ['Brackley Street'] },
  ]);
});
