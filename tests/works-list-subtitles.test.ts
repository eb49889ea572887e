import { describe } from 'vitest';
import { worksTable as table } from './helpers/works-table';

describe('a list member with a colon or a dash subtitle is one item of the list', () => {
  table([
    // A title found with its subtitle, then one no pass found: the list goes on past the subtitle.
    { text: 'I loved the film Copper Harbour: The Long Night and Paper Kites: The Last Gate, and so did my brother.', found: ['Copper Harbour: The Long Night', 'Paper Kites: The Last Gate'] },
    { text: 'She directed the films Tidal Moon, Meadowlark: Rebirth and Meadowlark: The Curse of the Reef.', found: ['Tidal Moon', 'Meadowlark: Rebirth', 'Meadowlark: The Curse of the Reef'] },
    // The first member's subtitle no longer parts the list from what follows it.
    { text: 'I watched the movie Copper Harbour: The Long Night and A Lantern for Milo with friends.', found: ['Copper Harbour: The Long Night', 'A Lantern for Milo'] },
    { text: 'I liked the film Copper Harbour - The Return, Silent Orchard and Tidal Moon a lot.', found: ['Copper Harbour - The Return', 'Silent Orchard', 'Tidal Moon'] },
    // A subtitle makes the member no person's name, whatever its first word.
    { text: 'I loved the film Copper Harbour: The Long Night and Maria: The Lost Gate, and so did my brother.', found: ['Maria: The Lost Gate'] },
  ]);
});

describe('a pair no pass found is read as one member only after a colon and past the list\'s first item', () => {
  table([
    // A colon after the first phrase opens the list itself: the phrase before it is no main title.
    { text: 'We argued about the Big Three: Copper Harbour, Silent Orchard and Tidal Moon. The film Tidal Moon won.', found: ['Silent Orchard', 'Tidal Moon'], none: ['Big Three: Copper Harbour'] },
  ]);
});

describe('a plural "are" / "were" / "have" after a list\'s last title makes the list a subject, not its last item alone', () => {
  table([
    { text: 'I liked the film Copper Harbour. Copper Harbour and Silent Orchard are the best of the decade.', found: ['Copper Harbour', 'Silent Orchard'] },
    { text: 'I liked the film Copper Harbour. Both Copper Harbour and Silent Orchard were overlooked by the jury.', found: ['Copper Harbour', 'Silent Orchard'] },
    // A singular verb has the last item alone for its subject: it may be anyone.
    { text: 'I liked the film Copper Harbour. Copper Harbour and Silent Orchard has the same writer.', found: ['Copper Harbour'], none: ['Silent Orchard'] },
  ]);
});
