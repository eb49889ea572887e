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
