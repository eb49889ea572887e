// A fan review's overall score written with marks of any spacing, or none, after "Overall": the
// writer's verdict on the whole, read as a plain score out of ten; a count or a result after the
// word is none.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';
import { expectRatingAt, type RatingAt } from './helpers/rating-case';

describe('findRating: "Overall" and its marks', () => {
  it.each<[string, RatingAt]>([
    ['Story: strong. Music: lovely.\nOverall(9)', { value: 9, scale: 10, text: '9' }],
    ['The pacing drags in the middle arcs.\nOverall (7.5) : worth the ride.', { value: 7.5, scale: 10, text: '7.5' }],
    ['Too much filler for my taste. Overall-6', { value: 6, scale: 10, text: '6' }],
    ['The fights carry it.\nOverall -- 8 The rest is fine.', { value: 8, scale: 10, text: '8' }],
    ['A slow start, a great finish.\nOVERALL- 7: watch it.', { value: 7, scale: 10, text: '7' }],
    ['Great cast, weak villain.\nOverall 9:', { value: 9, scale: 10, text: '9' }],
    ['The ending made me cry. overall 8 ~ a good show', { value: 8, scale: 10, text: '8' }],
    ['On a scale of 1 to 5, Overall(4), as the art is superb.', { value: 4, scale: 5, text: '4' }],
    // Counts, sums and results after the word are no score.
    ['It runs overall 10 episodes shorter than the manga.', null],
    ['Overall: 6+8+5 over three parts.', null],
    ['The club lost the final 2-1 overall.', null],
    ['They won overall 3-1 on aggregate.', null],
    // Without a mark, a capital after the number is a count's noun as often.
    ['The league has overall 5 Kage in the story.', null],
  ])('%j → %o', (text, want) => {
    expectRatingAt(text, want);
  });

  it('lets the overall score decide the document over a part scored before it', () => {
    const text = 'The animation is stiff and the fights are sloppy.\nSound - 3/10\nThe story keeps me hooked, though, and the cast is lovable.\nOverall(8)';
    const a = analyzeReview(text);
    expect(a.rating).toMatchObject({ value: 8, scale: 10, start: text.lastIndexOf('8') });
    expect(a.sentiment.label).toBe('positive');
  });
});
