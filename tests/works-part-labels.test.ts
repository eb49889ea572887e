import { describe } from 'vitest';
import { worksTable as table } from './helpers/works-table';

describe('a review rated part by part: its part labels are no works', () => {
  table([
    // Labels in capitals run on in one paragraph, as pasted reviews lose their line breaks.
    {
      text: 'I finished the anime Tidebreaker last week. STORY The plot drags in the middle. SOUND The songs are catchy and the voices fit. ENJOYMENT I laughed often. OVERALL A solid watch for a rainy month.',
      found: ['Tidebreaker'],
      none: ['STORY', 'SOUND', 'ENJOYMENT', 'OVERALL'],
    },
    // A label, a colon and the first capitalised words of its paragraph.
    {
      text: 'I finished the anime Tidebreaker last week. Art: Art is clean and bright. Sound: Good songs throughout. Enjoyment: Tidebreaker kept me up at night.',
      found: ['Tidebreaker'],
      none: ['Art: Art', 'Sound: Good', 'Enjoyment: Tidebreaker'],
    },
    // Two-word labels: a part word and the word that qualifies it.
    {
      text: 'Worth it overall. Character Development: One of the strongest parts of the show. Sound Effects: Sound design is crisp. Art Style: Pale colours everywhere.',
      found: [],
      none: ['Character Development: One', 'Sound Effects: Sound', 'Art Style: Pale'],
    },
    // Labels on lines of their own, in emphasis marks, two parts joined by "&".
    {
      text: 'A short review.\n\n*Art & Sound*\n\nThe colours are soft and the songs are soft too.\n\n*Enjoyment*\n\nI had a good time with it.\n\n*Overall* 7/10',
      found: [],
      none: ['Art & Sound', 'Enjoyment', 'Overall'],
    },
    // Labels in capitals on lines of their own, and one made of two part words.
    {
      text: 'Here is what I thought.\n\nSOUNDTRACK\nThe themes stay with you.\n\nCONCLUSION\nA patient show.\n\nOVERALL ENJOYMENT: high',
      found: [],
      none: ['SOUNDTRACK', 'CONCLUSION', 'OVERALL ENJOYMENT'],
    },
  ]);
});

describe('one capitalised part word alone may still be a title', () => {
  table([
    // No other part is capitalised: the text rates nothing part by part.
    { text: 'The new director is best known for staging the long-running stage hit Art. The music will be folk tunes.', found: ['Art'] },
  ]);
});
