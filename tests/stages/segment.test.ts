import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/stages/1-normalize';
import { segmentSections } from '../../src/stages/2-segment';
import type { Span } from '../../src/types';

// Stage 2 alone: a text in, its title, sections, paragraphs and script lines out. Every span is
// written `text@start`, so each row asserts the offsets as well as the words.

/** What a reader expects of one section: its heading as [kind, span], its paragraphs. */
interface SectionRow {
  heading: [string, string] | null;
  paragraphs: string[];
}

interface Row {
  title: string | null;
  sections: SectionRow[];
  dialogue?: [string, string][];
}

function segmented(text: string): Required<Row> {
  const at = (s: Span): string => `${text.slice(s.start, s.end)}@${s.start}`;
  const seg = segmentSections(normalize(text));
  return {
    title: seg.title && at(seg.title),
    sections: seg.sections.map((s) => ({ heading: s.heading && [s.heading.kind, at(s.heading)], paragraphs: s.paragraphs.map(at) })),
    dialogue: seg.dialogue.map((d) => [at(d.speaker), at(d.words)]),
  };
}

const HEADINGS: [string, string, Row][] = [
  [
    'markdown: # and ## marks and a bold line, the marks and the emphasis left out',
    '# *Hometown Cha-Cha-Cha*\n\nA gentle show about a seaside village.\n\n## What Worked For Me?\n\nThe dentist and the handyman.\n\n**The Cast**\n\nShin Min-a carries it.',
    {
      title: 'Hometown Cha-Cha-Cha@3',
      sections: [
        { heading: ['title', 'Hometown Cha-Cha-Cha@3'], paragraphs: ['A gentle show about a seaside village.@26'] },
        { heading: ['question', 'What Worked For Me?@69'], paragraphs: ['The dentist and the handyman.@90'] },
        { heading: ['heading', 'The Cast@123'], paragraphs: ['Shin Min-a carries it.@135'] },
      ],
    },
  ],
  [
    'numbered: Roman numerals with a few capitalised words, the number kept',
    'I. Story\n\nIt drifts in the middle.\n\nII. Music\n\nIt soars at the end.',
    {
      title: 'I. Story@0',
      sections: [
        { heading: ['title', 'I. Story@0'], paragraphs: ['It drifts in the middle.@10'] },
        { heading: ['heading', 'II. Music@36'], paragraphs: ['It soars at the end.@47'] },
      ],
    },
  ],
  [
    'colon: a short line ending in a colon, apart from the prose above it',
    'Season One Thoughts\n\nThe first half is slow.\n\nWhere it finally lands:\n\nIn the last two episodes.',
    {
      title: 'Season One Thoughts@0',
      sections: [
        { heading: ['title', 'Season One Thoughts@0'], paragraphs: ['The first half is slow.@21'] },
        { heading: ['heading', 'Where it finally lands:@46'], paragraphs: ['In the last two episodes.@71'] },
      ],
    },
  ],
  [
    'setext: an underline makes the line above a heading and belongs to its section',
    'Opening Words\n\nA short preface.\n\nFinal Word\n==========\n\nWatch it with a friend.',
    {
      title: 'Opening Words@0',
      sections: [
        { heading: ['title', 'Opening Words@0'], paragraphs: ['A short preface.@15'] },
        { heading: ['heading', 'Final Word@33'], paragraphs: ['Watch it with a friend.@56'] },
      ],
    },
  ],
  [
    'bare: questions of four words or more standing alone, each over its answer, in a Q&A',
    'Rewatch Diary\n\nA second look at an old favourite.\n\nWould I watch it again some day?\n\nProbably, yes.\n\nWho should watch it first of all?\n\nAnyone who liked the books.',
    {
      title: 'Rewatch Diary@0',
      sections: [
        { heading: ['title', 'Rewatch Diary@0'], paragraphs: ['A second look at an old favourite.@15'] },
        { heading: ['question', 'Would I watch it again some day?@51'], paragraphs: ['Probably, yes.@85'] },
        { heading: ['question', 'Who should watch it first of all?@101'], paragraphs: ['Anyone who liked the books.@136'] },
      ],
    },
  ],
  [
    'bare: a lone script shape whose words read like a title falls back to a heading',
    'Spoiler Talk\n\nSquid Game: The Challenge\n\nIt is a reality show, not a drama.',
    {
      title: 'Spoiler Talk@0',
      sections: [
        { heading: ['title', 'Spoiler Talk@0'], paragraphs: [] },
        { heading: ['heading', 'Squid Game: The Challenge@14'], paragraphs: ['It is a reality show, not a drama.@41'] },
      ],
    },
  ],
  [
    'front matter: its title: value is the title, and the body line repeating it a heading',
    '---\ntitle: "A Quiet Review"\ndate: 2024-01-01\n---\n\nA Quiet Review\n\nThe body starts here.',
    {
      title: 'A Quiet Review@12',
      sections: [
        { heading: ['title', 'A Quiet Review@12'], paragraphs: [] },
        { heading: ['heading', 'A Quiet Review@50'], paragraphs: ['The body starts here.@66'] },
      ],
    },
  ],
];

