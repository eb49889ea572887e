import { describe } from 'vitest';
import { worksTable as table } from './helpers/works-table';

describe('"feature" after a word that places it in a maker\'s output ("her debut feature X") names a film', () => {
  table([
    { text: 'She won the newcomer prize for her debut feature A Quiet Corner, shot in a fishing town.', found: ['A Quiet Corner'] },
    { text: 'The director returned with his second feature Glass Rivers, a story about two brothers.', found: ['Glass Rivers'] },
    { text: 'Last year the prize went to the animated feature Paper Kites, made by a small studio.', found: ['Paper Kites'] },
    // Alone "feature" is a common word, and one day or place after it says when or where.
    { text: 'The old bridge is a feature Oakham residents love, and the market is another.', found: [], none: ['Oakham'] },
    { text: 'The company announced a new feature Friday for people who use its maps.', found: [], none: ['Friday'] },
    // A one-letter article opening the title is no word in capitals.
    { text: 'Fans queued to see the comedy A Fine Muddle at the village hall.', found: ['A Fine Muddle'] },
  ]);
});
