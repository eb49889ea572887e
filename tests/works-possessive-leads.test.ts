import { describe } from 'vitest';
import { worksTable as table } from './helpers/works-table';

describe("a run after a channel's or a studio's possessive is a programme or a film", () => {
  table([
    { text: "Viewers warmed to NBC's Harbour Lights after its second week.", found: ['Harbour Lights'] },
    // One word is enough after a channel; a verb that the tagger reads as a plural noun follows.
    { text: "Last spring Channel 4's Brambleford overtook its rivals.", found: ['Brambleford'] },
    { text: "HBO's Copper Tide changes that for good.", found: ['Copper Tide'] },
    // A possessive inside the title, and a list of two channels' titles.
    { text: "The shortlist named BBC Two's Mabel's Kitchen and ITV's Quiet Lanes.", found: ["Mabel's Kitchen", 'Quiet Lanes'] },
    // A place inside counts before a kind of programme.
    { text: "She spoke to the BBC's Notes from Lisbon programme on Monday.", found: ['Notes from Lisbon'] },
    // A group's plural at the end names a programme, after a place or a given name too.
    { text: "Channel 4's Leeds Lads returns next month with new episodes.", found: ['Leeds Lads'] },
    { text: "ITV's Rosa Wives drew eight million viewers.", found: ['Rosa Wives'] },
    // A place's men or women are its team, not a programme.
    { text: "Fans cheered ITV's Scotland Women highlights on Sunday.", found: [], none: ['Scotland Women'] },
  ]);
});

describe("what follows a channel's possessive that is no programme", () => {
  table([
    // A reporter, a place, a day, a service named by what follows, an abbreviation.
    { text: "The BBC's Susan Marlow reports from the capital.", found: [], none: ['Susan Marlow'] },
    { text: "The ceremony was held at ITV's London Studios near the river.", found: [], none: ['London Studios'] },
    { text: "The soap lifted Channel 4's January share by a tenth.", found: [], none: ['January'] },
    { text: "Viewers doubted the BBC's Tidewater digital service.", found: [], none: ['Tidewater'] },
    // A full name led by any first name is a presenter or a boss, not a programme.
    { text: "NBC's Megan Thorne anchored the night.", found: [], none: ['Megan Thorne'] },
    { text: "Netflix's Harvey Quell signed the deal.", found: [], none: ['Harvey Quell'] },
    { text: "Studios copied Pixar's CGI look for years.", found: [], none: ['CGI'] },
  ]);
});

describe('a title led by a given name or "The" and a possessive keeps them', () => {
  table([
    { text: "The archive restored Dottie's Broken Promise (1921) with a new score.", found: ["Dottie's Broken Promise"] },
    { text: "Then came The Miller's Daughter (1934), a modest hit.", found: ["The Miller's Daughter"] },
    { text: "Rosalind's Garden season two drops in May.", found: ["Rosalind's Garden"] },
    // A maker's surname or full name owns the title; it is not part of it.
    { text: "Everyone remembers Kubrick's Cold Harvest (1975) for its light.", found: ['Cold Harvest'], none: ["Kubrick's Cold Harvest"] },
    { text: "She liked Ron Howard's Far Shore (1992) best.", found: ['Far Shore'], none: ["Howard's Far Shore"] },
    // A given name the text also writes before a surname is the star's; the title is what follows.
    { text: "Greta Lind was never better. Greta's Pale Harbour (1958) shows why.", found: ['Pale Harbour'], none: ["Greta's Pale Harbour"] },
    // Another word leads the title when the text writes them together twice and never names it alone.
    { text: "Harbour's Nine (2001) was a hit. Harbour's Nine earned more than its sequel.", found: ["Harbour's Nine"] },
    { text: "Bassi's Ghoul (1979) is gory. Bassi made it cheaply, and Bassi's Ghoul shows it.", found: ['Ghoul'], none: ["Bassi's Ghoul"] },
  ]);
});

describe('a possessive inside a title a cue names', () => {
  table([
    { text: "The animated film Marlow's Floating Garden took the most money in March.", found: ["Marlow's Floating Garden"], none: ['Marlow'] },
    { text: "Her set designs for the thriller Dead Man's Lantern were praised.", found: ["Dead Man's Lantern"] },
    { text: "He has also worked on Juniper's Echo and Saltmarsh.", found: ["Juniper's Echo", 'Saltmarsh'] },
    // A maker's possessive owns the title after it: a surname the text gives a person, or an article after it.
    { text: "Ada Wren won. The film Wren's Cold Harbour opens next week.", found: ['Cold Harbour'], none: ["Wren's Cold Harbour", 'Wren'] },
    { text: "She loved the movie Pelham's The Quiet Field.", found: ['The Quiet Field'], none: ["Pelham's The Quiet Field"] },
    // A place owns what follows.
    { text: "The musical London's Grand Night was cancelled.", found: ['Grand Night'], none: ["London's Grand Night"] },
  ]);
});

describe('a possessive inside a listed title', () => {
  table([
    { text: "I like shows such as Marlow's Floating Garden and Tin Harbour.", found: ["Marlow's Floating Garden", 'Tin Harbour'] },
    // A character the text names alone owns what follows; so does one before a word in capitals.
    { text: "Vane is the villain. Arcs like the Glass Tower Arc and Vane's Revenge are slow.", found: [], none: ["Vane's Revenge"] },
    { text: "The later series like Glass Tower Arc and even Vane's OST feel different.", found: ['Glass Tower Arc'], none: ["Vane's OST"] },
    // A year after a listed title names its version; the list goes on.
    { text: 'Better anime like Iron Tide 2003 and Paper Moon exist.', found: ['Iron Tide', 'Paper Moon'] },
  ]);
});

describe("a contraction's \"'s\" inside a title", () => {
  table([
    { text: "The band released the single Do You Know It's Spring last week.", found: ["Do You Know It's Spring"] },
    { text: "I still enjoy the show That's Our Street on weekends.", found: ["That's Our Street"] },
    // A sentence's first word is no title's.
    { text: "It's Tom Vale who carries the film.", found: [] },
  ]);
});

describe('a list item opened by "I" and capitalised words', () => {
  table([
    { text: "They closed with the hits Rain on Glass, I've Been Gone, and Harbour Song on Friday.", found: ['Rain on Glass', "I've Been Gone", 'Harbour Song'] },
  ]);
});

describe('a record after "single" and a word for when it came out', () => {
  table([
    { text: 'The band are up twice for their recent single Driftwood, including best rock song.', found: ['Driftwood'] },
  ]);
});
