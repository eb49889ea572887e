// A sentence opening with ranks or titles and a given name ("Detective Sergeant Ray Moss of Avon
// Police said …") brings in a person even when the names stage did not list them: "he said" after
// it no longer goes on with the last speaker. The name as the tagger cut it is not given instead:
// nobody is better than a wrong speaker. Without the rank, or with a given name of the other
// gender, the last speaker goes on as before.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src';

type Case = [text: string, speakers: (string | null)[]];

const speakersOf = (text: string): (string | null)[] => analyzeReview(text).quotes.map((q) => q.speaker?.name ?? null);

const opening = '“The whole shelf came down,” Tom Hale said. The theft was reported late on Friday. ';

const cases: Case[] = [
  [opening + 'Detective Sergeant Ray Moss of Avon Police said the thief had cut through the fence. “The van was seen by Tom,” he said.', ['Tom Hale', null]],
];

// The names stage finds the name after a rank that describing words lead ("Chief Inspector"): the
// ranked person is then the one "he said" goes on with.
const found: Case[] = [
  [opening + 'Chief Inspector Ray Moss of Avon Police said a fence was cut. “The van was seen by Tom,” he said.', ['Tom Hale', 'Ray Moss']],
];

const goesOn: Case[] = [
  // a woman brought in does not stand in the way of "he"
  [opening + 'Detective Sergeant Rosa Linde of Avon Police said a fence was cut. “The van was seen by me,” he said.', ['Tom Hale', 'Tom Hale']],
];

describe('a ranked person the names stage missed stops "he said" going on', () => {
  it.each(cases)('%s', (text, speakers) => {
    expect(speakersOf(text)).toEqual(speakers);
  });
});

describe('a ranked person the names stage finds is the one "he said" goes on with', () => {
  it.each(found)('%s', (text, speakers) => {
    expect(speakersOf(text)).toEqual(speakers);
  });
});

describe('the last speaker goes on past a rival of the other gender', () => {
  it.each(goesOn)('%s', (text, speakers) => {
    expect(speakersOf(text)).toEqual(speakers);
  });
});
