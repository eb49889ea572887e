import { describe } from 'vitest';
import { worksTable as table } from './helpers/works-table';

describe('one quoted word headed by "a" / "an" is a term held up, not a title', () => {
  table([
    { text: 'The boy wants to become a "Ranger" not for the money but for his father.', found: [], none: ['Ranger'] },
    { text: "The villain is now a giant grey 'Troll' and nowhere near as scary.", found: [], none: ['Troll'] },
    { text: 'She gave it a "9" and not a "10" for the slow middle.', found: [], none: ['9', '10'] },
  ]);
});

describe('a quoted title after "a" still counts with a work cue near or a kind after it', () => {
  table([
    // A work noun near the marks, or the quoted title qualifying a kind of work.
    { text: 'It is no different than a "Marrowby" or "Glasshouse" movie.', found: ['Marrowby', 'Glasshouse'] },
    { text: 'This is a weak "Tidewater" sequel with few laughs.', found: ['Tidewater'] },
    // Two words or more in the marks are left to the other checks.
    { text: 'It plays like a "Copper Harbour" for kids.', found: ['Copper Harbour'] },
    // No article before the marks.
    { text: 'I watched "Larkmoor" twice last week.', found: ['Larkmoor'] },
  ]);
});
