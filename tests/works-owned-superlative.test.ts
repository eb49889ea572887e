import { describe } from 'vitest';
import { worksTable as table } from './helpers/works-table';

// "X is one of his best.": after a maker's owner word the noun left out is what the maker made,
// so a subject of two words or more is a work. A noun after the superlative says what the subject
// is; "my" and "the" may leave out a person; one word is a person's name as often.
describe('the subject of "one of his best" with the noun left out', () => {
  table([
    { text: 'I like the star a lot. Sadly, Copper Harbour is not one of his best.', found: ['Copper Harbour'] },
    { text: 'The Long Ferry was one of her weakest, and she knew it.', found: ['The Long Ferry'] },
    { text: 'For me Glass Meadow remains one of Hitchcock\'s finest.', found: ['Glass Meadow'] },
  ]);
});

describe('"one of his best" names no work where the subject may be someone', () => {
  table([
    { text: 'Tom Reed is one of her best friends from school.', found: [], none: ['Tom Reed'] },
    { text: 'Lonsdale is one of his best. He trusts him with everything.', found: [], none: ['Lonsdale'] },
    { text: 'Copper Harbour is one of my best, she said of her pupils.', found: [], none: ['Copper Harbour'] },
    { text: 'Copper Harbour is one of America\'s greatest.', found: [], none: ['Copper Harbour'] },
  ]);
});
