import { describe } from 'vitest';
import { worksTable as table } from './helpers/works-table';

describe('two one-word titles joined by a list\'s last "and" are two titles', () => {
  table([
    // After a title the list already took and a comma: the "and" joins the list's last item.
    { text: 'I grew up on films like Marrowby, Tidewater and Quillfen.', found: ['Marrowby', 'Tidewater', 'Quillfen'], none: ['Tidewater and Quillfen'] },
    { text: 'Her credits include shows such as Glasshouse, Thornfield or Larkmoor.', found: ['Glasshouse', 'Thornfield', 'Larkmoor'], none: ['Thornfield or Larkmoor'] },
    // With no item before it, one side that is a known title makes the pair two titles.
    { text: 'It is slower than anime like Berserk and Tidewater ever were.', found: ['Berserk', 'Tidewater'], none: ['Berserk and Tidewater'] },
    // A comma after the pair ends the list there.
    { text: 'I grew up on films like Marrowby, Tidewater and Quillfen, Harold said.', found: ['Marrowby', 'Tidewater', 'Quillfen'], none: ['Harold'] },
  ]);
});

describe('a pair stays whole, or is no list item, where it may be one title or two people', () => {
  table([
    // A known title of two words joined by "and" is one title.
    { text: 'I grew up on films like Marrowby, Glasshouse and Angels and Demons.', found: ['Marrowby', 'Glasshouse'], none: ['Angels', 'Demons'] },
    { text: 'I grew up on films like Marrowby, Angels and Demons.', found: ['Marrowby', 'Angels and Demons'], none: ['Angels', 'Demons'] },
    // The list goes on after the pair with a joiner: the pair's "and" is no list's last.
    { text: 'I grew up on films like Marrowby, Tidewater and Quillfen, or Larkmoor.', found: ['Marrowby'], none: ['Tidewater', 'Quillfen'] },
    // The last side's title may run on ("Hunter x Hunter").
    { text: 'I grew up on films like Marrowby, Tidewater and Quill x Quill.', found: ['Marrowby'], none: ['Tidewater', 'Quill'] },
    // A given name or a surname the text writes after one: two people.
    { text: 'I grew up on films like Marrowby, Edgar and Tidewater.', found: ['Marrowby'], none: ['Edgar', 'Tidewater'] },
    { text: 'I grew up on films like Marrowby, Pellow and Tidewater. Anna Pellow starred in both.', found: ['Marrowby'], none: ['Pellow', 'Tidewater'] },
    // With no item before it and no known title, one word each side is kept as one item.
    { text: 'It is slower than anime like Marrowby and Tidewater ever were.', found: [], none: ['Marrowby', 'Tidewater'] },
  ]);
});
