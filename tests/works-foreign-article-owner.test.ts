import { describe } from 'vitest';
import { worksTable as table } from './helpers/works-table';

describe("a maker's possessive before a run a foreign article opens, and before a joiner and the next maker's full name", () => {
  table([
    // A foreign article opens the title, though "La" and "Der" also lead given names.
    { text: 'The new season opens with Pietro Lanza\'s La Notte Bianca at the city opera house.', found: ['La Notte Bianca'] },
    { text: 'Her last engagement was Anton Weber\'s Der Silberne Kahn in a small hall.', found: ['Der Silberne Kahn'] },
    { text: 'The choir sang Marco Ferri\'s Il Pescatore before the interval.', found: ['Il Pescatore'] },
    // Two makers' works joined by "and": each owner's possessive owns its own title, and the
    // second maker's name is no part of the first title.
    { text: 'The festival paired Ann Vale\'s Dark Water and Tom Reed\'s Night Song in one evening.', found: ['Dark Water', 'Night Song'], none: ['Dark Water and Tom Reed'] },
    { text: 'The finalists include Peter Lowe\'s The Quiet Harbour and Sarah Kent\'s memoir.', found: ['The Quiet Harbour'], none: ['The Quiet Harbour and Sarah Kent'] },
    // A review's part after a performer's full name keeps its reading ("Dana Moss's Ruth Pike is").
    { text: "I loved this film. Dana Moss's Ruth Pike is the heart of it, and I cried when Ruth left the farm.", found: [], none: ['Ruth Pike'] },
  ]);
});
