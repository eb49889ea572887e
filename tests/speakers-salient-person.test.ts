// "He said" with two men named in the sentences before it: the one the report is about, when the
// text plainly makes one salient (named at least three times, twice as often as the other, and
// named in the sentence right before), else nobody. A report that has moved on to another person
// of that gender as a sentence's subject no longer goes on with the last speaker.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src';

type Case = [text: string, speakers: (string | null)[]];

const speakersOf = (text: string): (string | null)[] => analyzeReview(text).quotes.map((q) => q.speaker?.name ?? null);

const album = 'Kofi Mensah released his third album on Monday. Mensah wrote every song on it himself, and Mensah played most of the guitar parts too. ';
const line = '“Those weeks by the sea made the record feel like mine,” he said.';

const salient: Case[] = [
  [album + 'The label sent Mensah and his engineer Dale Ivers to Lagos for the final mix. ' + line, ['Mensah']],
];

const unclear: Case[] = [
  // the other man is named as often: neither is plainly meant
  [album + 'Dale Ivers mixed it, as Ivers had mixed the first two. The label sent Mensah and his engineer Ivers to Lagos for the final mix. ' + line, [null]],
  // a sentence naming nobody stands between: the report may have moved on
  [album + 'The label sent Mensah and his engineer Dale Ivers to Lagos for the final mix. Rain kept the band indoors for a month. ' + line, [null]],
];

const movedOn: Case[] = [
  [
    '“It is a quiet film about loud people,” said Ray Dee as he collected the prize. Best actor Jon Amis could not attend, but actress Lena Fox read out his speech. “I am proud to be part of this,” it said. He apologised for his absence, joking: “My car broke down somewhere in Nevada.”',
    ['Ray Dee', null, null],
  ],
];

describe('"he said" means the person the report is about', () => {
  it.each(salient)('%s', (text, speakers) => {
    expect(speakersOf(text)).toEqual(speakers);
  });
});

describe('"he said" with no salient person stays unattributed', () => {
  it.each(unclear)('%s', (text, speakers) => {
    expect(speakersOf(text)).toEqual(speakers);
  });
});

describe('another man as a sentence subject ends the last speaker going on', () => {
  it.each(movedOn)('%s', (text, speakers) => {
    expect(speakersOf(text)).toEqual(speakers);
  });
});
