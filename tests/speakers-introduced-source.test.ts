// A report that brings in its next source with a role between commas ("Tomas Berg, head of drama
// at …") goes on quoting that source: "he told reporters" after it is that person, when they are
// plainly of that gender, no other person who could be meant is named since the last quote (a name
// in the clause of a "he" of that gender aside), and the source is not named inside what someone
// said nor in a sentence about a "he" / "she" already in play. A person named as a role's holder
// ("The show's new director is Tomas Berg") is brought in the same way; after a noun the lists do
// not know as a person's ("The new coach is Tomas Berg") they only make "he" unclear.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src';

type Case = [text: string, speakers: (string | null)[]];

const speakersOf = (text: string): (string | null)[] => analyzeReview(text).quotes.map((q) => q.speaker?.name ?? null);

const sources: Case[] = [
  [
    'Ivo Marek chaired the jury. “The choice was easy,” said Mr Marek. The prize also pleased Tomas Berg, head of drama at a local studio. “We are thrilled for her,” he told reporters.',
    ['Mr Marek', 'Tomas Berg'],
  ],
  // a woman named in the clause of the "he" is no rival
  [
    'Ivo Marek chaired the jury. “The choice was easy,” said Mr Marek. The prize was also the pick of Tomas Berg, editor of a film weekly. While he backed Wendeline to win, he called it close. “Anything can happen,” he told reporters.',
    ['Mr Marek', 'Tomas Berg'],
  ],
];

const notSources: Case[] = [
  // the newcomer is named inside the last speaker's own report: "he" goes on being the speaker
  [
    'Ivo Marek chaired the jury. “The choice was easy,” said Mr Marek. He said Tomas Berg, head of drama at a local studio, had agreed. “We were quick,” he added.',
    ['Mr Marek', 'Mr Marek'],
  ],
  // the newcomer is a woman: "he" is still the last speaker
  [
    'Ivo Marek chaired the jury. “The choice was easy,” said Mr Marek. The prize also pleased Ada Berg, head of drama at a local studio. “We are thrilled for her,” he told reporters.',
    ['Mr Marek', 'Mr Marek'],
  ],
];

describe('a source brought in with a role between commas is the "he" of the next quote', () => {
  it.each(sources)('%s', (text, speakers) => {
    expect(speakersOf(text)).toEqual(speakers);
  });
});

describe('a newcomer named inside a report, or of the other gender, is not', () => {
  it.each(notSources)('%s', (text, speakers) => {
    expect(speakersOf(text)).toEqual(speakers);
  });
});

const holders: Case[] = [
  [
    '“The choice was easy,” said Ivo Marek. The show\'s new director is Tomas Berg, best known for a long run of stage hits. “We start rehearsals in May,” he said.',
    ['Ivo Marek', 'Tomas Berg'],
  ],
  [
    '“The choice was easy,” said Ivo Marek. The festival\'s British director was Tomas Berg. “We start rehearsals in May,” he said.',
    ['Ivo Marek', 'Tomas Berg'],
  ],
  // a noun not known as a person's: the newcomer could be meant, so nobody
  ['“The choice was easy,” said Ivo Marek. The new coach is Tomas Berg. “We start rehearsals in May,” he said.', ['Ivo Marek', null]],
  // a woman as the holder: "he" is still the last speaker
  ['“The choice was easy,” said Ivo Marek. The show\'s new director is Ada Berg. “We start rehearsals in May,” he said.', ['Ivo Marek', 'Ivo Marek']],
];

describe('a person named as the holder of a role is the "he" of the next quote', () => {
  it.each(holders)('%s', (text, speakers) => {
    expect(speakersOf(text)).toEqual(speakers);
  });
});
