// A score glued to the sentence before it, as in a text that lost its line breaks: the full stop
// ends the sentence, the number after it is the writer's score; a point between two digits is a
// decimal, so its tail is no score of its own.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';
import { expectRatingAt, type RatingAt } from './helpers/rating-case';

describe('findRating: a score right after a full stop', () => {
  it.each<[string, RatingAt]>([
    ['Easily the finest space opera of the decade.9/10', { value: 9, scale: 10, text: '9/10' }],
    ['The harbour chase alone is worth it.7/10.', { value: 7, scale: 10, text: '7/10' }],
    ['A gentle, funny little picture.4 out of 5', { value: 4, scale: 5, text: '4 out of 5' }],
    ['Not the masterpiece I was promised.six out of ten', { value: 6, scale: 10, text: 'six out of ten' }],
    ['The sequel trims the fat.88/100 from me.', { value: 88, scale: 100, text: '88/100' }],
    // A decimal's tail is not a score: the whole decimal is.
    ['I settled on 6.5/10 for the pilot.', { value: 6.5, scale: 10, text: '6.5/10' }],
    ['Version 2.4/5 of the patch notes.', null],
    // A text that lost its line breaks: after a score noun and a mark, a capitalised word opens the next sentence.
    ['The songs drag a little. Overall: 8 To be fair, I had a blast.', { value: 8, scale: 10, text: '8' }],
    ['Verdict - 4 The second half is a shambles.', { value: 4, scale: 10, text: '4' }],
    // Not a number word (a title's first word), nor a number after a cue without a mark.
    ['Overall: One Piece is a joy from start to end.', null],
    ['The studio won a score of 8 Oscars over the years.', null],
  ])('%j → %o', (text, want) => {
    expectRatingAt(text, want);
  });

  it('lets the glued score decide the document', () => {
    const text = 'The robot hunts the waitress across a burning city, killing everyone in its way. It ends in a factory fire.Among the best thrillers ever made.10/10.';
    const a = analyzeReview(text);
    expect(a.rating).toMatchObject({ value: 10, scale: 10, start: text.indexOf('10/10') });
    expect(a.sentiment.label).toBe('positive');
  });
});
