import { describe } from 'vitest';
import { worksTable as table } from './helpers/works-table';

// A subject of what only a work does or has: it goes out ("was released", "first aired on",
// "premiered at") or has a cast, episodes, directors or a soundtrack. A person is released from
// prison, airs a view and has a cast on a leg; a person's shape, a given name, a surname the text
// uses, a maker and a run after a noun or a verb are left alone.
describe('the subject of a verb only a work takes', () => {
  table([
    { text: 'We rented it on a whim. Salt Harbour was released in 1987 and sank without trace.', found: ['Salt Harbour'] },
    { text: 'My parents loved it. Glass Orchard first aired on Sunday nights.', found: ['Glass Orchard'] },
    { text: 'Nobody expected much. Paper Lanterns premiered at a small festival.', found: ['Paper Lanterns'] },
    { text: 'It shows on screen. Iron Meadow had two directors and neither finished it.', found: ['Iron Meadow'] },
    { text: 'Compare the two. While Copper Tide has a huge cast, this one has four actors.', found: ['Copper Tide'] },
    { text: 'He kept quiet. Tom Hale was released from prison in May.', found: [], none: ['Tom Hale'] },
    { text: 'After the fall, Marcus had a plaster cast on his arm.', found: [], none: ['Marcus'] },
    { text: 'The film starring Ada Crane was released in May.', found: [], none: ['Ada Crane'] },
    { text: 'All the older Westerns were released in colour.', found: [], none: ['Westerns'] },
    { text: 'At the meeting Halloran aired his views at length.', found: [], none: ['Halloran'] },
  ]);
});
