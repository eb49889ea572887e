import { describe } from 'vitest';
import { worksTable as table } from './helpers/works-table';

describe('a title-case phrase listed with a title a cue found is a title too', () => {
  table([
    // Commas and "and" after a title a kind of work names.
    { text: 'We rented the film Copper Harbour, Silent Orchard and Tidal Moon.', found: ['Copper Harbour', 'Silent Orchard', 'Tidal Moon'] },
    { text: 'Her credits include the film Glass Orchard, Winter Engine and The Long Ferry.', found: ['Glass Orchard', 'Winter Engine', 'The Long Ferry'] },
    // "or"; an article first makes a hyphenated word no name.
    { text: 'We rented the film Copper Harbour, Silent Orchard or The Talent-Hunt.', found: ['Copper Harbour', 'Silent Orchard', 'The Talent-Hunt'] },
    // In capitals when the title listed is in capitals too.
    { text: 'He made the film SILVER HARBOUR, COLD MARSH and IRON BELL.', found: ['SILVER HARBOUR', 'COLD MARSH', 'IRON BELL'] },
    // A sentence's first word that is a function word is no part of the title.
    { text: 'She liked it. Apart from the film Copper Harbour, Silent Orchard and Tidal Moon, nothing.', found: ['Copper Harbour', 'Silent Orchard', 'Tidal Moon'], none: ['Apart from the film Copper Harbour'] },
    // An item after a comma opens no sentence: its first word stays, a verb or a number too.
    { text: 'Tipped to win are the film Copper Harbour, Thousand Pound Kite and Tidal Moon.', found: ['Copper Harbour', 'Thousand Pound Kite', 'Tidal Moon'], none: ['Pound Kite'] },
    { text: 'Tipped to win are the film Copper Harbour, Gone Fishing Again and Tidal Moon.', found: ['Copper Harbour', 'Gone Fishing Again', 'Tidal Moon'], none: ['Fishing Again'] },
    // A lone given name in the list makes it no list of people: it is a title as often (not taken, being one word).
    { text: 'Tipped to win are the film Copper Harbour, Silent Orchard and Ray.', found: ['Copper Harbour', 'Silent Orchard'], none: ['Ray'] },
    // A title a cue found is no person, whatever its shape.
    { text: 'Critics tipped the comedy Walter Finch, Silent Orchard and Tidal Moon.', found: ['Walter Finch', 'Silent Orchard', 'Tidal Moon'] },
    // A foreign article first leads a title, not a person's name, and keeps the list one of titles.
    { text: 'She sang in the opera Copper Harbour, La Lanterna and Il Vento Freddo.', found: ['Copper Harbour', 'La Lanterna', 'Il Vento Freddo'] },
    { text: 'Prizes went to the film Copper Harbour, Silent Orchard and Les Voisins.', found: ['Copper Harbour', 'Silent Orchard', 'Les Voisins'] },
    // One word with a sequel's digit after it is a title in a list.
    { text: 'The top earners were the film Copper Harbour, Silent Orchard and Gloomfolk 2.', found: ['Copper Harbour', 'Silent Orchard', 'Gloomfolk 2'] },
    { text: 'We rented the film Copper Harbour, Gloomfolk 3 and Tidal Moon.', found: ['Copper Harbour', 'Gloomfolk 3', 'Tidal Moon'] },
  ]);
});

describe('one word listed right beside titles is a title when nothing reads it as a name', () => {
  table([
    // Its neighbours in the list are titles: a cue's, or a phrase the list itself takes.
    { text: 'Tipped to win are the film Copper Harbour, Silent Orchard and Gloomfolk.', found: ['Copper Harbour', 'Silent Orchard', 'Gloomfolk'] },
    { text: 'We rented the film Copper Harbour. The studio made Copper Harbour and Gloomfolk in one year.', found: ['Copper Harbour', 'Gloomfolk'] },
    { text: 'We rented the film Copper Harbour. The studio made Gloomfolk and Copper Harbour in one year.', found: ['Copper Harbour', 'Gloomfolk'] },
  ]);
});

describe('one word listed beside titles stays out when the text reads it otherwise', () => {
  table([
    // Two lone words side by side: one title joined by "and", or a list of characters.
    { text: 'We rented the film Copper Harbour, Brinewick and Thistlemoor.', found: ['Copper Harbour'], none: ['Brinewick', 'Thistlemoor'] },
    // Named again and again: a character the text follows.
    { text: 'We rented the film Copper Harbour. We saw Copper Harbour and Gloomfolk. Gloomfolk smiles at the end. Later Gloomfolk leaves town.', found: ['Copper Harbour'], none: ['Gloomfolk'] },
    // Written in lower case too: a word of the language.
    { text: 'We rented the film Copper Harbour. We saw Copper Harbour and Drift. The boat began to drift away.', found: ['Copper Harbour'], none: ['Drift'] },
    // The surname of a person the text names in full.
    { text: 'We rented the film Copper Harbour. We saw Copper Harbour and Brinewick. Tom Brinewick directed the first.', found: ['Copper Harbour'], none: ['Brinewick'] },
    // A given name: a person listed with titles as often.
    { text: 'We rented the film Copper Harbour. We saw Copper Harbour and Margaret at the fair.', found: ['Copper Harbour'], none: ['Margaret'] },
    // In talk of animation a lone word in a list is a character as often.
    { text: 'We watched the anime Copper Harbour. The anime has Copper Harbour and Gloomfolk in one episode of the manga.', found: ['Copper Harbour'], none: ['Gloomfolk'] },
  ]);
});

