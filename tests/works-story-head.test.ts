import { describe } from 'vitest';
import { worksTable as table } from './helpers/works-table';

describe('a title-case run that ends in a noun for a told story or a programme is a work', () => {
  table([
    // "Diaries" after an article, as the subject of a clause.
    { text: 'The awards were shared out evenly. Other winners included The Lantern Diaries, which took the documentary prize.', found: ['The Lantern Diaries'] },
    // "Story" with no article, as an object.
    { text: 'It felt like a weak school production of Harbour Road Story without the dancing.', found: ['Harbour Road Story'] },
    // A part of a run before "and": the title after the joiner stays apart.
    { text: 'His best known roles included The Ada Finch Story and Gone Before Dawn, both made for television.', found: ['The Ada Finch Story'] },
    // "Show" after a lower-case "the" and a host's full name.
    { text: 'The clip first aired on the Mara Quill Show, and the studio has kept a print of it since.', found: ['Mara Quill Show'] },
    // "Chronicles" and "Tales", the number after a sequel kept.
    { text: 'I am reading the Ember Chronicles now, and my son watches Puddle Tales 2 every morning.', found: ['Ember Chronicles', 'Puddle Tales 2'] },
  ]);
});

describe('runs ending in such a noun that name no work', () => {
  table([
    // A given name and a surname that is the noun: a person.
    { text: 'Director Tim Story has made better comedies than this one, and he knows it.', found: [], none: ['Tim Story'] },
    // A fair is named with "Show" too: only a programme by its host's full name after "the" counts.
    { text: 'The new coupe was shown at Lisbon Motor Show in the spring, to polite applause.', found: [], none: ['Lisbon Motor Show'] },
    { text: 'We spent the whole weekend at the Harbour Boat Show and bought nothing.', found: [], none: ['Harbour Boat Show'] },
    // After "a": one of a kind, not a title.
    { text: 'The film claims to be Based on a True Story, which tells you nothing.', found: [], none: ['True Story', 'Based on a True Story'] },
    // A review's aspect headings, with a colon or a score after them.
    { text: 'Pacing is uneven in the middle. Harbour Story: the plot is slow but it pays off in the end.', found: [], none: ['Harbour Story'] },
    { text: 'Overall a solid show. Quill Story (8/10) The first arc drags but the second one flies.', found: [], none: ['Quill Story'] },
    // A verdict on the story.
    { text: 'Pros: Great Story and lovely music. Cons: the animation is cheap.', found: [], none: ['Great Story'] },
    // An article and the noun alone.
    { text: 'I liked the cast a lot. The Story is thin, though, and the ending is rushed.', found: [], none: ['The Story'] },
    // A pronoun first.
    { text: 'Honestly This Show is a real torture to sit through.', found: [], none: ['This Show'] },
  ]);
});
