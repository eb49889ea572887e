import { describe, expect, it } from 'vitest';
import { KNOWN_WORK_TITLES } from '../src/data/work-titles-known';
import { worksTable as table } from './helpers/works-table';

describe('a known title named bare, with no cue, is a work', () => {
  table([
    // Comparisons name other works with nothing around them.
    { text: 'Honestly the pacing reminded me more of One Piece than anything else this year.', found: ['One Piece'] },
    { text: 'The space battles were duller than anything in Star Wars, though the score was lovely.', found: ['Star Wars'] },
    { text: 'My uncle still ranks The Godfather above every gangster story made since.', found: ['The Godfather'] },
    // One word in mid-sentence, never written in lower case.
    { text: 'Nothing this year comes close to Sideways for me.', found: ['Sideways'] },
    // A word opening the sentence and an article before it are no part of the title.
    { text: 'The plot drags. As the Star Wars prequels showed, a trench run never gets old.', found: ['Star Wars'], none: ['As the Star Wars'] },
    // A quantifier opening the sentence is no part of the title.
    { text: 'Most One Piece fans stay up late for a new chapter.', found: ['One Piece'], none: ['Most One Piece'] },
    // A title of three words in a news piece.
    { text: 'The awards night belonged to Million Dollar Baby, which took three prizes.', found: ['Million Dollar Baby'] },
  ]);
});

describe('a known title used as a plain word or a name is no work', () => {
  table([
    // The text writes the word in lower case: a plain word.
    { text: 'She glanced sideways at him. Later a friend said Sideways was the word for it.', found: [], none: ['Sideways'] },
    // One word opening a sentence.
    { text: 'Sideways glances and slow pans fill the first act.', found: [], none: ['Sideways'] },
    // A person named like the title: the text writes it in a longer name.
    { text: 'Mayor Paul Constantine opened the fair, and later Constantine thanked the volunteers.', found: [], none: ['Constantine'] },
    // A kind of thing in a list joined by slashes.
    // Characters, a family and a band the corpus also cues are not on the list.
    { text: 'The kind neighbour Vera Drake helps everyone, and later Mary Poppins visits.', found: [], none: ['Vera Drake', 'Mary Poppins'] },
    { text: 'At the party Westlife sang while The Osbournes argued by the pool.', found: [], none: ['Westlife', 'The Osbournes'] },
    { text: 'Number One on the list was a surprise to everyone.', found: [], none: ['Number One'] },
    { text: 'Every creature feature needs hungry Aliens/Monsters/Robots in the basement.', found: [], none: ['Aliens'] },
    // Case counts: lower-case words are not the title.
    { text: 'That is one piece of advice I will keep, and the star wars between the two leads were fun.', found: [] },
    // Part of a longer capitalised run that is not the title.
    { text: 'We queued for hours at the Star Wars Galaxy Fair downtown.', found: [], none: ['Star Wars'] },
  ]);
});

describe('the learned list', () => {
  it('holds distinct titles, each opening with a capital or a digit, in sorted order', () => {
    expect(KNOWN_WORK_TITLES.length).toBeGreaterThan(50);
    expect(new Set(KNOWN_WORK_TITLES).size).toBe(KNOWN_WORK_TITLES.length);
    expect([...KNOWN_WORK_TITLES].sort()).toEqual([...KNOWN_WORK_TITLES]);
    for (const t of KNOWN_WORK_TITLES) expect(t).toMatch(/^[\p{Lu}\d]/u);
  });
});

describe('a one-word known title counts only where the annotation says no sentence opens', () => {
  table([
    { text: 'Aliens was great.', found: [], none: ['Aliens'] },
    { text: 'I loved it. Aliens was great.', found: [], none: ['Aliens'] },
    { text: 'I loved it.\nAliens was great.', found: [], none: ['Aliens'] },
    { text: 'I loved Aliens a lot.', found: ['Aliens'] },
    { text: 'Films like Aliens, sadly, are rare.', found: ['Aliens'] },
    // A colon opens no sentence: the items of a list after it are mid-sentence.
    { text: 'My top picks this year: Aliens, then a long nap.', found: ['Aliens'] },
  ]);
});

describe('a one-word known title before a word of an event names the event', () => {
  table([
    { text: 'Tickets for the Dublin dates of the Wasp tour sold out in an hour.', found: [], none: ['Wasp'] },
    { text: 'Critics still rate Wasp above most short films.', found: ['Wasp'] },
  ]);
});
