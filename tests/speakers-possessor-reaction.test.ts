// A possessive after a verb of criticism or of a stance taken against something (`attacked Y's
// “…”`, `mocked Y's “…”`) holds the subject's words for what they react to, not a line of Y's,
// unless the quoted words have a voice of their own (`I`, `you`, a contracted verb); then they are
// Y's line as before. Verbs that repeat Y's words (`quoted`) are no reaction.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src';

type Case = [text: string, speaker: string | null];

const speakersOf = (text: string): (string | null)[] => analyzeReview(text).quotes.map((q) => q.speaker?.name ?? null);

const cases: Case[] = [
  // the quoted words name the thing reacted to: never the possessor's
  ['Lena Marsh took the stage first. Later the senator attacked Marsh\'s "tired old ideas, dressed up as reform..." to loud cheers.', null],
  ['Lena Marsh took the stage first. Later the senator mocked Marsh\'s "grand plan for the arts, drawn up in a weekend." at the rally.', null],
  // a line with a voice of its own stays the possessor's
  ['Lena Marsh took the stage first. Later the senator mocked Marsh\'s "I will fix this town, you wait." at the rally.', 'Marsh'],
  ['Viewers still love Grell\'s "You shall not leave this room!" in the finale. Tomas Grell was superb.', 'Grell'],
];

describe('a possessive after a verb of reacting', () => {
  it.each(cases)('%s', (text, speaker) => {
    expect(speakersOf(text)).toEqual([speaker]);
  });
});
