import { describe, expect, it } from 'vitest';
import { findRating } from '../../src/stages/7-rating';
import type { Rating } from '../../src/types';

// The rating stage alone: the view of a text in, the writer's last explicit score out (value, scale
// and the span it was read from), or null.
const WHOLE: [string, Rating | null][] = [
  ['Final verdict: 8/10 for the chemistry alone.', { value: 8, scale: 10, start: 15, end: 19 }],
  ['★★★★☆ from this viewer, who cried twice.', { value: 4, scale: 5, start: 0, end: 5 }],
  ['All told I would give it 4 out of 5.', { value: 4, scale: 5, start: 25, end: 35 }],
  ['Too early to score it: I am two episodes in, out of 16.', null],
  ['No score this time, just a few thoughts on the finale.', null],
  // A row of more than five asterisks is a divider, not a count of stars.
  ['Worth it: ****** stars from me.', null],
  ['A dud: ******* out of 10.', null],
];

describe('findRating: text in, rating out', () => {
  it.each(WHOLE)('%j → %o', (text, rating) => {
    expect(findRating(text)).toEqual(rating);
  });
});

// How reviewers write a score, in figures, stars or words, after a cue or a named scale; each case
// with the value and scale it means and the words it spans. Then the numbers that look like scores
// but count, size, date, rank, give odds or quote someone else's score: a careful reader takes
// nothing from them.
describe('findRating reads the usual ways of writing a score', () => {
  it.each<[string, number, number, string]>([
    ['The finale let me down: 8 of 10 stars anyway.', 8, 10, '8 of 10 stars'],
    ['Worth a watch, 4/5.', 4, 5, '4/5'],
    ['I land on three and a half stars for this one.', 3.5, 5, 'three and a half stars'],
    ['My honest score is 3.5 out of 5.', 3.5, 5, '3.5 out of 5'],
    ['Overall ★★★★☆', 4, 5, '★★★★☆'],
    ['Overall ★★★½', 3.5, 5, '★★★½'],
    ['Overall ★★½☆☆', 2.5, 5, '★★½☆☆'],
    ['Overall ☆☆☆☆☆, sadly.', 0, 5, '☆☆☆☆☆'],
    ['A slog; half a star is generous.', 0.5, 5, 'half a star'],
    ['It earns 4½ stars from me.', 4.5, 5, '4½ stars'],
    ['Seven out of ten stars, and I mean it.', 7, 10, 'Seven out of ten stars'],
    ['I would say 3 stars out of 4.', 3, 4, '3 stars out of 4'],
    ['Two and a half stars for the acting alone.', 2.5, 5, 'Two and a half stars'],
    ['An easy 9 / 10.', 9, 10, '9 / 10'],
    ['Score 72/100 overall.', 72, 100, '72/100'],
    ['Five stars, then on reflection 4/5.', 4, 5, '4/5'],
    ['Act 2 drags; 3/4 for it.', 3, 4, '3/4'],
    ['Two leads, one verdict: 4 stars.', 4, 5, '4 stars'],
    ['Against the odds it won me over: 4/5.', 4, 5, '4/5'],
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
    // A decimal comma, as many languages write it: the whole score, not its tail.
    ['Honestly, about 6,5/10 for me.', 6.5, 10, '6,5/10'],
    // A site's users vote their scores: the writer's own vote is their rating.
    ['Good fun on a rainy night. My vote is eight.', 8, 10, 'eight'],
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
    // A whole number and a half written as a fraction, and a row of asterisks as the stars: the
    // fraction's lower half is no count of its own.
    ['A tidy little caper, 3 1/2 stars out of 4.', 3.5, 4, '3 1/2 stars out of 4'],
    ['My verdict: 2 1/2 out of 5.', 2.5, 5, '2 1/2 out of 5'],
    ['Sharp and mean. ***1/2 of 4 stars.', 3.5, 4, '***1/2 of 4 stars'],
    ['Overlong but lovely. *** 1/2 out of 4', 3.5, 4, '*** 1/2 out of 4'],
    ['A dud. * out of 4', 1, 4, '* out of 4'],
    ['Worth the ticket: **** stars.', 4, 5, '**** stars'],
    // A score set in emphasis: the asterisks are markup around the number, not stars.
    ['Good fun overall. My verdict: **4 out of 5**', 4, 5, '4 out of 5'],
    ['Good fun overall. **4 stars**', 4, 5, '4 stars'],
    ['Good fun overall. *3.5 stars*', 3.5, 5, '3.5 stars'],
    ['Good fun overall. Verdict: *four out of five*', 4, 5, 'four out of five'],
    ['Mildly amusing at best. ***3 out of 10***', 3, 10, '3 out of 10'],
    // Asterisks that only dress a score up leave it as written.
    ['Dull and cheap. ***2 out of 10***', 2, 10, '2 out of 10'],
    ['Dull and cheap. **2 stars**', 2, 5, '2 stars'],
    // Two readings of the same words: the one that starts first spans the score.
    ['Verdict: 4/5 stars.', 4, 5, '4/5'],
    ['Seven out of ten stars, no more.', 7, 10, 'Seven out of ten stars'],
  ])('%j → %d of %d', (text, value, scale, words) => {
    const r = findRating(text);
    expect(r).toMatchObject({ value, scale });
    expect(text.slice(r?.start, r?.end)).toBe(words);
  });

  it.each([
    'We watched 2 of 6 episodes before bed.',
    'The cast includes someone stars adore.',
    'She won 3 of 10 stars of the year awards.',
    'Ten stars would not be enough.',
    'The poster shows ★★ and a moon.',
    'A ☆★★ pattern on the wall.',
    'Rated for ages 12/13 and up.',
    'Three and a half hours long.',
    'Nine out of 10 of the gags fall flat.',
    'I fell asleep 3/4 of the way through.',
    'It runs an hour and 3/4 and feels longer.',
    'The two stars have no chemistry at all.',
    'Her three stars carry the film.',
    'Made by Five Star Pictures in a hurry.',
    'Bookmakers offered odds of 1/4 on her leaving first.',
    'He was odds on at 2/5 to go first.',
    'The novel is now the 4/5 favourite for the prize.',
    'Punters made the comedian a 1/10 shot.',
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
