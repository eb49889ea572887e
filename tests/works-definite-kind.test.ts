import { describe } from 'vitest';
import { worksTable as table } from './helpers/works-table';

// A kind of work in a definite phrase names one work: a title-case run that closes the phrase is
// its title even in a person's shape. A run that goes on into a clause, or whose last word the text
// writes alone as a surname, stays a person's.
describe('a name-shaped title closing a definite phrase with a kind of work', () => {
  table([
    { text: 'Critics adored the bleak comedy Walter Brennick, about a failing baker.', found: ['Walter Brennick'] },
    { text: 'She made her name in their second thriller Marta Velez.', found: ['Marta Velez'] },
    { text: 'Nobody expected the comedy Harold Grant, yet it ran for years.', found: ['Harold Grant'] },
    { text: 'The comedy Harold Grant wrote was a flop.', found: [], none: ['Harold Grant'] },
    { text: 'He loved the thriller Harold Grant. Grant was charming in it.', found: [], none: ['Harold Grant'] },
    { text: 'She starred in a comedy with Harold Grant, who was new.', found: [], none: ['Harold Grant'] },
  ]);
});

// Two words set off by commas after a kind of work, then ", where" / ", which": the clause is about
// a thing, so the words name the work, even after a part's noun ("a role in his next film, X,").
describe('a name-shaped title in apposition before a clause about a thing', () => {
  table([
    { text: 'He took a quieter role in his next film, Tomas Ruiz, where he plays a clerk.', found: ['Tomas Ruiz'] },
    { text: 'She returned in her latest series, Clara Dunmore, which airs on Sundays.', found: ['Clara Dunmore'] },
    { text: 'The producer of the film, Tomas Ruiz, who was there, spoke.', found: [], none: ['Tomas Ruiz'] },
    { text: 'He praised the film, Tomas Ruiz, where Ruiz is a clerk.', found: [], none: ['Tomas Ruiz'] },
  ]);
});

// An owner's word, a title-case run and a kind of work in the singular: the run names what the
// owner made, whatever its shape. A run led by a capitalised "Her" opens a sentence and is read as before.
describe('a title between an owner and its kind of work', () => {
  table([
    { text: 'Fans queued for his Paper Kites single on Monday.', found: ['Paper Kites'] },
    { text: 'Kim Dell, whose Iron Lantern album won praise, spoke first.', found: ['Iron Lantern'] },
    { text: 'Critics liked their Glass Harbour series more than the books.', found: ['Glass Harbour'] },
    { text: 'He tuned his Gibson guitar before the show.', found: [] },
  ]);
});

// A noun before the kind makes a compound kind ("fairy tale", "spy thriller"): the phrase is as
// definite, so a name-shaped run closing it is still its title; a kind that is no kind ("film star")
// leaves the person alone.
describe('a name-shaped title after a compound kind of work in a definite phrase', () => {
  table([
    { text: 'Her big break came in the gothic fairy tale Oliver Marchbank, about a boy made of glass.', found: ['Oliver Marchbank'] },
    { text: 'He was cast in the spy thriller Rita Hale, a modest hit.', found: ['Rita Hale'] },
    { text: 'Their crime comedy Nora Pell. It flopped.', found: ['Nora Pell'] },
    { text: 'She met the film star Tom Vane, who was charming.', found: [], none: ['Tom Vane'] },
    { text: 'The spy thriller Rita Hale wrote sold well.', found: [], none: ['Rita Hale'] },
  ]);
});
