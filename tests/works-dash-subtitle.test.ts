import { describe } from 'vitest';
import { worksTable as table } from './helpers/works-table';

describe('a main title, a spaced dash and an article-led subtitle in mid-sentence are one title', () => {
  table([
    // After a kind of work, ending the sentence.
    { text: 'It was made by the producer of the hit show Harbour Lane - The Musical.', found: ['Harbour Lane - The Musical'] },
    // After a channel's possessive, a lower-case word going on.
    { text: "Channel 9's Paper Kites – The Reunion drew a big crowd on Friday.", found: ['Paper Kites – The Reunion'] },
    // A subtitle led by "A", before a verb.
    { text: 'I think that Copper Tide - A Second Voyage is the better season.', found: ['Copper Tide - A Second Voyage'] },
  ]);
});

describe('a dash that opens an aside, a headline or a band\'s song joins no title', () => {
  table([
    // An aside goes on in lower case.
    { text: 'We loved Copper Tide - which began on radio - from the start.', found: [], none: ['Copper Tide - which began on radio'] },
    // A review headline opens its line.
    { text: 'Copper Tide - A Slow Burn Worth Every Minute\nThe show takes its time.', found: [], none: ['Copper Tide - A Slow Burn Worth Every Minute'] },
    // After "the", the main part is a band and the subtitle its song.
    { text: 'My favourite is by the Kestrels - The Long Road, a slow ballad.', found: [], none: ['Kestrels - The Long Road'] },
    // A subtitle with no capitalised word after the article is a clause.
    { text: 'She praised Copper Tide - The end was weak though.', found: [], none: ['Copper Tide - The'] },
  ]);
});
