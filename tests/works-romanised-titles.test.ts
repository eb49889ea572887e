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

describe('an owned technique, a historical name or a role word is no title', () => {
  table([
    // An article or a possessive before it: a thing a character has or uses.
    { text: `${ANIME} In the fight he finally eats the Hana Hana no Tama and wins.`, found: [], none: ['Hana Hana no Tama'] },
    { text: `${ANIME} Every episode Riku spams his Kage Kage no Waza until it gets old.`, found: [], none: ['Kage Kage no Waza'] },
    { text: `${ANIME} In the finale Riku's Tora Tora no Ken breaks the tower.`, found: [], none: ['Tora Tora no Ken'] },
    // A given name the names data knows, a particle and one more word: a person of old.
    { text: `${ANIME} Abe no Seimei shows up as the hero's rival in the second arc.`, found: [], none: ['Abe no Seimei'] },
    // A role word at the left edge belongs to the person, not the title.
    { text: `${ANIME} I loved how Director Hoshizora no Tegami was paced.`, found: ['Hoshizora no Tegami'], none: ['Director Hoshizora no Tegami'] },
  ]);
});
