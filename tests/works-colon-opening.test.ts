import { describe } from 'vitest';
import { worksTable as table } from './helpers/works-table';

describe('a main title, a colon and a subtitle opening a sentence before a singular verb', () => {
  table([
    // The review's first words.
    { text: 'Lantern Keepers: The Long Night is a patient, moody thriller. The lead is great. I would watch it again.', found: ['Lantern Keepers: The Long Night'], none: ['The Long Night'] },
    // A main part of one word, and a past verb.
    { text: 'Driftwood: Homecoming was the best surprise of my summer. The cast is warm. Go and see it.', found: ['Driftwood: Homecoming'], none: ['Homecoming'] },
    // A later paragraph's first sentence.
    { text: 'I waited two years for this.\n\nCopperfall: Ember Rising has everything the first film lacked. The pacing is tight.', found: ['Copperfall: Ember Rising'] },
    // A sequel's number before the colon.
    { text: 'Quarry Run 2: Backfire is louder than the first one. The stunts are real. I had fun.', found: ['Quarry Run 2: Backfire'] },
  ]);
});

describe('a pair opening a sentence that is no title', () => {
  table([
    // A review of labels: another colon after a sentence's first words.
    { text: 'Gripes: Marlow is annoying in every scene he is in.\nPraise: The score is lovely and the sea looks cold.', found: [], none: ['Gripes: Marlow', 'Praise: The'] },
    // A label set inside a paragraph, after the writer's other sentences.
    { text: 'I will keep this short and plain. Gripes: Marlow is loud in every scene he is in. The rest is fine.', found: [], none: ['Gripes: Marlow'] },
    // No verb after the pair.
    { text: 'Driftwood: Homecoming. What a ride that was. I loved every minute.', found: [], none: ['Driftwood: Homecoming'] },
    // Initials in capitals before the colon: a speaker of an interview.
    { text: 'KB: The Harbour Scene was my favourite part. It is long. I liked it.', found: [], none: ['KB: The Harbour Scene'] },
    // A subtitle that repeats the word before the colon: a character's heading.
    { text: 'Marlow: Marlow is the heart of the story. He is kind to everyone. I like him.', found: [], none: ['Marlow: Marlow'] },
  ]);
});
