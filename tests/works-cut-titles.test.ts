import { describe } from 'vitest';
import { worksTable as table } from './helpers/works-table';

describe('a title goes on after a dropped letter\'s apostrophe', () => {
  table([
    { text: "Later years brought similar films such as Dancin' in the Dark (1952) and many more.", found: ["Dancin' in the Dark"], none: ['Dancin'] },
    // Glued to its year, and with a curly apostrophe.
    { text: 'The studio re-released musicals such as Rockin’ on the Pier(1947) with new prints.', found: ['Rockin’ on the Pier'], none: ['Rockin'] },
    // A plural's possessive is an owner, not an elision.
    { text: "The twins' Grand Tour was a hit with the family.", none: ["twins' Grand Tour"], found: [] },
  ]);
});

describe('a pair of numbers after a title is part of it unless it is a rating', () => {
  table([
    { text: "The front-runner was the documentary Harbour 9/12, which won in Cannes.", found: ['Harbour 9/12'], none: ['Harbour'] },
    // A rating's second number is a scale.
    { text: 'I rate the film Marrowline 9/10 for the score alone.', found: ['Marrowline'], none: ['Marrowline 9/10'] },
    { text: 'I rate the film Marrowline 4/5, no more.', found: ['Marrowline'], none: ['Marrowline 4/5'] },
    // A second slash makes a date.
    { text: 'The film Marrowline 9/12/2004 opened late.', found: ['Marrowline'], none: ['Marrowline 9/12'] },
  ]);
});
