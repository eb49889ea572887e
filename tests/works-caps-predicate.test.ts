import { describe } from 'vitest';
import { worksTable as table } from './helpers/works-table';

describe('words in capitals right after a copula or an intensifier shout a predicate, not a title', () => {
  table([
    { text: 'The pacing dragged for weeks, but by the last arc I was AMAZED TO TEARS. What a ride.', found: [], none: ['AMAZED TO TEARS'] },
    { text: 'The sets look cheap and the villains are PAPERTHIN from start to end.', found: [], none: ['PAPERTHIN'] },
    { text: 'The final duel is really GRAND SPECTACLE and the score helps a lot.', found: [], none: ['GRAND SPECTACLE'] },
  ]);
});

describe('titles in capitals elsewhere, or known to readers after a copula', () => {
  table([
    // The same words after a preposition still name a title.
    { text: 'The whole second half of the story reminded me of THE MARROW KING in the best possible way, slow and patient.', found: ['THE MARROW KING'] },
    // A title readers know stays one after a copula.
    { text: 'Say what you like about the new trilogy and its pacing, this is STAR WARS at its most playful and warm.', found: ['STAR WARS'] },
  ]);
});
