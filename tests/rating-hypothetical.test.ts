// A score the writer says they would have given under other conditions is not their rating.
import { describe, expect, it } from 'vitest';
import { findRating } from '../src/stages/7-rating';

describe('findRating: a rating only wished for', () => {
  it.each<[string, { value: number; scale: number } | null]>([
    ['I would have given it 7/10 if the last act held up.', null],
    ['It could have scored four stars with a better villain.', null],
    ["I'd happily say I would've rated it 8 out of 10 a year ago.", null],
    ['Without the songs I might have given this 3/5.', null],
    // The writer's own rating, in the conditional or plain, stays.
    ['All in all I would give it 7/10.', { value: 7, scale: 10 }],
    ['I gave it 4/5 and I stand by that.', { value: 4, scale: 5 }],
    // A wished-for score before the real one: the real one is read.
    ['I would have given it 9/10 once. Now? 6/10.', { value: 6, scale: 10 }],
    // The clause ends before the score: the score is the writer's.
    ['It could have rated higher. My score: 3 out of 5.', { value: 3, scale: 5 }],
  ])('%j → %o', (text, rating) => {
    const r = findRating(text);
    expect(r === null ? null : { value: r.value, scale: r.scale }).toEqual(rating);
  });
});
