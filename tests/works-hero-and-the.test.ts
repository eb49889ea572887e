import { describe } from 'vitest';
import { worksTable as table } from './helpers/works-table';

describe('a hero\'s name joined by "and the" to a thing is one title', () => {
  table([
    // A thing with its "of" phrase, mid-sentence, after a preposition.
    { text: 'The shop sold out on the first day. It was followed in the chart by Walter Brisk and the Lantern of Harrowgate, which sold half as many.', found: ['Walter Brisk and the Lantern of Harrowgate'] },
    // "of the" inside, as the subject of the sentence.
    { text: 'The cover is lovely. Emily Quarles and the Order of the Silver Moth has already topped the list of pre-orders.', found: ['Emily Quarles and the Order of the Silver Moth'] },
    // One given name for the hero.
    { text: 'We went to the cinema on Sunday. Harold and the Kite of Many Colours was the one the children picked.', found: ['Harold and the Kite of Many Colours'] },
    // The title ends at its last capitalised word, not at the place after it.
    { text: 'The effects team behind Martin Fell and the Tower of Ravens in London lost out on the night.', found: ['Martin Fell and the Tower of Ravens'] },
  ]);
});

describe('a person and a body, an office or a group are no title', () => {
  table([
    // An office after "the".
    { text: 'The talks went on all night. Carol Winter and the Duke of Harrowgate left the hall together at dawn.', found: [], none: ['Carol Winter and the Duke of Harrowgate'] },
    // A body.
    { text: 'The deal was signed on Monday. Peter Mallow and the Bank of Harrowgate both welcomed it.', found: [], none: ['Peter Mallow and the Bank of Harrowgate'] },
    // A plural, marked or not: a band or a group.
    { text: 'The festival line-up was announced. Martha Lyle and the Singing Boys of Harrowgate will close the night.', found: [], none: ['Martha Lyle and the Singing Boys of Harrowgate'] },
    { text: 'The old series is a delight: the pink dog, Professor Quill and the Mice of the Great Clock Tower.', found: [], none: ['Professor Quill and the Mice of the Great Clock Tower'] },
    // No "of": a second party as often as a title.
    { text: 'The last duel is the best part. Mara Vell and the Emperor face each other on the bridge.', found: [], none: ['Mara Vell and the Emperor'] },
    { text: 'The film is about the old days, when Frank Dorsey and the Night Crew ruled the clubs.', found: [], none: ['Frank Dorsey and the Night Crew'] },
    // No person's name first.
    { text: 'The deal was signed on Monday. Harrowgate and the Council of Wardens both welcomed it.', found: [], none: ['Harrowgate and the Council of Wardens'] },
  ]);
});
