import { describe } from 'vitest';
import { worksTable as table } from './helpers/works-table';

describe('a denied likeness or a poor copy names a work of two words or more after it', () => {
  table([
    { text: 'The plot is clever enough, but it is no Harbour Lights and never tries to be.', found: ['Harbour Lights'] },
    { text: 'Let us be honest: this was no Silver Keel, whatever the poster says.', found: ['Silver Keel'] },
    { text: 'It is no Silver Keel.', found: ['Silver Keel'] },
    { text: 'The whole thing plays like a poor man\'s Lantern Street with cheaper sets.', found: ['Lantern Street'] },
    { text: 'At best it is a poor man’s Dry Harbour.', found: ['Dry Harbour'] },
    { text: 'It is no Silver Keel and no Lantern Street either.', found: ['Silver Keel'] },
  ]);
});

describe('no work where the item of a denied likeness or a poor copy is someone, or nothing is compared', () => {
  table([
    // A person: a given name first.
    { text: 'He tries hard, but he is no Peter Marsh on screen.', found: [], none: ['Peter Marsh'] },
    { text: 'The lead is a poor man\'s Tom Hardy at every turn.', found: [], none: ['Tom Hardy'] },
    // "There is no X" says something is missing.
    { text: 'There is no Plan Beta in this story, only chaos.', found: [], none: ['Plan Beta'] },
    // "poor man" with no possessive is a person in the story.
    { text: 'The poor man Silver Keel met at the docks was soon gone.', found: [], none: ['Silver Keel'] },
    // One word: a character or a maker as often.
    { text: 'Sadly the villain is no Dracula.', found: [], none: ['Dracula'] },
  ]);
});
