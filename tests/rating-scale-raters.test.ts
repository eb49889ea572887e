// Star counts on the text's own ten-star scale, and a score an outlet's name right after makes the outlet's.
import { describe, expect, it } from 'vitest';
import { findRating } from '../src/stages/7-rating';

const rated = (text: string): { value: number; scale: number } | null => {
  const r = findRating(text);
  return r === null ? null : { value: r.value, scale: r.scale };
};

describe('findRating: a bare star count takes the ten-star scale the text names', () => {
  it.each<[string, { value: number; scale: number } | null]>([
    ['I rate every show in stars out of ten. This one earns four stars.', { value: 4, scale: 10 }],
    ['Out of ten stars, the pilot deserves three stars at most.', { value: 3, scale: 10 }],
    ['On a 10-star scale it gets two and a half stars.', { value: 2.5, scale: 10 }],
    ['Using my ten star rating system: 5 stars.', { value: 5, scale: 10 }],
    // No ten-star scale named: stars are out of five, whatever else is out of ten.
    ['The sound is 8/10. Overall, four stars.', { value: 4, scale: 5 }],
    ['A perfect run: 10/10, five stars, no notes.', { value: 5, scale: 5 }],
    ['Three stars for a fun but thin caper.', { value: 3, scale: 5 }],
    // A count with its own scale keeps it.
    ['Stars out of ten are my habit, but here: 4 stars out of 5.', { value: 4, scale: 5 }],
  ])('%j → %j', (text, expected) => {
    expect(rated(text)).toEqual(expected);
  });
});

describe("findRating: an outlet's name right after a score makes it the outlet's", () => {
  it.each<[string, { value: number; scale: number } | null]>([
    ['Fight scenes with no stakes? Perfect. 10/10 IGN. Anyway, the finale drags.', null],
    ['The cartoon physics are wild, 9.5/10 Metacritic, and so on.', null],
    ['That twist, 10/10 imdb, groan.', null],
    // A word between: the writer's own score for the site.
    ['My score: 7/10 on IMDb, and here too.', { value: 7, scale: 10 }],
    ['I land on 6/10, rounded to 6 for IMDb.', { value: 6, scale: 10 }],
    // An outlet's name elsewhere leaves the writer's score alone.
    ['IGN was harsh, but I give it 8/10.', { value: 8, scale: 10 }],
    ['Ignoring the hype, 8/10.', { value: 8, scale: 10 }],
  ])('%j → %j', (text, expected) => {
    expect(rated(text)).toEqual(expected);
  });
});
