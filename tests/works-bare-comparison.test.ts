import { describe } from 'vitest';
import { worksTable as table } from './helpers/works-table';

describe('a title of two words or more after a comparison, with no kind of work near, is a title', () => {
  table([
    { text: 'Honestly it is far better than Copper Harbour for pacing.', found: ['Copper Harbour'] },
    { text: 'The fights were somehow worse than Silent Orchard ever managed.', found: ['Silent Orchard'] },
    { text: 'I found it funnier than The Long Ferry, and shorter too.', found: ['The Long Ferry'] },
  ]);
});

describe('a comparison names no work where its item may be someone', () => {
  table([
    // One word: a character compared as often ("stronger than Luffy").
    { text: 'In the end he is stronger than Tobin, though nobody says so.', found: [], none: ['Tobin'] },
    // A given name first: a person.
    { text: 'She is a better singer than Maria Lopez ever was.', found: [], none: ['Maria Lopez'] },
    // The comparison is of a noun: "a more interesting character than X" compares characters.
    { text: 'He is a far more interesting character than Boro Venn in my opinion.', found: [], none: ['Boro Venn'] },
  ]);
});

describe('an equal comparison or "compared to" with no kind of work near reads its item as "better than" does', () => {
  table([
    { text: 'Not quite as good as Copper Harbour, which I adored, but close.', found: ['Copper Harbour'] },
    { text: 'It is nowhere near as gripping as The Long Ferry was.', found: ['The Long Ferry'] },
    { text: 'The ending feels rushed compared to Silent Orchard, whose twist landed.', found: ['Silent Orchard'] },
    { text: 'The dialogue is flat compared with Glass Meadow and its sharp banter.', found: ['Glass Meadow'] },
  ]);
});

describe('an equal comparison or "compared to" names no work where its item may be someone or somewhere', () => {
  table([
    // A given name first: a person.
    { text: 'He is not half as funny as Maria Lopez thinks he is.', found: [], none: ['Maria Lopez'] },
    { text: 'Her accent is odd compared to Ann Reed and the others.', found: [], none: ['Ann Reed'] },
    // A place's word: a city, not a work.
    { text: 'The town looks sleepy compared with New York in summer.', found: [], none: ['New York'] },
    // One word: a character or a person as often.
    { text: 'He is nearly as strong as Tobin by the end.', found: [], none: ['Tobin'] },
  ]);
});

describe('a title led by the article "A" is read after a comparison: its lone capital is no word in capitals', () => {
  table([
    { text: 'Not nearly as tense as A Night in Marrowby, which I still rewatch.', found: ['A Night in Marrowby'] },
    { text: 'It is far sillier than A Lantern in Autumn, sadly.', found: ['A Lantern in Autumn'] },
    // Words in capitals after the article still stop the reading.
    { text: 'It is far sillier than A BIG DOG, sadly.', found: [] },
  ]);
});
