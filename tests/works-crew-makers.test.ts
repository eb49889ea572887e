import { describe } from 'vitest';
import { worksTable as table } from './helpers/works-table';

describe('a title of two words or more before a film-maker, author, novelist or composer and a name is a work', () => {
  table([
    { text: 'The new comedy is directed by Silver Orchard film-maker Dana Pike.', found: ['Silver Orchard'] },
    { text: 'The jury includes Copper Moon filmmaker Ruth Vane and two critics.', found: ['Copper Moon'] },
    { text: 'Glass Harbour author Peter Mallow will receive a special award.', found: ['Glass Harbour'] },
    { text: 'The score was written by Night Ferry composer Ian Holt.', found: ['Night Ferry'] },
    // One word before the noun is a trade, a nation or an adjective as often: no title.
    { text: 'Independent film-maker Tom Reedy made the documentary.', found: [], none: ['Independent'] },
    { text: 'The festival honoured Dutch film-maker Anna Voss.', found: [], none: ['Dutch'] },
    { text: 'The panel included novelist Kate Orme and a composer.', found: [] },
  ]);
});
