// Stage 5 alone: the stages before it as the pipeline runs them, then findQuotes on their output
// (with the works given here, where a case is about titles). Each quote's span, kind and marks.
import { describe, expect, it } from 'vitest';
import { resolveOptions } from '../../src/options';
import { runPipeline } from '../../src/pipeline';
import { findQuotes } from '../../src/stages/5-quotes/index';
import type { QuoteDraft, WorkDraft } from '../../src/stages/stage-types';
import type { Span } from '../../src/types';

/** A quote as the table writes it: its words, where they are, its kind, and its marks or script speaker. */
interface Want {
  text: string;
  start: number;
  end: number;
  kind: QuoteDraft['kind'];
  /** `[open, close]` offsets of the marks; for a script line, the speaker's span. */
  marks: [number, number] | Span;
}

/** Stage 5 on `text`, with `works` given (the pipeline's own when undefined). */
function run(text: string, works?: WorkDraft[]): { quotes: Want[]; unclosed: number[] } {
  const r = runPipeline(text, resolveOptions(undefined));
  const found = findQuotes(r.input, r.segmentation, r.annotation, works ?? r.works);
  return {
    quotes: found.quotes.map((q) => ({
      text: text.slice(q.start, q.end),
      start: q.start,
      end: q.end,
      kind: q.kind,
      marks: q.kind === 'dialogue' ? { ...q.scriptSpeaker } : [q.open.start, q.close.start],
    })),
    unclosed: found.unclosed,
  };
}

type Case = [text: string, works: WorkDraft[] | undefined, want: Want[], unclosed: number[]];

