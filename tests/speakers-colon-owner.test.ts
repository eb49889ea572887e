// A colon introduction whose sentence opens with no speaker: the one person named right before
// the verb of the short clause closing the sentence ("…, something which critic X agrees with:"),
// or the person a possessive means before a noun for what was said ("Her verdict:").
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src';

type Case = [text: string, speakers: (string | null)[]];

const speakersOf = (text: string): (string | null)[] =>
  analyzeReview(text).quotes.map((q) => q.speaker?.name ?? null);

const cases: Case[] = [
  ['Critics loved the show, something which reviewer Sam Holt agrees with: "It is a triumph."', ['Sam Holt']],
  ['The books are darker still, something which Tolkien fan and blogger Ada Price agrees with wholeheartedly: "They go much further."', ['Ada Price']],
  ['The poet Ana Lind spoke at the event. Her verdict: "The future is bright."', ['Ana Lind']],
  ['Pete Rowe read the letter aloud. His answer: "Not this year."', ['Pete Rowe']],
  // two people in the clause: which one speaks is not plain
  ['Fans loved the show, which Sam Holt and Jo Wynn discussed at length: "It is a triumph."', [null]],
];

describe('a colon introduction names its speaker in the clause before it or by a possessive', () => {
  it.each(cases)('%s', (text, speakers) => {
    expect(speakersOf(text)).toEqual(speakers);
  });
});