describe('list items that name no work are left out', () => {
  table([
    // One word: a character's or a band's name as often.
    { text: 'We rented the film Copper Harbour, Silent Orchard and Tobin.', found: ['Copper Harbour', 'Silent Orchard'], none: ['Tobin'] },
    // One word with a number that is no sequel's digit (a count, a code) stays out.
    { text: 'We rented the film Copper Harbour, Silent Orchard and Tobin 12.', found: ['Copper Harbour', 'Silent Orchard'], none: ['Tobin 12', 'Tobin'] },
    // A person in the list makes it a list of people.
    { text: 'We rented the film Copper Harbour, Maria Lopez and Silent Orchard.', found: ['Copper Harbour'], none: ['Silent Orchard', 'Maria Lopez'] },
    // A match between two, a clause.
    { text: 'We rented the film Copper Harbour, Red Fox vs Grey Wolf and Blue Jay is Gone.', found: ['Copper Harbour'], none: ['Red Fox vs Grey Wolf', 'Blue Jay is Gone'] },
    // A verb after the last item: it opens a new clause.
    { text: 'It is based on the novel Copper Harbour, Silent Orchard and Glass Moor has the lead.', found: ['Copper Harbour', 'Silent Orchard'], none: ['Glass Moor'] },
    // A noun after the last item: it says what the noun is of.
    { text: 'We rented the anime Copper Harbour, Silent Orchard and Star Rune powers.', found: ['Copper Harbour', 'Silent Orchard'], none: ['Star Rune'] },
    // Lines apart are no list.
    { text: 'We rented the film Copper Harbour.\n\nSilent Orchard, The Lamp In The Window Is Lit\n\nA quiet film.', found: ['Copper Harbour'], none: ['Silent Orchard'] },
  ]);
});

describe('a list of commas alone holds titles when it has three items or more and a title a cue found', () => {
  table([
    // No joiner between the items: the last comma runs on into lower-case words.
    { text: 'The plot borrows from the film Copper Harbour, Silent Orchard, Tidal Moon, and any other heist film.', found: ['Copper Harbour', 'Silent Orchard', 'Tidal Moon'] },
    { text: 'I have seen the film Copper Harbour, Silent Orchard, Tidal Moon, among others.', found: ['Copper Harbour', 'Silent Orchard', 'Tidal Moon'] },
    // Two items with a comma between are as often a name and its apposition.
    { text: 'We rented the film Copper Harbour, Silent Orchard, for a night.', found: ['Copper Harbour'], none: ['Silent Orchard'] },
    // Titles found by their shape alone hold a list of commas to nothing: a cast is listed so.
    { text: 'The cast is a delight (Sam the Baker, Ode, Man in the Moon).', found: [], none: ['Sam the Baker', 'Ode', 'Man in the Moon'] },
    // A verb after the last item: the list is a clause's subject, its items the story's beings.
    { text: 'The heroes of the film Copper Harbour, Silent Orchard, Tidal Moon are the best.', found: ['Copper Harbour'], none: ['Silent Orchard', 'Tidal Moon'] },
    // A noun after the last item: the items say what the noun is of.
    { text: 'The anime Copper Harbour, Silent Orchard, Tidal Moon arcs drag on.', found: ['Copper Harbour'], none: ['Silent Orchard', 'Tidal Moon'] },
    // In talk of music such a list names acts as often.
    { text: 'Up for the prize were the album Copper Harbour, Silent Orchard, Tidal Moon, among others.', found: ['Copper Harbour', 'Silent Orchard', 'Tidal Moon'] },
    { text: 'The band sang songs and the rappers did a gig. Up for the prize were the album Copper Harbour, Silent Orchard, Tidal Moon, among others.', found: ['Copper Harbour'], none: ['Silent Orchard', 'Tidal Moon'] },
  ]);
});

describe('a title found by its shape alone is no anchor for a list', () => {
  table([
    // "Queens of the Harbour" is found by its "of" alone: what is listed with it is not taken.
    { text: 'The bands at the fair include Queens of the Harbour, The Lanterns and Foo Riders.', found: ['Queens of the Harbour'], none: ['The Lanterns', 'Foo Riders'] },
  ]);
});

/** Enough lower-case prose that a few titles in capitals read as titles, not as shouting. */
const PROSE = 'Ann Lee was at her very best in the middle of the seventies, when she took on one demanding part after another and seemed to grow with each of them, as the critics of the day noted at some length. ';

describe('two titles of two words or more found by their shape alone anchor a list', () => {
  table([
    // Two titles in capitals hold the list to titles: the item between them is one too.
    { text: `${PROSE}COPPER HARBOUR, Silent Orchard and TIDAL MOON were fine roles for her.`, found: ['COPPER HARBOUR', 'Silent Orchard', 'TIDAL MOON'] },
    { text: `${PROSE}Silent Orchard, COPPER HARBOUR or TIDAL MOON showed her range.`, found: ['COPPER HARBOUR', 'Silent Orchard', 'TIDAL MOON'] },
    // One such title is not enough.
    { text: `${PROSE}COPPER HARBOUR, Silent Orchard and Tidal Moon were fine roles for her.`, found: ['COPPER HARBOUR'], none: ['Silent Orchard', 'Tidal Moon'] },
    // A one-word title found by its capitals names a place or a character as often: it does not count.
    { text: `${PROSE}LOWMOOR, Silent Orchard and TIDAL MOON were fine roles for her.`, found: ['LOWMOOR', 'TIDAL MOON'], none: ['Silent Orchard'] },
  ]);
});
