import { describe } from 'vitest';
import { worksTable as table } from './helpers/works-table';

// A bracket after a run that says what kind of work it is: an article, "another" or an owner
// opens it, a work noun or a genre closes it, with only describing words between.
describe('a bracket after a run calls it a kind of work', () => {
  table([
    { text: 'It is a real Hang-10 (another Ben Ostrow film) in the making.', found: ['Hang-10'] },
    { text: 'We rented Copper Tide (a forgotten western) on a whim.', found: ['Copper Tide'] },
    { text: 'Glass Meadow (his best film by far) is on tonight.', found: [] },
    { text: 'Glass Meadow (his best film) is on tonight.', found: ['Glass Meadow'] },
    { text: 'I still think of Silent Orchard (the 1998 comedy) now and then.', found: ['Silent Orchard'] },
  ]);
});

describe('a bracket that makes the run a person, a part or a firm names no work', () => {
  table([
    // A preposition inside: the kind of work is where the run stands.
    { text: 'Halvard (the main villain of the series) is dull.', found: [], none: ['Halvard'] },
    // A noun after the kind: what the run is.
    { text: 'Dora Venn (a film student) wrote to me.', found: [], none: ['Dora Venn'] },
    { text: 'Brightlake Pictures (a film studio) paid for it.', found: [], none: ['Brightlake Pictures'] },
    // A given name first: a person.
    { text: 'Maria Lopez (another film buff) agreed.', found: [], none: ['Maria Lopez'] },
    // A place.
    { text: 'We left Paris (a city from a film) at dawn.', found: [], none: ['Paris'] },
  ]);
});
