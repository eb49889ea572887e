import { describe } from 'vitest';
import { worksTable as table } from './helpers/works-table';

// A kind of film read as a noun (after an article, an owner or a determiner such as "another") and
// a comma sets off the title in apposition, as a work noun does ("his next film, X,"). The guards of
// the work noun hold: a given name, a surname of the text or a person's shape is no title there, and
// a kind of film ending a phrase that a preposition opens at the sentence's start has no apposition.
describe('a title in apposition after a kind of film and a comma', () => {
  table([
    { text: 'A year later he rode again in another western, Dry Gulch Creek, with a new cast.', found: ['Dry Gulch Creek'] },
    { text: 'She followed it with a comedy, Parlour Games, which flopped.', found: ['Parlour Games'] },
    { text: 'Their second thriller, Blackwater, opened in May.', found: ['Blackwater'] },
    { text: 'He then shot another western, Cordell, one of his finest.', found: ['Cordell'] },
    { text: 'In the comedy, Tom Reed plays a clumsy cop.', found: [], none: ['Tom Reed'] },
    { text: 'In this western, Sarah rides alone.', found: [], none: ['Sarah'] },
    { text: 'After that sequel, Hollywood lost interest.', found: [], none: ['Hollywood'] },
    // An opening phrase ends at the comma: the word after it is the clause's subject, not a title.
    { text: 'In the remake, Varro, a baker with debts, is played by Ned Colt.', found: [], none: ['Varro'] },
    { text: 'For a cheap thriller, Quillon moves fast.', found: [], none: ['Quillon'] },
    { text: 'Unlike the sequel, Dorne keeps his temper here.', found: [], none: ['Dorne'] },
  ]);
});
