// A review written part by part, each part named and scored on a line of its own ("Story: 7/10"),
// has a section per part; a speaker's line or a score inside prose makes none.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';
import { classifyLine } from '../src/stages/2-segment/1-classify-line';

describe('classifyLine: a named part and its score', () => {
  it.each<[string, string]>([
    ['Story: 7/10', 'heading'],
    ['Voice Acting: 9.5 / 10', 'heading'],
    ['Final Score: 4/5', 'heading'],
    ['Overall: 88/100', 'heading'],
    // Not a score alone after the colon: a speaker's line or prose.
    ['Story: it drags in the middle', 'dialogue'],
    ['Mina: I said 7/10, not 8!', 'dialogue'],
    // A lower-case start is the wrapped end of a sentence, not a label.
    ['gave it: 7/10', 'text'],
    // A label of many words is a sentence.
    ['What my little brother thought of it: 3/10', 'text'],
  ])('%j is %s', (line, kind) => {
    expect(classifyLine(line).kind).toBe(kind);
  });
});

describe('a review scored part by part', () => {
  it('has a section per scored part, each with its own label', () => {
    const text = [
      'A short note before the parts.',
      '',
      'Story: 4/10',
      'The plot is dull and the twists are predictable and lazy.',
      '',
      'Music: 9/10',
      'The soundtrack is gorgeous and the opening song is wonderful.',
    ].join('\n');
    const a = analyzeReview(text);
    const headings = a.sections.map((s) => (s.heading ? text.slice(s.heading.start, s.heading.end) : null));
    expect(headings).toEqual([null, 'Story: 4/10', 'Music: 9/10']);
    expect(a.sections.slice(1).map((s) => s.sentiment.label)).toEqual(['negative', 'positive']);
  });
});

describe("a part's score in its heading decides the part's label", () => {
  const partLabel = (heading: string, body: string) => {
    const text = ['A few words before the parts.', '', heading, body, '', 'Last part:', 'That is all I had to say about it.'].join('\n');
    const s = analyzeReview(text).sections.find((x) => x.heading && text.slice(x.heading.start, x.heading.end) === heading);
    return s?.sentiment.label;
  };
  it.each<[string, string, string]>([
    // The words grumble, the score praises: the writer's own mark says where the part lands.
    ['Animation: 9/10', 'I expected less from a small studio, and a few scenes look cheap and stiff.', 'positive'],
    ['The Music - 8/10', 'The second opening is forgettable, though the rest grows on you.', 'positive'],
    // The words are kind, the score is low.
    ['Pacing: 3/10', 'Some people will love the slow start, and the last episode is nice enough.', 'negative'],
    ['Side characters (2/5)', 'The twins are cute and the teacher is sweet.', 'negative'],
    // A score in the middle says neither side: the words decide.
    ['Voice acting: 5/10', 'The leads sound flat and the villain is grating and dull.', 'negative'],
    ['Art: 5/10', 'The backgrounds are lovely and the colours are gorgeous.', 'positive'],
    // "6/10" is the middle to a reviewer too: mild blame under it is blame, not a blend's praise.
    ['Pacing: 6/10', 'It feels slightly too long in places.', 'negative'],
    ['Story: 6/10', 'I found the plot a little predictable.', 'negative'],
    // Words that praise and blame under a middling score: both sides, not the sign of a blend.
    ['Art: 5/10', 'The backgrounds are gorgeous and rich, but the faces are ugly, lazy and stiff.', 'mixed'],
  ])('%j then %j is %s', (heading, body, label) => {
    expect(partLabel(heading, body)).toBe(label);
  });
});