const cases: [name: string, rows: Case[]][] = [
  [
    'speech',
    [
      // a speech verb before the quote, in its sentence
      ['Mara shrugged and said “we will see” before leaving.', undefined, [{ text: 'we will see', start: 24, end: 35, kind: 'speech', marks: [23, 35] }], []],
      // three words or more, in straight marks
      ['The poster promised "a night to remember" and delivered.', undefined, [{ text: 'a night to remember', start: 21, end: 40, kind: 'speech', marks: [20, 40] }], []],
      // a speech noun a few words after the quote still makes it someone's words
      ['“Never,” was her curt reply.', undefined, [{ text: 'Never,', start: 1, end: 7, kind: 'speech', marks: [0, 7] }], []],
      // a headline's claim in marks: two words, or a verb
      ['Harbour choir ‘facing closure’\n\nThe choir has lost its hall.', undefined, [{ text: 'facing closure', start: 15, end: 29, kind: 'speech', marks: [14, 29] }], []],
      ['Cinema attendance ‘falls’ again\n\nFewer tickets were sold this year.', undefined, [{ text: 'falls', start: 19, end: 24, kind: 'speech', marks: [18, 24] }], []],
      // an inner quote stays inside the outer one
      ['He wrote, “the sign said ‘closed’ all week.”', undefined, [{ text: 'the sign said ‘closed’ all week.', start: 11, end: 43, kind: 'speech', marks: [10, 43] }], []],
      ['Elle a murmuré «pas ce soir» en partant.', undefined, [{ text: 'pas ce soir', start: 16, end: 27, kind: 'speech', marks: [15, 27] }], []],
      // news: a paragraph ending inside the quote, the next reopening it with the same mark: one
      // quote a paragraph, the first with no closing mark
      [
        '“The first paragraph ends without a mark.\n\n“And the second one closes it,” she said.',
        undefined,
        [
          { text: 'The first paragraph ends without a mark.', start: 1, end: 41, kind: 'speech', marks: [0, 41] },
          { text: 'And the second one closes it,', start: 44, end: 73, kind: 'speech', marks: [43, 73] },
        ],
        [],
      ],
      // ... over three paragraphs
      [
        '“The first paragraph.\n\n“The second.\n\n“The third,” she said.',
        undefined,
        [
          { text: 'The first paragraph.', start: 1, end: 21, kind: 'speech', marks: [0, 21] },
          { text: 'The second.', start: 24, end: 35, kind: 'speech', marks: [23, 35] },
          { text: 'The third,', start: 38, end: 48, kind: 'speech', marks: [37, 48] },
        ],
        [],
      ],
      // news flattening: a first part never closed, then a quote reopening after a sentence end
      [
        '“We kept going for hours. “Then the rain came,” he said.',
        undefined,
        [
          { text: 'We kept going for hours.', start: 1, end: 25, kind: 'speech', marks: [0, 25] },
          { text: 'Then the rain came,', start: 27, end: 46, kind: 'speech', marks: [26, 46] },
        ],
        [],
      ],
      // ... and over three paragraphs: each part up to the next one's mark
      [
        '“Tickets sold out in a day. “Nobody saw that coming. “We will add dates,” the promoter said.',
        undefined,
        [
          { text: 'Tickets sold out in a day.', start: 1, end: 27, kind: 'speech', marks: [0, 27] },
          { text: 'Nobody saw that coming.', start: 29, end: 52, kind: 'speech', marks: [28, 52] },
          { text: 'We will add dates,', start: 54, end: 72, kind: 'speech', marks: [53, 72] },
        ],
        [],
      ],
    ],
  ],
  [
    'scare quotes',
    [
      ['Every plan carries a “risk” sooner or later.', undefined, [{ text: 'risk', start: 22, end: 26, kind: 'term', marks: [21, 26] }], []],
      // a two-word phrase that is no work's mention and not written as a title
      ['The finale of ‘harbour lights’ aired last night.', [], [{ text: 'harbour lights', start: 15, end: 29, kind: 'term', marks: [14, 29] }], []],
      ['The sign read 「立入禁止」 in red.', undefined, [{ text: '立入禁止', start: 15, end: 19, kind: 'term', marks: [14, 19] }], []],
      // a label set before its noun, or named as a word, whatever speech verb stands in the sentence
      ['Critics called out the “wooden” portrayal of the lead.', undefined, [{ text: 'wooden', start: 24, end: 30, kind: 'term', marks: [23, 30] }], []],
      ['The so-called “experts” said nothing new.', undefined, [{ text: 'experts', start: 15, end: 22, kind: 'term', marks: [14, 22] }], []],
      // a lone noun in a headline's marks, and a speech verb's form read as a noun after it
      ['Court hears ‘leak’ claims\n\nThe trial went on.', undefined, [{ text: 'leak', start: 13, end: 17, kind: 'term', marks: [12, 17] }], []],
      ['Papers seek ‘jury’ notes\n\nThe trial went on.', undefined, [{ text: 'jury', start: 13, end: 17, kind: 'term', marks: [12, 17] }], []],
      ['She drew on the “loud and proud” aunts of her youth.', undefined, [{ text: 'loud and proud', start: 17, end: 31, kind: 'term', marks: [16, 31] }], []],
      // a name or adjective between the article and the label; a speech verb's form used as a noun
      ['The paper hid behind a Texas “secrecy” rule all year.', undefined, [{ text: 'secrecy', start: 30, end: 37, kind: 'term', marks: [29, 37] }], []],
      ['Hundreds of state-backed painters idle on the “arts plan”.', undefined, [{ text: 'arts plan', start: 47, end: 56, kind: 'term', marks: [46, 56] }], []],
      // ... while the verb itself still makes a short quote speech
      ['The mayor said the budget was “fine”.', undefined, [{ text: 'fine', start: 31, end: 35, kind: 'speech', marks: [30, 35] }], []],
      ['The term “cosy crime” covers a lot of books.', undefined, [{ text: 'cosy crime', start: 10, end: 20, kind: 'term', marks: [9, 20] }], []],
      // ... but a longer phrase under a speech verb is the speaker's words
      ['She said the band played an “angry, loud and fast” set.', undefined, [{ text: 'angry, loud and fast', start: 29, end: 49, kind: 'speech', marks: [28, 49] }], []],
      // ... and so is a word in a view or a stance a named person or "he" / "she" takes
      ['Ines Varga felt that the mayor’s “blunder” cost him the seat.', undefined, [{ text: 'blunder', start: 34, end: 41, kind: 'speech', marks: [33, 41] }], []],
      ['Dora Kell attacked “lazy” critics in her speech.', undefined, [{ text: 'lazy', start: 20, end: 24, kind: 'speech', marks: [19, 24] }], []],
      ['Tom Hale apologised for his “stupidity” after the race.', undefined, [{ text: 'stupidity', start: 29, end: 38, kind: 'speech', marks: [28, 38] }], []],
      // ... but not a view with no clause, a passive, nor the writer's own view
      ['Ines Varga thinks in terms of “quiet” scenes.', undefined, [{ text: 'quiet', start: 31, end: 36, kind: 'term', marks: [30, 36] }], []],
      ['Dora Kell was attacked as “lazy” by the press.', undefined, [{ text: 'lazy', start: 27, end: 31, kind: 'term', marks: [26, 31] }], []],
      ['I felt that the ending was “rushed” at best.', undefined, [{ text: 'rushed', start: 28, end: 34, kind: 'term', marks: [27, 34] }], []],
    ],
  ],
  [
    'titles',
    [
      [
        'The finale of ‘Harbour Lights’ aired last night.',
        [{ key: 'harbour lights', mentions: [{ start: 15, end: 29 }] }],
        [{ text: 'Harbour Lights', start: 15, end: 29, kind: 'title', marks: [14, 29] }],
        [],
      ],
      // no work mention, but every word capitalised as a title's are
      ['The finale of ‘Harbour Lights’ aired last night.', [], [{ text: 'Harbour Lights', start: 15, end: 29, kind: 'title', marks: [14, 29] }], []],
      // the work named outside the quote; the comma inside the marks is the sentence's
      [
        'I watched “Harbour Lights,” the series, twice. Harbour Lights held up.',
        [{ key: 'harbour lights', mentions: [{ start: 47, end: 61 }] }],
        [{ text: 'Harbour Lights,', start: 11, end: 26, kind: 'title', marks: [10, 26] }],
        [],
      ],
      // ... unless a speech verb says someone speaks the words
      [
        '“Harbour Lights,” said Wren, and Harbour Lights played on.',
        [{ key: 'harbour lights', mentions: [{ start: 33, end: 47 }] }],
        [{ text: 'Harbour Lights,', start: 1, end: 16, kind: 'speech', marks: [0, 16] }],
        [],
      ],
      // a work mention covering the quote but for the comma or full stop the sentence put inside
      [
        'I watched “Harbour Lights,” the series, twice.',
        [{ key: 'harbour lights', mentions: [{ start: 11, end: 25 }] }],
        [{ text: 'Harbour Lights,', start: 11, end: 26, kind: 'title', marks: [10, 26] }],
        [],
      ],
      [
        'We rented the sequel to “Moss Creek.” It was worse.',
        [{ key: 'moss creek', mentions: [{ start: 25, end: 35 }] }],
        [{ text: 'Moss Creek.', start: 25, end: 36, kind: 'title', marks: [24, 36] }],
        [],
      ],
      // the works stage's own title, read from the quote with the sentence's comma inside
      [
        'We finally caught "Moss Garden," and it was lovely.',
        undefined,
        [{ text: 'Moss Garden,', start: 19, end: 31, kind: 'title', marks: [18, 31] }],
        [],
      ],
      // ... but a quote that is a sentence of its own, full stop and all, is someone's reply
      [
        'She nodded. “Moss Creek.” Then she left.',
        [{ key: 'moss creek', mentions: [{ start: 13, end: 23 }] }],
        [{ text: 'Moss Creek.', start: 13, end: 24, kind: 'speech', marks: [12, 24] }],
        [],
      ],
      // ... nor one a speech verb follows: the comma inside the marks is the speaker's
      [
        'At the door, “Moss Creek,” said Ana, and we drove on.',
        [{ key: 'moss creek', mentions: [{ start: 14, end: 24 }] }],
        [{ text: 'Moss Creek,', start: 14, end: 25, kind: 'speech', marks: [13, 25] }],
        [],
      ],
      // ... and a mention of part of the words covers nothing
      [
        'Fans of “Moss Creek,” rejoice.',
        [{ key: 'moss', mentions: [{ start: 9, end: 13 }] }],
        [{ text: 'Moss Creek,', start: 9, end: 20, kind: 'term', marks: [8, 20] }],
        [],
      ],
    ],
  ],
  [
    'dialogue',
    [
      [
        'Jonah : Pass me the map.\nIris : It is in the glovebox.',
        undefined,
        [
          { text: 'Pass me the map.', start: 8, end: 24, kind: 'dialogue', marks: { start: 0, end: 5 } },
          { text: 'It is in the glovebox.', start: 32, end: 54, kind: 'dialogue', marks: { start: 25, end: 29 } },
        ],
        [],
      ],
      // a title line shaped like a script line, over a report about that person: no line spoken
      ['Nora Quill: Queen of the crime shelves\n\nNora Quill, whose novels sold in their millions, has died aged 88.', undefined, [], []],
      // ... but a script line in the paragraph after makes it the first line of an exchange
      [
        'Jonah: Pass me the map.\n\nIris: It is in the glovebox.',
        undefined,
        [
          { text: 'Pass me the map.', start: 7, end: 23, kind: 'dialogue', marks: { start: 0, end: 5 } },
          { text: 'It is in the glovebox.', start: 31, end: 53, kind: 'dialogue', marks: { start: 25, end: 29 } },
        ],
        [],
      ],
    ],
  ],
  [
    'no quote',
    [
      // apostrophes cutting words short
      ['It’s the ’80s and the kids’ bikes are out.', undefined, [], []],
      // a mark left open at its paragraph's end: no quote, and its offset for the warning
      ['She muttered “never again and left.\n\nThe next day was calm.', undefined, [], [13]],
    ],
  ],
];

for (const [name, rows] of cases) {
  describe(`stage 5 quotes: ${name}`, () => {
    it.each(rows)('%j', (text, works, want, unclosed) => {
      expect(run(text, works)).toEqual({ quotes: want, unclosed });
    });
  });
}
