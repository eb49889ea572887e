import { describe } from 'vitest';
import { worksTable as table } from './helpers/works-table';

describe('a maker after a lower-case "by" at the end of a title-case run is cut off the title', () => {
  table([
    // A person's shape, a band led by "The", a nation's word after "by".
    { text: 'Their records of the week include Lantern Days by The Kestrels and more.', found: ['Lantern Days'], none: ['Lantern Days by The Kestrels'] },
    { text: 'The festival opens with the film The Keeper of Tides by French director Ann Morel.', found: ['The Keeper of Tides'], none: ['The Keeper of Tides by French'] },
    { text: 'The song Harbour Lights by Tom Reed was played, which moved everyone.', found: ['Harbour Lights'], none: ['Harbour Lights by Tom Reed'] },
    // One nation's word after "from" says where the work comes from; a longer place or another word is the title's.
    { text: 'The prize went to the drama The Quiet Harbour from Norway last night.', found: ['The Quiet Harbour'], none: ['The Quiet Harbour from Norway'] },
    { text: 'The film Flight from New York opens soon.', found: ['Flight from New York'] },
    { text: 'The film Visitor from Saturn opens soon.', found: ['Visitor from Saturn'] },
    // A title that holds "by" with no name after it keeps it.
    { text: 'I love the song Stand by Me more than any other.', found: ['Stand by Me'] },
    { text: 'The film Death by Chocolate is a lot of fun.', found: ['Death by Chocolate'] },
  ]);
});
