// A quote of two to eight words written as a title (every word capitalised but the short ones
// inside) is a title when no speech verb stands before it in its sentence; a headline's capitals,
// a sentence-cased phrase and a quote under a speech verb are not read that way.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src';

const kinds = (text: string): string[] => analyzeReview(text).quotes.map((q) => `${q.text}: ${q.kind}`);

const cases: [text: string, kinds: string[]][] = [
  ['The band closed the night with "Rain Over the Harbour" and the crowd sang along.', ['Rain Over the Harbour: title']],
  ['My favourite scene has the twins humming "Songs of a Long Winter" in the attic.', ['Songs of a Long Winter: title']],
  ['The film borrows its ending from "Night Train to Oslo," a thriller nobody remembers.', ['Night Train to Oslo,: title']],
  // a verb and "by" after it: the work someone sang or wrote, even when the verb is one of speech
  ['The worst scene is a parody of "Dance With Me" sang by the villain.', ['Dance With Me: title']],
  ['The band played "Blue Harbour Nights", written by their drummer.', ['Blue Harbour Nights: title']],
];

const mustNot: [text: string, kinds: string[]][] = [
  // sentence case: three words of someone's making are speech as before
  ['The crowd kept chanting "one more song" until the lights went out.', ['one more song: speech']],
  // under a speech verb the capitals are the speaker's own
  ['She said "Good Night Everyone" and left the stage.', ['Good Night Everyone: speech']],
  // a headline capitalises every word: its quote is a claim
  ['Cast Members Recall Their "Very Cold Summer" On Set\n\nThe cast met again in June.', ['Very Cold Summer: speech']],
];

describe('titles by their capitals', () => {
  it.each(cases)('%s', (text, want) => expect(kinds(text)).toEqual(want));
  it.each(mustNot)('not: %s', (text, want) => expect(kinds(text)).toEqual(want));
});
