// Headings in the shapes user reviews write them, and the lines of reviews that look like headings
// but are not: spoiler warnings, rhetorical questions, score tables, list items, run-on first lines.
import { describe, expect, it } from 'vitest';
import { normalize } from '../src/stages/1-normalize';
import { segmentSections } from '../src/stages/2-segment';
import { classifyLine } from '../src/stages/2-segment/1-classify-line';

/** The title and the headings of a text, each as `kind text`. */
function read(text: string): { title: string | null; headings: string[] } {
  const seg = segmentSections(normalize(text));
  return {
    title: seg.title?.text ?? null,
    headings: seg.sections.flatMap((s) => (s.heading && s.heading.kind !== 'title' ? [`${s.heading.kind} ${s.heading.text}`] : [])),
  };
}

describe('classifyLine: lines of user reviews', () => {
  it.each<[string, string]>([
    // A part of the work framed by marks, or in the list of parts reviews score.
    ['~Enjoyment~', 'heading'],
    ['--Story--', 'heading'],
    ['==Characters==', 'heading'],
    ['Enjoyment', 'heading'],
    // A part and its score, with a mark between them.
    ['Sound (8/10)', 'heading'],
    ['The visuals - 7/10', 'heading'],
    ['Art: (6 / 10)', 'heading'],
    ['Pacing-5/10', 'heading'],
    ['*Overall* 6/10', 'heading'],
    ['Overall (9.5/10):', 'heading'],
    // A score out of ten left implied, after a mark.
    ['Story - 4', 'heading'],
    ['PACING = 7', 'heading'],
    ['Visuals: 8.5', 'heading'],
    // A ratio, a count or a time is no score.
    ['Aspect ratio: 1.37:1', 'text'],
    ['Episodes: 12', 'text'],
    // A numbered part with a closing colon.
    ['4) Enjoyment:', 'heading'],
    // A title that names spoilers is still a title.
    ['Spoiler Talk', 'heading'],
    // Spoiler warnings: in capitals, in italics, in lower case, a sentence.
    ['SPOILERS IN THE NEXT PART', 'text'],
    ['*Light Spoilers For The Finale*', 'text'],
    ['**spoiler**', 'text'],
    ['This part may count as a spoiler:', 'text'],
    ['----end of spoilers----', 'text'],
    // A list item with its mark glued on.
    ['+Pacing', 'text'],
    ['•Pacing', 'text'],
    // A verdict, not a part: no mark between the words and the score, or a sentence.
    ['Solid 8/10', 'text'],
    ['I give it 8/10', 'text'],
    ['Acting: 3/10 Plot: 2/10', 'text'],
    // A whole sentence in bold is an emphasised sentence.
    ['**Edit - I found the old tapes in the attic and I will post them here next week**', 'text'],
  ])('%j is %s', (line, kind) => {
    expect(classifyLine(line).kind).toBe(kind);
  });
  it('marks a part and its score as scored, over the whole line', () => {
    expect(classifyLine('Sound (8/10)')).toEqual({ kind: 'heading', mark: 'scored', textStart: 0, textEnd: 12 });
  });
});

describe('segmentSections: headings of user reviews read against the text', () => {
  it.each<[string, string, { title: string | null; headings: string[] }]>([
    [
      'framed part names over their paragraphs are headings',
      'My Review\n\nShort and sweet.\n\n~Enjoyment~\n\nI laughed all the way through.\n\n--Overall--\n\nA fine way to spend an evening.',
      { title: 'My Review', headings: ['heading ~Enjoyment~', 'heading --Overall--'] },
    ],
    [
      'parts and scores one after another are a score table, the overall score under it too',
      'My Review\n\nLong thoughts below.\n\nStory: 6/10\nMusic: 8/10\nActing: 7/10\n\nOverall: 7/10\n\nThanks for reading.',
      { title: 'My Review', headings: [] },
    ],
    [
      'parts and bare scores one after another are a score table too',
      'My Review\n\nA quick verdict.\n\nStory: 3\nVisuals: 6\nPacing: 2\n\nNot for me.',
      { title: 'My Review', headings: [] },
    ],
    [
      'parts and scores each over their prose are headings',
      'My Review\n\nLong thoughts below.\n\nSound (8/10)\nThe score is lush.\n\nPacing - 4/10\nThe middle drags.',
      { title: 'My Review', headings: ['heading Sound (8/10)', 'heading Pacing - 4/10'] },
    ],
    [
      'a lone question between paragraphs of a review is rhetorical, prose',
      'My Review\n\nThe cast is strong and the script is sharp.\n\nHow could it go wrong?\n\nIt goes wrong in the last act, sadly.',
      { title: 'My Review', headings: [] },
    ],
    [
      'lone questions each over an answer make a Q&A: headings',
      'Ten Questions\n\nA reader sent me a few questions.\n\nWhen did you first see it?\n\nOn a long flight last spring.\n\nWhat did you think of the ending?\n\nIt moved me more than I expected.',
      { title: 'Ten Questions', headings: ['question When did you first see it?', 'question What did you think of the ending?'] },
    ],
    [
      'question lines one after another are a run of questions, prose',
      'My Review\n\nSome of it puzzled me.\n\nWhy is the mayor never seen?\nWho paid the guards all along?\nWhere did the boat come from?\n\nNone of it is explained.',
      { title: 'My Review', headings: [] },
    ],
    [
      'a question between two list items is an item of the list',
      'My Review\n\nThe questions the film never answers.\n\n* Why does the guard let them go?\n\nWho wrote the second letter anyway?\n\n* Where did the money end up?\n\nI still wonder.',
      { title: 'My Review', headings: [] },
    ],
    [
      'an underline under a list item is a rule closing the list, not a heading',
      'My Review\n\nWhat worked:\n\n+ the music\n+ the cast\n-----\nWhat did not:\n\n- the length',
      { title: 'My Review', headings: ['heading What worked:', 'heading What did not:'] },
    ],
    [
      'a spoiler warning on the first line is no title',
      'SPOILERS FOR THE WHOLE SEASON\n\nThe finale undoes everything the first episode set up.',
      { title: null, headings: [] },
    ],
    [
      'a first line whose sentence runs on into the next line is no title',
      'The most tiring film I have ever had the bad luck to\n\nsit through. It never seems to end.',
      { title: null, headings: [] },
    ],
    [
      'a first line ending in a colon heads its list, it is no title',
      'Pros:\n\n- the cast\n- the music',
      { title: null, headings: ['heading Pros:'] },
    ],
    [
      'a headline opening with a quoted phrase is the title',
      "'Festive song formula' revealed\n\nA formula for the perfect festive single was published on Monday.",
      { title: "'Festive song formula' revealed", headings: [] },
    ],
    [
      'a first line of quoted speech is no title',
      '“Stay here,” she tells him\n\nThe film opens on that line and never lets go.',
      { title: null, headings: [] },
    ],
    [
      'a first line shaped Name: words over a paragraph of prose is a headline',
      'Nora Vale: The quiet outsider\n\nNora Vale has spent ten years playing villains in small films.',
      { title: 'Nora Vale: The quiet outsider', headings: [] },
    ],
    [
      'a first line holding a score is the verdict, no title',
      'Rating 9/10\n\nA superb film from its first scene to its last.',
      { title: null, headings: ['heading Rating 9/10'] },
    ],
    [
      'a line of scores on the first line is no title',
      'Acting 3/10, Plot 2/10, Music 5/10\n\nA dull film from start to end.',
      { title: null, headings: [] },
    ],
  ])('%s', (_name, text, want) => {
    expect(read(text)).toEqual(want);
  });
});
