// A word that is no name elsewhere (a place, a rank, a month) ends a full name right after a first
// name, rare first names too, and where the text used that full name, the word alone is that
// person again, so "May said" is the guitarist, not the month. A first name that is also a word
// takes such a surname only mid-sentence and read as a name; a month before a number dates, and
// the word alone stays a place, a people or a date where its neighbours say so. All names and
// wording invented.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src';

const people = (text: string): [string, string[]][] => analyzeReview(text).people.map((p) => [p.name, p.aliases]);
const speakers = (text: string): (string | null)[] => {
  const a = analyzeReview(text);
  return a.quotes.map((q) => a.people.find((p) => p.id === q.speaker?.personId)?.name ?? null);
};

describe('a stop word as the surname of a first name', () => {
  it.each([
    // A rank that is a family name, after a listed first name.
    ['The horror novelist Gordon King signed with a new publisher this week.', [['Gordon King', []]]],
    // The one month that is a family name.
    ['Drummer Nathan May left the group after the tour.', [['Nathan May', []]]],
    // A rare first name takes a place word as its surname.
    ['The rapper Tyquan West topped the chart again.', [['Tyquan West', []]]],
    // A first name that is also a word, mid-sentence and read as a name.
    ['On stage the comic Dawn French kept the crowd laughing.', [['Dawn French', []]]],
    // The saint's day that is a family name; the holiday is written with `'s Day`.
    ['The poet Miriam Valentine read from her third collection.', [['Miriam Valentine', []]]],
    ['At the market the grocer Otto Valentine sold the last pears.', [['Otto Valentine', []]]],
    // The holiday itself, with its possessive and `Day`, is no one.
    ['Cards for Valentine\'s Day sold out early, Otto Brell said.', [['Otto Brell', []]]],
  ])('%j has %j', (text, want) => {
    expect(people(text)).toEqual(want);
  });

  it.each([
    // A country after a first name that is also a word is the place.
    ['The novel is set in Tudor England and follows a clerk.', []],
    // A month before a number dates.
    ['We booked tickets for Ella May 5 last year.', []],
  ])('%j has %j', (text, want) => {
    expect(people(text)).toEqual(want);
  });
});

describe('the surname alone after the full name', () => {
  it.each([
    ['Guitarist Nathan May joined the band in May. “It felt like coming home,” May said.', ['Nathan May']],
    ['The rapper Tyquan West won twice. “I did not expect this,” West said.', ['Tyquan West']],
    ['The comic Dawn French hosted the night. “Nobody fell over,” French said.', ['Dawn French']],
  ])('%j is said by %j', (text, want) => {
    expect(speakers(text)).toEqual(want);
  });

  it.each([
    // A date, a place and a language stay what they are beside the full name.
    ['Guitarist Nathan May joined the band in May and played in the West End.', [['Nathan May', []]]],
    ['The comic Dawn French toured the country. French audiences loved her.', [['Dawn French', []]]],
    ['Guitarist Nathan May joined the band. May we hear him again soon?', [['Nathan May', []]]],
    // A firm's or a channel's name, or a word with a nationality's ending, after a listed first
    // name is that person's surname alone too.
    ['The actor Edward Fox backs the bid. The next day Fox told the paper he was glad.', [['Edward Fox', ['Fox']]]],
    ["The director Carlo Genovese won again. Many expected it to be Genovese's year.", [['Carlo Genovese', ['Genovese']]]],
    // A family name that is a stop word by its ending alone, once the text has written it after a
    // given name, is that person after a preposition and at a sentence's start too.
    ['The director Carlo Genovese won again. The jury gave the prize to Genovese at last.', [['Carlo Genovese', ['Genovese']]]],
    ['The designer Ada Furnish opened a shop. Furnish told us it was a gamble.', [['Ada Furnish', ['Furnish']]]],
    // A language with that ending that ends no full name stays a language.
    ['The director Ada Vale shot the film in Maltese, and a version for Maltese viewers came later.', [['Ada Vale', []]]],
    // The firm's name stays the firm where a preposition or a name next to it says so.
    ['The actor Edward Fox joined the show, which airs on Fox every week.', [['Edward Fox', []]]],
    ['The actor Edward Fox joined a drama for Fox News this spring.', [['Edward Fox', []]]],
    // A firm named for its founder, written as the firm once, is the firm wherever it stands alone.
    ['The animator Walt Disney built a studio. I love good Disney films, and Disney also made sequels.', [['Walt Disney', []]]],
  ])('%j has %j', (text, want) => {
    expect(people(text)).toEqual(want);
  });
});
