// Four ways a speaker was misread: the person a quote calls to by name ("…, Tom," she said) is its
// listener, never the one a pronoun points to as its speaker; a narrator's "said I" names nobody;
// a list going on after a relative clause ("X, who … Y, as well as Z, said") keeps X the subject;
// and a speech verb's word used as a noun ("the claims had …") is no verb whose subject speaks.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src';

type Case = [text: string, speakers: (string | null)[]];

const speakersOf = (text: string): (string | null)[] => analyzeReview(text).quotes.map((q) => q.speaker?.name ?? null);

const listener: Case[] = [
  // the name called to closes the words, opens them, or stands between commas: the "she" could
  // mean either woman, and the one last named is the one spoken to
  ['Hattie Quill came out. Ann Bryce waited by the gate. “You will catch cold, Ann,” she said.', [null]],
  ['Hattie Quill came out. Ann Bryce waited by the gate. “Ann, you will catch cold,” she said.', [null]],
  ['Hattie Quill came out. Ann Bryce waited by the gate. “Now, Ann, go inside,” she said.', [null]],
  // not called to: the pronoun's person stays the speaker
  ['Hattie Quill came out. Ann Bryce waited by the gate. “The wind is cold tonight,” she said.', ['Ann Bryce']],
  // named by the verb, the speaker stands whatever the words say
  ['Hattie Quill came out. “Ann, you will catch cold,” said Hattie.', ['Hattie']],
];

const narrator: Case[] = [
  ['Holmes lit his pipe. “That seems a slender clue,” said I. “Slender, but enough,” said Holmes.', [null, 'Holmes']],
  ['Holmes lit his pipe. “That seems a slender clue,” said I.', [null]],
];

const lists: Case[] = [
  [
    'Record boss Len Farrow backs the film. Mr Farrow, who once managed the band Pale Hours, as well as the Tin Drums, said he would “sooner stay behind the camera”.',
    ['Mr Farrow'],
  ],
  [
    'Record boss Len Farrow backs the film. Mr Farrow, who once managed Pale Hours, along with Tin Drums, said he would “sooner stay behind the camera”.',
    ['Mr Farrow'],
  ],
];

const nounUse: Case[] = [
  ['Producer Nina Holt denied the story. Holt said the claims were “pure invention”.', ['Holt']],
  ['Producer Nina Holt denied the story. Holt said his remarks had been “taken out of context”.', ['Holt']],
];

describe('the person a quote calls to is not its pronoun speaker', () => {
  it.each(listener)('%s', (text, speakers) => {
    expect(speakersOf(text)).toEqual(speakers);
  });
});

describe('a narrator’s “said I” names nobody', () => {
  it.each(narrator)('%s', (text, speakers) => {
    expect(speakersOf(text)).toEqual(speakers);
  });
});

describe('a list going on after a relative clause keeps the clause’s person the subject', () => {
  it.each(lists)('%s', (text, speakers) => {
    expect(speakersOf(text)).toEqual(speakers);
  });
});

describe('a speech verb’s word after a determiner is a noun, not the verb', () => {
  it.each(nounUse)('%s', (text, speakers) => {
    expect(speakersOf(text)).toEqual(speakers);
  });
});
