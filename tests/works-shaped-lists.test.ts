import { describe } from 'vitest';
import { worksTable as table } from './helpers/works-table';

/** A sentence that gives the text one title found by a cue, so the list passes run. */
const CUED = 'We rented the film Copper Harbour last week. ';

describe('two items shaped as titles hold a list to titles', () => {
  table([
    // "in", "to" inside and an article first: every item of the list is a title.
    { text: `${CUED}In the last round Harbour Lights beat The Glass Orchard, Walls in the Rain and Gone to the Mill for the top prize.`, found: ['The Glass Orchard', 'Walls in the Rain', 'Gone to the Mill'] },
    // An item led by "A" is taken, its one-letter article read as no capitals.
    { text: `${CUED}Voters picked A Gift to Remember, Silent Orchard and Walls in the Rain.`, found: ['A Gift to Remember', 'Silent Orchard', 'Walls in the Rain'] },
    // After "A" / "An" a place's or an owner's word is the title's own.
    { text: `${CUED}Voters picked A Night in Paris, Walls in the Rain and A Miller's Daughter.`, found: ['A Night in Paris', 'Walls in the Rain', "A Miller's Daughter"] },
  ]);
});

describe('lists that shape does not hold to titles', () => {
  table([
    // One item so shaped is not enough.
    { text: `${CUED}The winners were Walls in the Rain, Glass Orchard and Tidal Moon.`, found: ['Copper Harbour'], none: ['Glass Orchard', 'Tidal Moon'] },
    // A person in the list makes it one of people.
    { text: `${CUED}She thanked Walls in the Rain, Gone to the Mill and Maria Lopez for their support.`, found: ['Copper Harbour'], none: ['Maria Lopez', 'Walls in the Rain'] },
    // "the" after "of" is a body's as much ("Friends of the Harbour").
    { text: `${CUED}Grants went to Keepers of the Moor, Wardens of the Lake and Silent Orchard this year.`, found: ['Copper Harbour'], none: ['Silent Orchard', 'Wardens of the Lake'] },
    // Without "A" first, a place's word still names a place, and an owner's an owner.
    { text: `${CUED}Voters picked Nights in Paris, Walls in the Rain and Gone to the Mill.`, found: ['Walls in the Rain', 'Gone to the Mill'], none: ['Nights in Paris'] },
    // With no title found anywhere in the text the list is not read.
    { text: 'In the last round Harbour Lights beat The Glass Orchard, Walls in the Rain and Gone to the Mill.', found: [] },
  ]);
});

describe('a list item cut from a longer title is not taken', () => {
  table([
    // After a capitalised word and a colon the item is a subtitle.
    { text: `${CUED}After the film Silent Orchard, Tobin: A Harbour Story, Walls in the Rain and A Gift to Remember it was late.`, found: ['Silent Orchard', 'Walls in the Rain', 'A Gift to Remember'], none: ['A Harbour Story'] },
    // A run before a work noun is one title, whatever "and" it holds.
    { text: `${CUED}More die there than in the whole A Tale of Salt and Rain series.`, found: ['Copper Harbour'], none: ['A Tale of Salt'] },
  ]);
});
