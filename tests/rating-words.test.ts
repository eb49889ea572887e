// The rating reader's wider forms: scores in words, scores after a scoring cue, a named scale, and
// the numbers that look like scores but count, date or quote someone else. Each case says what a
// careful reader takes from it: the value, the scale and the words it was read from, or nothing.
import { describe, expect, it } from 'vitest';
import { findRating } from '../src/stages/7-rating';

describe('findRating: scores written in words or after a cue', () => {
  it.each<[string, number, number, string]>([
    ["Honestly I'd give it four out of five.", 4, 5, 'four out of five'],
    ['Nine out of ten, no question.', 9, 10, 'Nine out of ten'],
    ['Six and a half out of ten from this grump.', 6.5, 10, 'Six and a half out of ten'],
    ['A fun ride, 7 outta 10.', 7, 10, '7 outta 10'],
    ['I rate this film a 6 for the music alone.', 6, 10, '6'],
    ['In the end I gave it an 8.', 8, 10, '8'],
    ['Dreary and long. I give this one a 2.', 2, 10, '2'],
    ['It gets a solid seven from me.', 7, 10, 'seven'],
    ['Final score: 9', 9, 10, '9'],
    ['My rating - 3, and that is generous.', 3, 10, '3'],
    ['Story: 6 Art: 8 Sound: 7 Overall: 7', 7, 10, '7'],
    ['This episode deserves a 10.', 10, 10, '10'],
    ['All told, this movie gets a 6 - and no more.', 6, 10, '6'],
    ['I loved its score, 8/10 from me.', 8, 10, '8/10'],
    ['Sleepy Hollow gets a fair 6.', 6, 10, '6'],
    ['Fun for kids. (Gets a 7 from me.)', 7, 10, '7'],
    ['Solid 7/10. I would not recommend skipping it.', 7, 10, '7/10'],
    ['Most folk will shrug, but they are wrong: 9 out of 10.', 9, 10, '9 out of 10'],
    ['On a scale of 1 to 5, I give it a 4.', 4, 5, '4'],
    ['On a scale of 1-10 I give this movie a score of -100.', 0, 10, '-100'],
    ['Loved it, so I give it nine stars.', 9, 10, 'nine stars'],
    ['I give it a solid B-.', 7, 12, 'B-'],
    ['For the effects alone it earns a generous A-.', 10, 12, 'A-'],
    // Two readings of the same words: the one that starts first spans the score.
    ['Verdict: 4/5 stars.', 4, 5, '4/5'],
    ['Seven out of ten stars, no more.', 7, 10, 'Seven out of ten stars'],
  ])('%j → %d of %d', (text, value, scale, words) => {
    const r = findRating(text);
    expect(r).toMatchObject({ value, scale });
    expect(text.slice(r?.start, r?.end)).toBe(words);
  });

  // Must not: counts, sizes, dates, ranks, sport results, others' scores, wishes.
  it.each([
    'Four out of five dentists prefer the sequel.',
    'The home side won 3 out of 5 games this spring.',
    'Nine out of ten times the joke lands.',
    'I give it a 2 hour slot on a Sunday.',
    'The final score was 3-1 to the visitors.',
    'The match ended with a score of 2 to 1.',
    '9/11 changed the tone of every thriller.',
    'It made the top 10 at the box office.',
    'A 7 year old boy finds a map.',
    'All 10 episodes dropped on Friday.',
    'It is rated 8.1 on IMDb.',
    'Readers on IMDb gave it a 7.8, which baffles me.',
    'Anyone giving the film a score of 10 needs help.',
    'I was tempted to rate it a 6, but I cannot.',
    'Instead of giving the show a ten, think twice.',
    'They gave it a good try in 1995.',
    'I give it one more chance next week.',
    'The villain scored 3 hits on the hero.',
    'Ten stars would not be enough.',
    'Its rating of 6 and a half stars is too kind.',
    // A crowd's, a site's or the critics' score, in any form.
    'The IMDb crowd gave it seven out of ten, which seems low.',
    'Critics rate it 4 stars across the board.',
    'Everyone hands it ten out of ten on release day.',
    'Its users put it at 6/10 last year.',
    // A rating the same sentence takes back.
    '10/10 would not recommend.',
    'Five stars, honestly, never recommend this to a friend.',
    // A match result, a school mark, a test score: numbers after a cue that score no work.
    'At half-time the score was 1 - 0 to the away team.',
    'City beat them by a score of 3, and the crowd went home happy.',
    'My cousin got a 9 in chemistry last term.',
    'She got a 9 in the spelling bee.',
    'The nurse says she earned a 6 on the fitness test.',
    'The sequel earned a 5 - star review from one paper.',
    'This film earned a 4-star review in the local press.',
  ])('%j has no rating', (text) => {
    expect(findRating(text)).toBeNull();
  });
});
