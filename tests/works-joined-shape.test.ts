import { describe } from 'vitest';
import { worksTable as table } from './helpers/works-table';

describe('two capitalised words joined as fans write some titles are a work', () => {
  table([
    // A semicolon with no space either side.
    { text: 'I finally finished Lumen;Vault last night and still think about its ending.', found: ['Lumen;Vault'] },
    { text: 'Nobody forgets Lumen;Vault’s twist, and the sequel never matched it.', found: ['Lumen;Vault'] },
    // One word twice around a lone x, in either case.
    { text: 'After Runner x Runner, every other tournament arc felt slow.', found: ['Runner x Runner'] },
    { text: 'Runner X Runner has the best fights of any show I have seen.', found: ['Runner X Runner'] },
  ]);
});

describe('joined words that are no title', () => {
  table([
    // Two different names around an x pair two characters.
    { text: 'Fans of Kael x Mira will love the final episode.', found: [], none: ['Kael x Mira'] },
    // Capitals on both sides of a semicolon are an abbreviation; a space after it ends a clause.
    { text: 'TL;DR the pacing drags but the ending lands.', found: [], none: ['TL;DR'] },
    { text: 'I watched it twice; Mira is still my favourite.', found: [], none: ['it twice; Mira'] },
  ]);
});
