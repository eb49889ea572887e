import { describe } from 'vitest';
import { worksTable as table } from './helpers/works-table';

describe('two words set off by commas after a work noun and a comma are the work', () => {
  table([
    { text: "The band's new single, Silver Morning, went in at number two.", found: ['Silver Morning'] },
    // A person's shape or a place there is someone or somewhere else.
    { text: 'I saw the film, Tom Hardy, and then left early.', found: [], none: ['Tom Hardy'] },
    { text: 'We loved the show, Leicester Square, and the river too.', found: [], none: ['Leicester Square'] },
  ]);
});

describe('a run before a comma, an article and a kind of work is that work', () => {
  table([
    { text: 'Almost Home, the duet from two former rivals, went in at number three.', found: ['Almost Home'] },
    { text: 'Copper Tide, the new single from the trio, climbed to six.', found: ['Copper Tide'] },
    { text: 'Night Train, a thriller set in Oslo, opened on Friday.', found: ['Night Train'] },
    // A possessive kind, a kind that qualifies a noun, a person's shape: no work.
    { text: "Ann Lee, the film's star, arrived late.", found: [], none: ['Ann Lee'] },
    { text: 'Sarah Cole, the comedy writer, spoke first.', found: [], none: ['Sarah Cole'] },
    { text: 'Everyone flew to Cannes, the film festival of the year.', found: [], none: ['Cannes'] },
  ]);
});

describe('a regular or a guest on a title-case run is in a programme', () => {
  table([
    { text: 'She was a regular on Harbour Lights for three years.', found: ['Harbour Lights'] },
    { text: 'He guest-starred on Copper Tide before his big break.', found: ['Copper Tide'] },
    // A channel, a day or a place after it: no programme.
    { text: 'She was a guest on Channel 4 yesterday.', found: [], none: ['Channel 4'] },
    { text: 'He was a regular in London pubs for years.', found: [], none: ['London'] },
  ]);
});
