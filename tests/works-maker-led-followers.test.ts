import { describe } from 'vitest';
import { worksTable as table } from './helpers/works-table';

describe('a remake, a reboot or a soundtrack after a run of two words or more makes it a work', () => {
  table([
    { text: 'I watched the Dry Harbour remake last night and it was a mess.', found: ['Dry Harbour'] },
    { text: 'The Copper Tide remakes never match the first film.', found: ['Copper Tide'], none: ['The Copper Tide'] },
    { text: 'His Silver Keel reboot failed at the box office.', found: ['Silver Keel'], none: ['His Silver Keel'] },
    { text: 'Buy the Lantern Street soundtrack instead of the film.', found: ['Lantern Street'], none: ['Buy the Lantern Street'] },
    { text: 'The Glass Orchard soundtrack is my favourite part.', found: ['Glass Orchard'], none: ['The Glass Orchard'] },
    { text: 'I loved the sets, and Lantern Street\'s soundtrack even more.', found: ['Lantern Street'] },
  ]);
});

describe('no work where a maker or a heading stands before a remake, a reboot or a soundtrack', () => {
  table([
    // A person's shape: the composer or the director.
    { text: 'Skip the film and buy the Philip Marsh soundtrack.', found: [], none: ['Philip Marsh'] },
    { text: 'I liked the John Carter remake more than this one.', found: [], none: ['John Carter'] },
    // The surname written alone elsewhere: a maker.
    { text: 'The Kenta Orino soundtrack is still great. Orino has done it again.', found: [], none: ['Kenta Orino'] },
    // One word: a studio, a person or a title alike.
    { text: 'The Halvard soundtrack was loud.', found: [], none: ['Halvard'] },
    // "the original … soundtrack": the original score; a composer or a version stands between.
    { text: 'I prefer the original Copper Tide soundtrack to the new one.', found: [], none: ['Copper Tide'] },
    // A heading glued to the sentence ends in an article.
    { text: 'Sound The soundtrack is loud and the songs are forgettable.', found: [], none: ['Sound The'] },
  ]);
});

describe('an opening determiner or imperative before a work follower is not the title\'s', () => {
  table([
    { text: 'Watch the Glass Orchard trailer before you buy a ticket.', found: ['Glass Orchard'], none: ['Watch the Glass Orchard'] },
    { text: 'Their Copper Tide sequel took years to make.', found: ['Copper Tide'], none: ['Their Copper Tide'] },
    // "The" opens titles before the older followers and stays.
    { text: 'The Long Ferry sequel was poor.', found: ['The Long Ferry'] },
  ]);
});
