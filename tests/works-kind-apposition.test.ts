import { describe } from 'vitest';
import { worksTable as table } from './helpers/works-table';

// A kind of film read as a noun (after an article, an owner or a determiner such as "another") and
// a comma sets off the title in apposition, as a work noun does ("his next film, X,"). The guards of
// the work noun hold: a given name, a surname of the text or a person's shape is no title there.
describe('a title in apposition after a kind of film and a comma', () => {
  table([
    { text: 'A year later he rode again in another western, Dry Gulch Creek, with a new cast.', found: ['Dry Gulch Creek'] },
    { text: 'She followed it with a comedy, Parlour Games, which flopped.', found: ['Parlour Games'] },
    { text: 'Their second thriller, Blackwater, opened in May.', found: ['Blackwater'] },
    { text: 'He then shot another western, Cordell, one of his finest.', found: ['Cordell'] },
    { text: 'In the comedy, Tom Reed plays a clumsy cop.', found: [], none: ['Tom Reed'] },
    { text: 'In this western, Sarah rides alone.', found: [], none: ['Sarah'] },
    { text: 'After that sequel, Hollywood lost interest.', found: [], none: ['Hollywood'] },
  ]);
});
