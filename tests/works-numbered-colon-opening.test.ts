import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';
import { worksTable as table } from './helpers/works-table';

describe('a numbered main title, a colon and a subtitle opening a sentence is one title', () => {
  table([
    // After a full stop: the run is one capitalised word, then the digit.
    { text: 'We went on a rainy Sunday. Harbour Lights 2: The Long Return is louder than the first.', found: ['Harbour Lights 2: The Long Return'], none: ['The Long Return'] },
    { text: 'My brother dragged me along. Kestrel 4: Ashes of the Keep drags in the middle.', found: ['Kestrel 4: Ashes of the Keep'], none: ['Ashes of the Keep'] },
    // A sentence's lead and a preposition before the main title.
    { text: 'The first one was cheap. Here in Copperfield 3: Night Tide the money shows on screen.', found: ['Copperfield 3: Night Tide'], none: ['Night Tide'] },
    // The subtitle owns what follows: the title stays whole.
    { text: 'The effects have aged well. Paper Kites 2: The Silver Wind\'s music is the real star.', found: ['Paper Kites 2: The Silver Wind'], none: ['The Silver Wind'] },
    // The text's first words, with a kind of work after the verb.
    { text: 'Harbour Lights 2: The Long Return is the finest sequel of the decade. The pacing is tight. I was hooked.', found: ['Harbour Lights 2: The Long Return'], none: ['The Long Return'] },
  ]);
});

describe('a part, a season or a mark numbered at a sentence start stays no title', () => {
  table([
    { text: 'The manga slows down here. Chapter 4: The Silent Bridge is a dull stretch.', found: [], none: ['Chapter 4: The Silent Bridge'] },
    { text: 'I skipped ahead. Part 2: The Road South is where the book wakes up.', found: [], none: ['Part 2: The Road South'] },
    { text: 'The show lost me. Season 3: The Flooded City is a mess.', found: [], none: ['Season 3: The Flooded City'] },
    { text: 'Here is my score. Rating 8: Great Fun for the whole family.', found: [], none: ['Rating 8: Great Fun'] },
    // A score form's aspect opening its line, then the writer's clause.
    { text: 'Overall a decent show.\nActing 7: The leads try hard.', found: [], none: ['Acting 7: The Leads'] },
    // A part's number before a subtitle that the sentence calls a work: the part is left out.
    { text: 'Chapter 3: The Long Return is a fine film of its own kind.', found: ['The Long Return'], none: ['Chapter 3: The Long Return'] },
  ]);
});

describe('the numbered title opening a sentence is one mention from the main title to the subtitle', () => {
  it('gives the span of each mention', () => {
    const text = 'It took me years to see it. Harbour Lights 2: The Long Return is worth the wait. Harbour Lights 2: The Long Return\'s ending stays with you.';
    const work = analyzeReview(text).works.find((w) => w.title === 'Harbour Lights 2: The Long Return');
    expect(work).toBeDefined();
    const title = 'Harbour Lights 2: The Long Return';
    const first = text.indexOf(title);
    const second = text.indexOf(title, first + 1);
    expect(work?.mentions).toEqual([
      { start: first, end: first + title.length },
      { start: second, end: second + title.length },
    ]);
  });
});
