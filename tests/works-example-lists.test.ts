import { describe } from 'vitest';
import { worksTable as table } from './helpers/works-table';

describe('titles listed after "e.g." / "i.e." / "eg." as after "such as"', () => {
  table([
    // A plural kind of work, then the abbreviation with its dots, then the list.
    { text: 'The nineties were great for films e.g. Marrowby Point, Glasshouse and The Tidewater Affair, and many more.', found: ['Marrowby Point', 'Glasshouse', 'The Tidewater Affair'] },
    // In brackets, with a comma after the abbreviation.
    { text: 'Battles drag on in long shonen series (e.g., Quillfen Saga). The rest is fine.', found: ['Quillfen Saga'] },
    { text: 'It is no worse than other fantasy shows (i.e. Larkmoor Tales, Thornfield). The art is good.', found: ['Larkmoor Tales', 'Thornfield'] },
    { text: 'The plot borrows from older anime, eg. Copper Harbour Nights.', found: ['Copper Harbour Nights'] },
    // An infinitive inside a long title is no "to" that joins two titles.
    { text: 'When thrillers get muddled they get dull, i.e. A Quiet Day to Die Young.', found: ['A Quiet Day to Die Young'], none: ['A Quiet Day'] },
  ]);
});

describe('no list after "e.g." where its examples are no works', () => {
  table([
    // A noun for people heads the examples, though a work noun stands nearer.
    { text: 'There are many characters on the show (i.e. Bren Ashdown, Mirelle, Tovik), but one gets all the time.', found: [], none: ['Mirelle', 'Tovik'] },
    // No work noun in the sentence.
    { text: 'A few exceptions (e.g. Mirelle, Tovik and Bren) look fine.', found: [] },
    // Written without its dots it is no abbreviation.
    { text: 'The films I e Glasshouse were fine.', found: [], none: ['Glasshouse'] },
  ]);
});

describe('a question word or a possessive determiner stays at a title start in mid-sentence', () => {
  table([
    // Capitalised after a space in mid-sentence, "My" is the title's, before two words or more.
    { text: 'They are the new My Copper Kingdom fans now.', found: ['My Copper Kingdom'], none: ['Copper Kingdom'] },
    { text: 'Nobody loved the How We Sailed Home sequel.', found: ['How We Sailed Home'], none: ['We Sailed Home'] },
    // Opening a title line it is cut as before ("Will There Be X").
    { text: 'Glass Harbour – Will There Be Glass Harbour Season 2?\n\nGlass Harbour was a hit.', found: ['Glass Harbour'], none: ['Will There Be Glass Harbour'] },
  ]);
});
