// A sentence opening with ranks or titles and a given name ("Detective Sergeant Ray Moss of Avon
// Police said …") brings in a person even when the names stage did not list them: "he said" after
// it no longer goes on with the last speaker, but is that person, named without the ranks (and
// without the body after "of"), when the given name is of the pronoun's gender. The ranked name
// before its own speech verb is the speaker by the same reading. Without the rank, or with a given
// name of the other gender, the last speaker goes on as before.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src';

type Case = [text: string, speakers: (string | null)[]];

const speakersOf = (text: string): (string | null)[] => analyzeReview(text).quotes.map((q) => q.speaker?.name ?? null);

const opening = '“The whole shelf came down,” Tom Hale said. The theft was reported late on Friday. ';

const cases: Case[] = [
  [opening + 'Detective Sergeant Ray Moss of Avon Police said the thief had cut through the fence. “The van was seen by Tom,” he said.', ['Tom Hale', 'Ray Moss']],
  [opening + 'Detective Sergeant Ray Moss said the thief had cut through the fence. “The van was seen by Tom,” he said.', ['Tom Hale', 'Ray Moss']],
  // the ranked name before its own speech verb, with the body after "of" or not
  ['The theft was reported late on Friday. Detective Sergeant Ann Roe of Avon Police said: “The van was seen twice.”', ['Ann Roe']],
  ['The theft was reported late on Friday. “The van was seen twice,” Detective Constable Ann Roe of Avon Police said.', ['Ann Roe']],
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

describe('a ranked person the names stage missed is the one "he said" goes on with, named without the ranks', () => {
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
