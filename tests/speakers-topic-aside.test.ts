// A speech verb whose quote is no part of its words: the quote follows "about" (the topic the
// person wrote or spoke on, held up by name) or stands in an aside opened after the verb and
// still open at the quote. Each with the cases that keep their speaker. All names invented.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src';

type Case = [text: string, speakers: (string | null)[]];

const speakersOf = (text: string): (string | null)[] => analyzeReview(text).quotes.map((q) => q.speaker?.name ?? null);

const nobody: Case[] = [
  // the phrase after "about" names what she wrote on
  ['Ada Vance writes fondly about the “casual crowd” who tune in each week.', [null]],
  ['Bruno Keel spoke at length about the “second act problem” in the script.', [null]],
  // an aside opened after the verb holds the quote
  ['Ada Vance wrote about the backlash (which the show mocked in the “Finale” episode).', [null]],
  ['Bruno Keel said the cast grew close over the long shoot (in the “frozen month” of the first season).', [null]],
];

const kept: Case[] = [
  // the quote is the reported clause's, not the topic
  ['Ada Vance wrote that the series was “a slow, patient triumph”.', ['Ada Vance']],
  // an aside closed before the quote
  ['Bruno Keel said (with a grin) that the shoot was “the hardest of my life”.', ['Bruno Keel']],
  ['Ada Vance said the film was “a triumph” (and meant it).', ['Ada Vance']],
  // a bracket that the quote opens holds the speaker's own words
  ['Bruno Keel said the night shoots were brutal (“the coldest weeks of my life”).', ['Bruno Keel']],
  ['Ada Vance described the studio (“a leaky barn with cameras”) at length.', ['Ada Vance']],
  // the quote after a comma or past the topic's own phrase is the words again
  ['As Tarek says about her, “She is the best thing in the film.”', ['Tarek']],
  ['Bruno Keel writes about it in his column “I never saw it coming.”', ['Bruno Keel']],
  // "about" later in the words, not right after the verb
  ['Bruno Keel said he cared about the cast, calling them “the best I have had”.', ['Bruno Keel']],
];

describe('a quote that is the topic or an aside of a speech verb', () => {
  it.each(nobody)('has no speaker: %s', (text, want) => expect(speakersOf(text)).toEqual(want));
  it.each(kept)('keeps the verb’s subject: %s', (text, want) => expect(speakersOf(text)).toEqual(want));
});
