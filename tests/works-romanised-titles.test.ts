import { describe } from 'vitest';
import { worksTable as table } from './helpers/works-table';

// Two animation words make a text about animation; the titles below are made up.
const ANIME = 'The anime and the manga both take their time.';

describe('capitalised words joined by a romanised particle in an anime review are a title', () => {
  table([
    { text: `${ANIME} I still think Hoshizora no Tegami had the better ending.`, found: ['Hoshizora no Tegami'] },
    // Two particles in one title, and a particle other than "no".
    { text: `${ANIME} Nobody warned me that Ore no Neko ga Kaeru would hurt this much.`, found: ['Ore no Neko ga Kaeru'] },
    { text: `${ANIME} Tsuki wa Tooku ran for two cours.`, found: ['Tsuki wa Tooku'] },
    // An English word opening the sentence is not part of it, nor an English "or" after it.
    { text: `${ANIME} Does Kaze no Uta live up to the hype? Kaze no Uta or Wind Song, as the dub calls it, mostly does.`, found: ['Kaze no Uta'], none: ['Does Kaze no Uta', 'Kaze no Uta or Wind Song'] },
  ]);
});

describe('the shape alone is no title outside a text about animation, or without capitals on both sides', () => {
  table([
    // No animation words: a film review.
    { text: 'The villain Hoshizora no Tegami is a strange name for a Bond henchman.', found: [], none: ['Hoshizora no Tegami'] },
    // English "no" before a lower-case word.
    { text: `${ANIME} Sasuke no longer cares, and Itachi no doubt knew.`, found: [] },
    // A particle with a lower-case word before it.
    { text: `${ANIME} This is no Final Mission, whatever the trailer says.`, none: ['no Final Mission', 'is no Final Mission'], found: [] },
  ]);
});
