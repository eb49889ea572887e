// "He" after a sentence that closes by naming its source ("…, says Ola Brandt, the editor of …")
// means that source, not a name the report mentions; and a view given in the sentence before a
// quote ("he believes …") is the quote's, when the only names there own a thing ("Moore's film").
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src';

type Case = [text: string, speakers: (string | null)[]];

const speakersOf = (text: string): (string | null)[] => analyzeReview(text).quotes.map((q) => q.speaker?.name ?? null);

const cases: Case[] = [
  // inverted source with an appositive, then "he believes", then the quote
  [
    "Peter Lund's new thriller was left off the list on purpose, says Tomas Berg, the film editor of the weekly Nordic Screen. But he also believes Lund's film was too long for the jury. \"Nobody wants to sit through three hours of snow,\" he said.",
    ['Tomas Berg'],
  ],
  // the source named before its verb, closing the sentence; the quote after "he thinks …"
  [
    "The festival's move to March was a mistake, Tomas Berg said. He thinks Peter Lund's film paid for it. \"It opened to an empty hall.\"",
    ['Tomas Berg'],
  ],
  // a woman as the source, "she" going on
  [
    "Peter Lund's new thriller was left off the list on purpose, says Anna Weller, the film editor of Nordic Screen. But she also believes the jury was tired. \"Nobody wants three hours of snow.\"",
    ['Anna Weller'],
  ],
  // a view alone before the quote, the holder the sentence before's subject
  [
    'Anna Weller judged the short films this year. She believes the jury was too kind. "Half of them needed another edit."',
    ['Anna Weller'],
  ],
  // the source set between commas after their role, closing the sentence; a man named in the
  // paragraph before is not the "he" that goes on
  [
    'The suit names the singer Rory Vance and his manager.\n\nThe studio stalled for months, her lawyer, Tomas Berg, said. The studio "ignored every letter we sent," he said.',
    ['Tomas Berg'],
  ],
  [
    'The suit names the singer Rory Vance and his manager.\n\nThe studio stalled for months, the band\'s spokeswoman, Anna Weller, said. It "ignored every letter we sent," she said.',
    ['Anna Weller'],
  ],
];

const mustNot: Case[] = [
  // the source set off after their role is a woman: "he" is not her, and two men were named before
  [
    'The suit names the singer Rory Vance and his manager Ivo Marek.\n\nThe studio stalled for months, their lawyer, Anna Weller, said. The studio "ignored every letter we sent," he said.',
    [null],
  ],
  // a source of the other gender: "she" is not him, and no woman is named
  [
    "Peter Lund's new thriller was left off the list on purpose, says Tomas Berg, the film editor of Nordic Screen. But she also believes the jury was tired. \"Nobody wants three hours of snow.\"",
    [null],
  ],
  // a name that acts in the view sentence (not a possessive) may be the one quoted
  [
    "The festival's move to March was a mistake, Tomas Berg said. He thinks Peter Lund agreed. \"It opened to an empty hall.\"",
    [null],
  ],
  // a source clause followed by a verb of its own is not the sentence's close
  [
    "Peter Lund's thriller was cut, says Tomas Berg, who runs Nordic Screen. He believes Lund was wronged. \"Nobody asked him.\"",
    [null],
  ],
];

describe('the source a sentence closes with', () => {
  it.each(cases)('%s', (text, want) => expect(speakersOf(text)).toEqual(want));
  it.each(mustNot)('not: %s', (text, want) => expect(speakersOf(text)).toEqual(want));
});
