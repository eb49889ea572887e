import { describe } from 'vitest';
import { worksTable as table } from './helpers/works-table';

describe('a title of two words or more after a comparison, with no kind of work near, is a title', () => {
  table([
    { text: 'Honestly it is far better than Copper Harbour for pacing.', found: ['Copper Harbour'] },
    { text: 'The fights were somehow worse than Silent Orchard ever managed.', found: ['Silent Orchard'] },
    { text: 'I found it funnier than The Long Ferry, and shorter too.', found: ['The Long Ferry'] },
  ]);
});

describe('a comparison names no work where its item may be someone', () => {
  table([
    // One word: a character compared as often ("stronger than Luffy").
    { text: 'In the end he is stronger than Tobin, though nobody says so.', found: [], none: ['Tobin'] },
    // A given name first: a person.
    { text: 'She is a better singer than Maria Lopez ever was.', found: [], none: ['Maria Lopez'] },
    // The comparison is of a noun: "a more interesting character than X" compares characters.
    { text: 'He is a far more interesting character than Boro Venn in my opinion.', found: [], none: ['Boro Venn'] },
  ]);
});
