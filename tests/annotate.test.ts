import { describe, expect, it } from 'vitest';
import { annotate } from '../src/stages/annotate';
import { normalize } from '../src/stages/normalize';
import { segmentSections } from '../src/stages/segment-sections';
import { fixtureText } from './helpers/fixtures';

const FIXTURES = ['fan-review-all-of-us-are-dead.txt', 'news-all-of-us-are-dead-season-2.txt'];

describe('annotate', () => {
  it.each(FIXTURES)('%s: reading in pieces of whole blocks gives what one read gives', (name) => {
    const input = normalize(fixtureText(name));
    const { blocks } = segmentSections(input);
    const whole = annotate(input, blocks, Number.MAX_SAFE_INTEGER);
    for (const piece of [1, 500, 3000]) expect(annotate(input, blocks, piece)).toEqual(whole);
  });
  it('gives tokens whose offsets slice the text back, across pieces', () => {
    const text = `${fixtureText(FIXTURES[1] as string)}\n\n${fixtureText(FIXTURES[0] as string)}`;
    const input = normalize(text);
    const { tokens, sentences, hits } = annotate(input, segmentSections(input).blocks, 2000);
    expect(tokens.length).toBeGreaterThan(2000);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.value);
    expect(sentences.every((s, i) => i === 0 || (sentences[i - 1] as { end: number }).end <= s.start)).toBe(true);
    expect(hits.some((h) => text.slice(h.start, h.end).toLowerCase() === 'love')).toBe(true);
  });
});
