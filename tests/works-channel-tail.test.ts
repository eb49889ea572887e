import { describe } from 'vitest';
import { worksTable as table } from './helpers/works-table';

describe('a channel after a connector at the end of a title-case run is cut off the title', () => {
  table([
    // A channel's head and number, in figures or in letters, or a broadcaster's one-word name.
    { text: 'She later took the soap Harbour Lane to Channel 4 and made it a hit.', found: ['Harbour Lane'], none: ['Harbour Lane to Channel 4'] },
    { text: 'The sitcom Copper Kettles beat BBC One show Quiet Rooms and Channel 5 in the ratings.', found: ['Copper Kettles'], none: ['Quiet Rooms and Channel 5'] },
    { text: 'The comedy Paper Moons moved to BBC Two last spring.', found: ['Paper Moons'], none: ['Paper Moons to BBC Two'] },
    { text: 'The drama Silent Orchard on HBO drew strong reviews.', found: ['Silent Orchard'], none: ['Silent Orchard on HBO'] },
    // An ordinary word that also names a channel stays in the title.
    { text: 'I loved the film The Hound and the Fox as a child.', found: ['The Hound and the Fox'] },
  ]);
});
