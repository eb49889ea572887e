import { describe } from 'vitest';
import { worksTable as table } from './helpers/works-table';

describe('"a poor man\'s X" names a work of two words or more after it', () => {
  table([
    { text: "The whole thing plays like a poor man's Lantern Street with cheaper sets.", found: ['Lantern Street'] },
    { text: 'At best it is a poor man’s Dry Harbour.', found: ['Dry Harbour'] },
    { text: "It is a poor man's Silver Keel and a poorer Lantern Street.", found: ['Silver Keel'] },
  ]);
});

describe('no work where the item after "a poor man\'s" is someone, or the man is in the story', () => {
  table([
    // A person: a given name first.
    { text: "The lead is a poor man's Tom Hardy at every turn.", found: [], none: ['Tom Hardy'] },
    // "poor man" with no possessive is a person in the story.
    { text: 'The poor man Silver Keel met at the docks was soon gone.', found: [], none: ['Silver Keel'] },
    // One word: a character or a maker as often.
    { text: "The villain is a poor man's Dracula.", found: [], none: ['Dracula'] },
  ]);
});
