import { describe } from 'vitest';
import { worksTable as table } from './helpers/works-table';

// A plural kind of work, "from", then items joined by "to": the plural says the ends of the range
// are works. A range of makers, people or places stops the reading, and both ends must be titles;
// a place's common head inside a longer title ("Harbour City") does not stop it.
describe('a range of titles after a plural kind of work', () => {
  table([
    { text: 'He grew up on crime movies from Harbour City to Broken Glass to Cold Front.', found: ['Harbour City', 'Broken Glass', 'Cold Front'] },
    { text: 'The channel shows westerns ranging from Dry Gulch to The Long Trail.', found: ['Dry Gulch', 'The Long Trail'] },
    { text: 'She loves dramas from Red Lanterns to Open Season, all of them.', found: ['Red Lanterns', 'Open Season'] },
    { text: 'The festival screened films from France to Japan.', found: [] },
    { text: 'He studied films from Hitchcock to Kubrick.', found: [], none: ['Hitchcock', 'Kubrick'] },
    { text: 'The course covers movies from Tom Hale to Ann Reed.', found: [], none: ['Tom Hale', 'Ann Reed'] },
  ]);
});
