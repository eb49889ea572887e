import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';

const found = (text: string): string[] => {
  const a = analyzeReview(text);
  return [...a.characters, ...a.people].map((e) => e.name);
};

describe('a lone word once mid-sentence before a restrictive `who` clause of one subject', () => {
  it.each([
    ['Then we have Torvane who appears to be a gentle soul with a temper.', 'Torvane'],
    ['My favourite part is the duel with Ebrisa who fights with two swords.', 'Ebrisa'],
    ['The first arc is about Kellumi whose dream is to rebuild the old tower.', 'Kellumi'],
    ['There is also Dravosk who is just awful in every possible way.', 'Dravosk'],
    ['You also have Yselle who\'s the smartest one of the whole squad.', 'Yselle'],
    ['I liked the subplot with Marthak who apparently was a thief once.', 'Marthak'],
  ])('%j has %j', (text, name) => {
    expect(found(text)).toContain(name);
  });

  it.each([
    // A plural name before a clause with no verb of one subject: a crowd or a people.
    ['The story is about two Quennites who live under the mountain.', 'Quennites'],
    ['The village is raided by Orvalks who sell the children to traders.', 'Orvalks'],
    // A plural verb: a group.
    ['The second half drags because of Vastrel who are boring as a gang.', 'Vastrel'],
    // An indefinite article before the phrase: a rank or a people.
    ['The lead plays a bitter Legionnaire who wants revenge on the city.', 'Legionnaire'],
    // `Who` capitalised is part of a title.
    ['The sequel is better than Stars Who Wander in every way.', 'Stars'],
  ])('%j has no %j', (text, name) => {
    expect(found(text)).not.toContain(name);
  });
});
