// A count above a ten or hundred scale is the writer's top score said with extra force, and a
// count written in groups of three is one number: a careful reader takes the whole of it, never
// the last group. Above a scale of four or five the same shape is a price, a date or a sum.
import { describe, it } from 'vitest';
import { expectRatingAt, type RatingAt } from './helpers/rating-case';

describe('findRating: counts above the scale and counts in groups', () => {
  it.each<[string, RatingAt]>([
    // Above the scale: the top score.
    ['Pure joy from the first frame, 12/10.', { value: 10, scale: 10, text: '12/10' }],
    ['I cried at the end. Easily 250/10 for me.', { value: 10, scale: 10, text: '250/10' }],
    ['The best season yet: 105/100.', { value: 100, scale: 100, text: '105/100' }],
    ['For me this series is a 15 out of 10.', { value: 10, scale: 10, text: '15 out of 10' }],
    ['Final rating: 99999/10', { value: 10, scale: 10, text: '99999/10' }],
    // Groups of three: the whole count, above the scale.
    ['The sword fights alone make it 5,000/10.', { value: 10, scale: 10, text: '5,000/10' }],
    ['My score is 2000, 000/10. Go watch it.', { value: 10, scale: 10, text: '2000, 000/10' }],
    ['Honestly it is 3,000 out of 10.', { value: 10, scale: 10, text: '3,000 out of 10' }],
    // Behind a minus sign, below the scale: the lowest score.
    ['The ending: -50/10, I am still angry.', { value: 0, scale: 10, text: '50/10' }],
    // A decimal comma is still a decimal, and a count within the scale is read as before.
    ['I land on 7,5/10 in the end.', { value: 7.5, scale: 10, text: '7,5/10' }],
    ['A solid 8/10 from me.', { value: 8, scale: 10, text: '8/10' }],
    // Above a scale of four or five: odds, a date, a sum; and a group's tail alone is no score.
    ['The bookies make her the 11/4 favourite.', null],
    ['Episode two aired on 23/5 last spring.', null],
    ['Adding the arcs up, 38/5 = 7.6 on average.', null],
    ['The tally ran to 12/10 = 1.2 per episode.', null],
    ['A dull hour: 000/10.', null],
    ['The table lists 512 / 4,096 entries.', null],
  ])('%j → %o', (text, want) => {
    expectRatingAt(text, want);
  });
});
