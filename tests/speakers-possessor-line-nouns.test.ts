// A possessor's quoted words followed by a noun for a bit someone keeps giving ("routine",
// "speech", "rant") are that possessor's line, listed by the names stage or not. Without such a
// noun an unlisted possessor is no speaker.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src';

type Case = [text: string, speakers: (string | null)[]];

const speakersOf = (text: string): (string | null)[] => analyzeReview(text).quotes.map((q) => q.speaker?.name ?? null);

const cases: Case[] = [
  ["By the third season I was sick of Zorvak's \"I can't lose\" routine. The dub cast did fine.", ['Zorvak']],
  ["By the third season I was sick of Zorvak's \"I can't lose\" rant. The dub cast did fine.", ['Zorvak']],
  // no noun after the words: nothing says they are Zorvak's line
  ["By the third season I was sick of Zorvak's \"I can't lose\" and the dub cast.", [null]],
];

describe('a possessor’s line named by the noun after it', () => {
  it.each(cases)('%s', (text, speakers) => {
    expect(speakersOf(text)).toEqual(speakers);
  });
});
