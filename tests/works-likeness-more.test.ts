import { describe } from 'vitest';
import { worksTable as table } from './helpers/works-table';

describe('more cues of likeness read a title of two words or more after them, with no kind of work near', () => {
  table([
    { text: 'The whole thing sits squarely in the vein of Copper Harbour, only slower.', found: ['Copper Harbour'] },
    { text: 'Every night scene reminds you of Silent Orchard and its long shadows.', found: ['Silent Orchard'] },
    { text: 'I kept being reminded of The Long Ferry during the second half.', found: ['The Long Ferry'] },
    { text: 'The duel seems to remind me of Glass Meadow more than anything else.', found: ['Glass Meadow'] },
    { text: 'Picture a cross between Copper Harbour and Glass Meadow, with more jokes.', found: ['Copper Harbour', 'Glass Meadow'] },
    { text: 'It is nothing but a cheap ripoff of The Long Ferry with a new coat of paint.', found: ['The Long Ferry'] },
    { text: 'This one should please fans of Glass Meadow who want more of the same.', found: ['Glass Meadow'] },
  ]);
});

describe('a cue of likeness names no work where its item may be someone or somewhere', () => {
  table([
    // A given name first: a person.
    { text: 'His delivery is very much in the vein of Maria Lopez at her best.', found: [], none: ['Maria Lopez'] },
    { text: 'Her scenes remind me of Ann Reed and the way she played the part.', found: [], none: ['Ann Reed'] },
    // One word: a character or a maker as often.
    { text: 'I was reminded of Tobin whenever the hero sulked.', found: [], none: ['Tobin'] },
    // A place's word: a city.
    { text: 'The streets reminded me of New York in the rain.', found: [], none: ['New York'] },
  ]);
});
