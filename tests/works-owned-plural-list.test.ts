import { describe } from 'vitest';
import { worksTable as table } from './helpers/works-table';

describe('a plural kind of work after its owner and a describing word opens a list of titles, whatever its tag', () => {
  table([
    { text: 'His earlier films Copper Harbour, Glass Meadow and The Long Ferry were all better.', found: ['Copper Harbour', 'Glass Meadow', 'The Long Ferry'] },
    { text: 'I much preferred their older albums Silent Orchard and Paper Lanterns to this.', found: ['Silent Orchard', 'Paper Lanterns'] },
    { text: 'The two films Copper Harbour and Glass Meadow share a composer.', found: ['Copper Harbour', 'Glass Meadow'] },
  ]);
});

describe('a plural kind of work that is a verb opens no list', () => {
  table([
    // "films" is the verb of "She": no owner or article stands before it.
    { text: 'She also films Copper Harbour scenes at night.', found: [], none: ['Copper Harbour'] },
  ]);
});
