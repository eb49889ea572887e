import { describe } from 'vitest';
import { worksTable as table } from './helpers/works-table';

describe('a name an age in commas follows is a person, no work', () => {
  table([
    // A cue before it ("watched X") would make it a work; the age says it is a person.
    { text: 'It was a fine night out. She watched Mara Quill, 23, take the part on stage.', found: [], none: ['Mara Quill'] },
    // Anywhere in the text: one mention with an age is enough.
    { text: 'We rented the film Copper Harbour. Later we watched Ivo Brandt on stage. Ivo Brandt, 41, was superb.', found: ['Copper Harbour'], none: ['Ivo Brandt'] },
    // A number in commas that is no age (three digits or more) leaves a work alone.
    { text: 'We rented the film Copper Harbour, 1999, and loved it.', found: ['Copper Harbour'] },
  ]);
});
