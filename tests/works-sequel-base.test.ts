import { describe, expect, it } from 'vitest';
import { sequelBase } from '../src/stages/4-works/4-sequel-base';
import { worksTable as table } from './helpers/works-table';

describe('"the first" before a numbered sequel\'s words names the work the sequel follows', () => {
  table([
    // A digit numbers the sequel; "the first" and its words without the number name the forerunner.
    { text: 'Nobody asked for Paper Lanterns 2. It copies every beat of the first Paper Lanterns, only slower.', found: ['Paper Lanterns 2', 'Paper Lanterns'] },
    // A Roman numeral and a connector inside the title.
    { text: 'I rented Rust in Autumn II last week. Fans of the first Rust in Autumn will find little new here.', found: ['Rust in Autumn II', 'Rust in Autumn'] },
    // "The first" opening a sentence, the forerunner named before the sequel.
    { text: 'The first Copper Owls was a surprise hit. Copper Owls 3 is just a cash grab.', found: ['Copper Owls', 'Copper Owls 3'] },
  ]);
});

describe('the words of a sequel without "the first" before them stay unnamed', () => {
  table([
    // No "the first": the words without the number may be the hero ("Gearhound walks in").
    { text: 'I watched the sequel Gearhound 2 last night. In the opening scene Gearhound walks into a bar and the fun begins.', found: ['Gearhound 2'], none: ['Gearhound'] },
    // "the first" before the sequel itself, number and all, is no mention of the forerunner.
    { text: 'I saw the first Copper Owls 3 trailer today and Copper Owls 3 looks dreadful.', found: ['Copper Owls 3'], none: ['Copper Owls'] },
    // Written in lower case: a thing of the story, not the title.
    { text: 'Iron Kettle 2 is fun. The first iron kettle in the story belongs to the old miner.', found: ['Iron Kettle 2'], none: ['iron kettle', 'Iron Kettle'] },
  ]);
});

describe('a sequel title without its number', () => {
  it.each([
    ['paper lanterns 2', 'paper lanterns'],
    ['rust in autumn ii', 'rust in autumn'],
    ['the godfather part ii', 'the godfather'],
    ['copper owls', null],
    ['2', null],
  ])('%s → %s', (key, base) => {
    expect(sequelBase(key)).toBe(base);
  });
});
