import { describe } from 'vitest';
import { worksTable as table } from './helpers/works-table';

describe("a review's own work as the subject of its first sentence is a title", () => {
  table([
    // "is" and no kind of work after it.
    { text: 'Salt Meadow is a patient look at one farming family over a hard winter. The cast is strong. We saw it twice. The music is fine.', found: ['Salt Meadow'] },
    // A singular verb in "-s".
    { text: 'Copper Tide follows two brothers who run a failing ferry. I liked the ending. We saw it twice. The music is fine.', found: ['Copper Tide'] },
    // A modal.
    { text: 'Velvet Rain should have been a short film. It drags badly in the middle. We saw it twice. The music is fine.', found: ['Velvet Rain'] },
    // A sentence lead before it is no part of the title.
    { text: 'So Tin Harbour has finally reached the cinemas, and it was worth the wait. We saw it twice. The music is fine.', found: ['Tin Harbour'], none: ['So Tin Harbour'] },
    // Words in capitals.
    { text: 'GLASS ORCHARD is the best thing its director has made. Go and see it. We saw it twice. The music is fine.', found: ['GLASS ORCHARD'] },
  ]);
});

describe('what else opens a first sentence is no title', () => {
  table([
    // A line or two is a remark, not a review that opens with its work.
    { text: 'Copper Tide follows two brothers. I liked it.', found: [], none: ['Copper Tide'] },
  ]);
  table([
    // A person's full name.
    { text: 'Marcus Whitfield is one of my favourite actors, but this role is beneath him. We saw it twice. The music is fine.', found: [], none: ['Marcus Whitfield'] },
    // An honorific or a role before a name.
    { text: 'Director Alana Brook has made a cold, clever thriller here. We saw it twice. The music is fine.', found: [], none: ['Director Alana Brook', 'Alana Brook'] },
    { text: 'Captain Orrin Vale is stranded on a moon with two androids. We saw it twice. The music is fine.', found: [], none: ['Captain Orrin Vale', 'Orrin Vale'] },
    // An article and one word: a place, a body or a character as often.
    { text: 'The Syndicate has taken over the city, and only one detective stands in its way. We saw it twice. The music is fine.', found: [], none: ['The Syndicate'] },
    // A plural verb: a band, a pair or a people.
    { text: 'Harbour Lights are back with their fourth album, and it is their loudest yet. We saw it twice. The music is fine.', found: [], none: ['Harbour Lights'] },
    // Two names joined by "and".
    { text: 'Tavi and Noor are the only reason to sit through this. We saw it twice. The music is fine.', found: [], none: ['Tavi and Noor'] },
    // A place or a firm.
    { text: 'New Mexico looks stunning in every wide shot of this western. We saw it twice. The music is fine.', found: [], none: ['New Mexico'] },
    // A subject further into the text counts not: it is not what the review opens with.
    { text: 'I expected little. Rusty Anchor is where the hero hides for most of the story. We saw it twice. The music is fine.', found: [], none: ['Rusty Anchor'] },
    // Under a title line the body opens with what the news is about: the headline names a work.
    { text: 'Storm hits coast festival\n\nHarbour Weekend has cancelled its Sunday shows after the storm. We saw it twice. The music is fine.', found: [], none: ['Harbour Weekend'] },
    // An act done to a title, not the title.
    { text: 'Rewatching Tin Harbour was a chore the second time round. We saw it twice. The music is fine.', found: [], none: ['Rewatching Tin Harbour'] },
    // A determiner other than an article.
    { text: 'This Show is the one I return to every winter. We saw it twice. The music is fine.', found: [], none: ['This Show'] },
    // A full name the name lists do not know, then its surname alone.
    { text: 'Dovrik Zalmann is a fine painter of faces. Zalmann never hurries a scene. We saw it twice. The music is fine.', found: [], none: ['Dovrik Zalmann'] },
    // A noun after the run: the run qualifies it, and is no subject.
    { text: 'Salt Meadow rains flood the valley every spring, and the film opens with one. We saw it twice. The music is fine.', found: [], none: ['Salt Meadow'] },
  ]);
});
