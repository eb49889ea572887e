// Right after a quote nobody was given that stands as a sentence of its own, "he" / "she" goes on
// with the subject of the sentence before that quote, when plainly of that gender; an unlisted
// name followed by ", who" is a rival for a later "he"; and after a colon introduction a clause
// joined by "and" / "but" with a subject of its own is not the first speaker's.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src';

type Case = [text: string, speakers: (string | null)[]];

const speakersOf = (text: string): (string | null)[] =>
  analyzeReview(text).quotes.map((q) => q.speaker?.name ?? null);

const loneQuote: Case[] = [
  [
    'Best actor Tom Reyes could not attend, but actress Lena Fox read out his speech. "I am so proud of this film. Thank you all." He apologised for missing the night, joking: "My car broke down in the desert."',
    [null, 'Tom Reyes'],
  ],
  // the gender does not agree: never the subject before the quote
  [
    'Best actress Nina Cole could not attend, but actor Sam Ortiz read out her speech. "I am so proud of this film. Thank you all." He then left the stage, joking: "I will keep the trophy warm for her."',
    [null, null],
  ],
];

const whoRival: Case[] = [
  // an unlisted name brought in with ", who" may be the "he" meant: nobody plainly
  [
    '"It is a quiet film about loud people," said Ivo Marek as he took the prize. DeLuca, who lost out to Marek, will face him again in May. "It is my first time at these awards," he told reporters.',
    ['Ivo Marek', null],
  ],
];

const joinedClause: Case[] = [
  [
    'Ivo Marek and Ruth Vance met. He said: "The film is finished at last and we are happy" but she disagreed: "It needs much more work before May."',
    ['Ivo Marek', 'Ruth Vance'],
  ],
  [
    'Ivo Marek met Ruth Vance in May. Marek said: "The film is finished at last and we are happy" and Vance was quick to agree: "It is the best work we have done."',
    ['Marek', null],
  ],
  [
    'Ivo Marek met Ruth Vance in May. Marek said: "The film is finished at last and we are happy" but Vance was not convinced. "It needs much more work before May."',
    ['Marek', null],
  ],
  // the same speaker going on, or a fragment inside a report
  ['Ivo Marek said: "The film is finished at last and we are happy" and added: "We will show it in the spring."', ['Ivo Marek', 'Ivo Marek']],
  ['The lawyer Ivo Marek said his client had "turned a corner at last" and she was "well and happy again".', ['Ivo Marek', 'Ivo Marek']],
];

describe('a pronoun right after a quote standing alone', () => {
  it.each(loneQuote)('%s', (text, speakers) => {
    expect(speakersOf(text)).toEqual(speakers);
  });
});

describe('an unlisted name with ", who" is a rival', () => {
  it.each(whoRival)('%s', (text, speakers) => {
    expect(speakersOf(text)).toEqual(speakers);
  });
});

describe('a clause joined after a colon introduction', () => {
  it.each(joinedClause)('%s', (text, speakers) => {
    expect(speakersOf(text)).toEqual(speakers);
  });
});
