import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';
import { worksTable as table } from './helpers/works-table';

describe('a main title numbered as a sequel by one digit, a colon and a subtitle is one title', () => {
  table([
    { text: 'I grew up on Harbour Lights 2: The Long Return and it still holds up.', found: ['Harbour Lights 2: The Long Return'] },
    { text: 'Nothing tops Paper Kites 3: Rise of the Kites for sheer noise.', found: ['Paper Kites 3: Rise of the Kites'] },
    // The numbered title is the last item of a list the run holds.
    { text: 'It stands beside Copper Tide and Harbour Lights 2: The Long Return as a sequel.', found: ['Harbour Lights 2: The Long Return'], none: ['Copper Tide and Harbour Lights 2: The Long Return'] },
  ]);
});

describe('a digit and a colon after a part, a mark or a label name no numbered title', () => {
  table([
    // A score form's aspect and its mark, then the writer's clause.
    { text: 'The plot is thin. Story 7: It keeps you guessing though.', found: [] },
    // A part's number.
    { text: 'The best moment comes in Chapter 4: The Silent Bridge of the manga.', found: [], none: ['Chapter 4: The Silent Bridge'] },
    // A subtitle cut before a joiner of capitalised words may be half of one, or a list.
    { text: 'I still think of Kestrel 2: Blood or Gold when I see a sword.', found: [], none: ['Kestrel 2: Blood'] },
  ]);
});

describe('the numbered title is one work whose mention spans the main title, digit, colon and subtitle', () => {
  it('gives the whole span as the mention', () => {
    const text = 'I think Harbour Lights 2: The Long Return is the best of them.';
    const works = analyzeReview(text).works;
    const work = works.find((w) => w.title === 'Harbour Lights 2: The Long Return');
    expect(work).toBeDefined();
    const start = text.indexOf('Harbour');
    expect(work?.mentions[0]).toEqual({ start, end: start + 'Harbour Lights 2: The Long Return'.length });
  });
});
