import { describe } from 'vitest';
import { worksTable as table } from './helpers/works-table';

describe('what a notice or a name noun quotes is no title', () => {
  table([
    // A disclaimer, a tagline, a caption, a headline, a sign: lines written on or about something.
    { text: 'The opening disclaimer "Drawn From Real Lives" made me laugh out loud.', found: [], none: ['Drawn From Real Lives'] },
    { text: 'The poster tagline "Nobody Leaves Dunmore" is better than the film.', found: [], none: ['Nobody Leaves Dunmore'] },
    { text: 'The paper ran the headline "Save The Pier" on its front page.', found: [], none: ['Save The Pier'] },
    { text: 'The door had a sign "Staff Only Beyond Here" and she went in anyway.', found: [], none: ['Staff Only Beyond Here'] },
    // An epithet or a moniker: a name someone is known by.
    { text: 'The captain, known by the epithet "Grey Wolf", never smiles.', found: [], none: ['Grey Wolf'] },
  ]);
});

describe('quoted titles beside other nouns stay titles', () => {
  table([
    // A kind of work before the marks.
    { text: 'The film "Drawn From Real Lives" made me laugh out loud.', found: ['Drawn From Real Lives'] },
    // A maker\'s possessive before the marks.
    { text: 'I rewatched Dana Moss\'s "Save The Pier" last night.', found: ['Save The Pier'] },
  ]);
});