const NOT_HEADINGS: [string, string, Row][] = [
  [
    'numbered lines next to each other are a list, one paragraph',
    'Favourite Episodes\n\n1) The Pilot Episode\n2) The Long Finale\n\nBoth made me cry.',
    {
      title: 'Favourite Episodes@0',
      sections: [{ heading: ['title', 'Favourite Episodes@0'], paragraphs: ['1) The Pilot Episode\n2) The Long Finale@20', 'Both made me cry.@61'] }],
    },
  ],
  [
    'a question glued under prose, in a text that parts paragraphs with blank lines, ends the paragraph',
    'A Small Mystery\n\nThe first half is all set-up.\n\nThe second half is better.\nBut who sent the letter after all?\n\nI still wonder.',
    {
      title: 'A Small Mystery@0',
      sections: [
        {
          heading: ['title', 'A Small Mystery@0'],
          paragraphs: ['The first half is all set-up.@17', 'The second half is better.\nBut who sent the letter after all?@48', 'I still wonder.@111'],
        },
      ],
    },
  ],
  [
    'one lone question between paragraphs of a review is a rhetorical question, even when the writer answers it',
    'Rewatch Diary\n\nA second look at an old favourite.\n\nWould I watch it again some day?\n\nProbably, yes.',
    {
      title: 'Rewatch Diary@0',
      sections: [
        {
          heading: ['title', 'Rewatch Diary@0'],
          paragraphs: ['A second look at an old favourite.@15', 'Would I watch it again some day?@51', 'Probably, yes.@85'],
        },
      ],
    },
  ],
  [
    'a first line of prose is no title; lines without a blank between are one paragraph; a separator parts paragraphs',
    'I watched this on a rainy weekend.\nIt kept me company.\n\nThe ending, though, felt rushed.\n\n* * *\n\nStill worth it.',
    {
      title: null,
      sections: [{ heading: null, paragraphs: ['I watched this on a rainy weekend.\nIt kept me company.@0', 'The ending, though, felt rushed.@56', 'Still worth it.@97'] }],
    },
  ],
  [
    'two <br /> tags part paragraphs, one does not',
    'Loved the leads.<br /><br />Hated the villain.<br />Still a fine show.',
    {
      title: null,
      sections: [{ heading: null, paragraphs: ['Loved the leads.@0', 'Hated the villain.<br />Still a fine show.@28'] }],
    },
  ],
  [
    'a heading with nothing under it closes the text: prose',
    'Notes From The Set\n\nThe crew worked nights.\n\nMore Photos Below',
    {
      title: 'Notes From The Set@0',
      sections: [{ heading: ['title', 'Notes From The Set@0'], paragraphs: ['The crew worked nights.@20', 'More Photos Below@45'] }],
    },
  ],
];

const DIALOGUE: [string, string, Row][] = [
  [
    'script lines are paragraphs of their own, speaker and words apart',
    'Scene Notes\n\nMi-rae: Where were you last night?\nJun-ho: Out walking, nowhere special.\n\nAfterwards the house goes quiet.',
    {
      title: 'Scene Notes@0',
      sections: [
        {
          heading: ['title', 'Scene Notes@0'],
          paragraphs: ['Mi-rae: Where were you last night?@13', 'Jun-ho: Out walking, nowhere special.@48', 'Afterwards the house goes quiet.@87'],
        },
      ],
      dialogue: [
        ['Mi-rae@13', 'Where were you last night?@21'],
        ['Jun-ho@48', 'Out walking, nowhere special.@56'],
      ],
    },
  ],
  [
    'a script line whose words read like a title is speech beside a plain one',
    'Hye-jin: Chief Detective\nDu-sik: Stop calling me that, please.',
    {
      title: null,
      sections: [{ heading: null, paragraphs: ['Hye-jin: Chief Detective@0', 'Du-sik: Stop calling me that, please.@25'] }],
      dialogue: [
        ['Hye-jin@0', 'Chief Detective@9'],
        ['Du-sik@25', 'Stop calling me that, please.@33'],
      ],
    },
  ],
  [
    'a speaker in brackets, in an exchange of two speakers',
    'At The Station\n\n[Grace] You are late again.\n[Peter] The bus never came.',
    {
      title: 'At The Station@0',
      sections: [{ heading: ['title', 'At The Station@0'], paragraphs: ['[Grace] You are late again.@16', '[Peter] The bus never came.@44'] }],
      dialogue: [
        ['Grace@17', 'You are late again.@24'],
        ['Peter@45', 'The bus never came.@52'],
      ],
    },
  ],
];

describe('segmentSections: headings of each mark', () => {
  it.each(HEADINGS)('%s', (_name, text, row) => {
    expect(segmented(text)).toEqual({ dialogue: [], ...row });
  });
});

describe('segmentSections: lines that look like headings but are not', () => {
  it.each(NOT_HEADINGS)('%s', (_name, text, row) => {
    expect(segmented(text)).toEqual({ dialogue: [], ...row });
  });
});

describe('segmentSections: script lines', () => {
  it.each(DIALOGUE)('%s', (_name, text, row) => {
    expect(segmented(text)).toEqual(row);
  });
});

describe('segmentSections: blocks and section bounds', () => {
  it.each([...HEADINGS, ...NOT_HEADINGS, ...DIALOGUE])('%s: blocks are the headings and paragraphs in order, sections tile the text', (_name, text) => {
    const seg = segmentSections(normalize(text));
    const expected = seg.sections.flatMap((s, i) => [
      ...(s.heading ? [{ start: s.heading.start, end: s.heading.end, sectionIndex: i, isHeading: true }] : []),
      ...s.paragraphs.map((p) => ({ start: p.start, end: p.end, sectionIndex: i, isHeading: false })),
    ]);
    expect(seg.blocks).toEqual(expected);
    seg.sections.forEach((s, i) => {
      const next = seg.sections[i + 1];
      if (next) expect(text.slice(s.end, next.start).trim()).toBe('');
      expect(text.slice(s.start, s.end)).toBe(text.slice(s.start, s.end).trim());
    });
    expect(text.slice(0, seg.sections[0]?.start).trim()).toBe('');
    expect(text.slice(seg.sections.at(-1)?.end).trim()).toBe('');
  });
});
