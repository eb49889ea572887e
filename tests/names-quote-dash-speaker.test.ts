import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';

const characters = (text: string): string[] => analyzeReview(text).characters.map((e) => e.name);
const speakers = (text: string): (string | null)[] => analyzeReview(text).quotes.map((q) => q.speaker?.name ?? null);

describe('a cited line’s speaker after a dash, named nowhere else', () => {
  it.each([
    // a dash glued to the closing mark and the name, at the text's end
    ['What a ride. Best line of the film: "Nobody walks out of this valley alive."-Marshal Korrin', 'Marshal Korrin'],
    // spaces around the dash, a stop after the name, and the review going on
    ['My favourite quote: "The tide always comes back for what it left." - Vessaly. Such a great arc.', 'Vessaly'],
    // the next sentence run on with no stop (`– Name This show…`)
    ['"I will carry this lantern until the war is over." – Dunmore This show made me cry.', 'Dunmore'],
  ])('%j has the character %j', (text, name) => {
    expect(characters(text)).toContain(name);
    expect(speakers(text)).toContain(name);
  });

  it.each([
    // a term in quotes, not a line
    ['They were wiped out by so-called "friendly fire" - Order 66 did the rest.', 'Order'],
    // two dashes set off the writer's remark
    ['I hated how it ended on "see you all next year." -- Minor Spoilers Ahead -- The finale drags.', 'Minor Spoilers Ahead'],
    // the writer's words after the dash, in lower case after the first one
    ['Everyone told me "it gets good after episode twenty" - Yes my friends, it never did.', 'Yes'],
    // a description before the speaker's name in brackets is no name of its own
    ['“Nobody leaves before the bell rings.” – Head Teacher (Orla Brenn)', 'Head Teacher'],
  ])('%j has no character %j', (text, name) => {
    expect(characters(text)).not.toContain(name);
  });
});
