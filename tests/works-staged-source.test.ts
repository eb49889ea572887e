import { describe } from 'vitest';
import { worksTable as table } from './helpers/works-table';

describe('what a stage production is of is a title, even where it reads as a name', () => {
  table([
    // A given name and a surname: the book's heroine names the book.
    { text: 'The school put on a production of Martha Quell last spring, and the lead was wonderful.', found: ['Martha Quell'] },
    // An honorific first: the play named after its king.
    { text: 'My uncle once saw a staging of King Osric in a barn in the rain.', found: ['King Osric'] },
    // A plain title after the noun, as before.
    { text: 'This is the finest production of The Salt Orchard I have seen.', found: ['The Salt Orchard'] },
  ]);
});

describe('a name after other derived-work nouns, or one given name after a production, stays a name', () => {
  table([
    // "version of" someone is a likeness of a person as often.
    { text: 'She plays a gentler version of Martha Quell, the widow from the first book.', found: [], none: ['Martha Quell'] },
    // A lone given name is a person or a part as often.
    { text: 'It was a production of Martha, who also paid for the whole thing.', found: [], none: ['Martha'] },
    // After "of" only: "production to" leads elsewhere.
    { text: 'They moved the production to Martha Quell, the old farm near the coast.', found: [], none: ['Martha Quell'] },
  ]);
});
