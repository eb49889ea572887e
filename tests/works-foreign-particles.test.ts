import { describe } from 'vitest';
import { worksTable as table } from './helpers/works-table';

describe('a lower-case particle of a Romance or Germanic title between two capitalised words', () => {
  table([
    // The title goes on over the particle, not cut before it.
    { text: 'Tonight the company stages the opera La Nave del Sol for the first time.', found: ['La Nave del Sol'], none: ['La Nave'] },
    { text: 'The film Casa de Papel Blanco opened on Friday.', found: ['Casa de Papel Blanco'], none: ['Casa'] },
    { text: 'The film Jules et Marie was a hit in Lyon.', found: ['Jules et Marie'] },
    { text: "The last opera he conducted was Brunel's Le Comte de Vaudry, a rarity.", found: ['Le Comte de Vaudry'], none: ['Le Comte'] },
    // A particle before a lower-case word ends the title; a place or a person joined so is no work.
    { text: 'The film Casa de papel opened on Friday.', found: ['Casa'], none: ['Casa de papel'] },
    { text: 'The singer moved to Rio de Janeiro in May.', found: [] },
    { text: 'The film is about Vincent van Gogh and his brother.', found: [], none: ['Vincent van Gogh'] },
  ]);
});

// A particle no person's name holds ("auf", "et") makes the run a title even when a given name opens
// it, after a maker's possessive; "van", "de" stay a name's particles.
describe('a title opened by a given name and holding a particle only titles have', () => {
  table([
    { text: "The season closes with Johann Weiss's Ariadne auf Kreta next spring.", found: ['Ariadne auf Kreta'] },
    { text: "Critics recalled Anne Morel's Marie et Paul, her first film.", found: ['Marie et Paul'] },
    { text: "He praised Ludwig van Brandt's Anna Rosen in the lead role.", found: [], none: ['Anna Rosen'] },
  ]);
});
