import { describe } from 'vitest';
import { worksTable as table } from './helpers/works-table';

describe('one quoted word with no work word near that is a term or a nickname, not a title', () => {
  table([
    // A question mark inside the marks closes a remark.
    { text: 'The question it leaves is not "Where?" but why anyone cared.', found: [], none: ['Where?', 'Where'] },
    // A noun asked as a sentence of its own, after a colon or just after a verb of speech is said.
    { text: 'When I told him the plan, he asked me "Supper?" and laughed.', found: [], none: ['Supper'] },
    { text: 'The guard looked up. "Papers?" Nobody moved.', found: [], none: ['Papers'] },
    { text: 'Her whole answer was a single word: "Rent?"', found: [], none: ['Rent'] },
    { text: 'All she could think about at the till: "Change?"', found: [], none: ['Change'] },
    // A capitalised word right after it: a nickname before a name, a brand before its noun.
    { text: 'In the last round "Hammer" Delaney went down hard.', found: [], none: ['Hammer'] },
    { text: 'He sold cars with "Maxi" Motors for years.', found: [], none: ['Maxi'] },
    // A plural verb after it counts many things; a title takes the singular.
    { text: 'Then it drags. "Surprises" are few in the second half.', found: [], none: ['Surprises'] },
    // An ordinal is a rank, even beside a work noun.
    { text: 'It was the "2nd" series I ever finished.', found: [], none: ['2nd'] },
  ]);
});

describe('one quoted word that stays a title', () => {
  table([
    // A title asked about after a verb of speech and a preposition.
    { text: 'What did the critics say about "Lanternfall?" Mostly that it dragged.', found: ['Lanternfall'] },
    { text: 'She was much better in "Lantern" and "Drift" than here.', found: ['Lantern', 'Drift'] },
    { text: 'A small role in "Pellbrook," his first film, made his name.', found: ['Pellbrook'] },
    { text: 'Nothing here matches the tension of "Undertow" at its best.', found: ['Undertow'] },
    // A full stop inside the marks, as American punctuation puts it; a plural verb agreeing with another noun.
    { text: 'I first noticed her in "Marrowind." This one is better.', found: ['Marrowind'] },
    { text: 'The bold ideas of "Larkspur" are missing here.', found: ['Larkspur'] },
    // A noun closed by a question mark inside the marks is a title asked about, not a remark.
    { text: 'Who could ever forget "Marrowind?" Not me.', found: ['Marrowind'] },
  ]);
});
