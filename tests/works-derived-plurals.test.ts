import { describe } from 'vitest';
import { worksTable as table } from './helpers/works-table';

describe('plural nouns of derived works name their source after "of" / "to"', () => {
  table([
    // "versions of" and an article-led title.
    { text: 'Two screen versions of The Lantern Keepers are being planned, the studio said.', found: ['The Lantern Keepers'] },
    // "adaptations of" and a title of two words.
    { text: 'Both adaptations of Harrow Fields left out the ending I loved most.', found: ['Harrow Fields'] },
    // "sequels to".
    { text: 'None of the sequels to Copper Nights came close to the first film.', found: ['Copper Nights'] },
    // "revivals of" on the stage.
    { text: 'There have been three West End revivals of Silver Cradle since it closed.', found: ['Silver Cradle'] },
  ]);
});

describe('after a plural, a run before a noun names whose works they are', () => {
  table([
    { text: 'I have seen other film versions of Marrowby books and they never get his voice right.', found: [], none: ['Marrowby'] },
  ]);
});
