import { describe, expect, it } from 'vitest';
import { annotate } from '../src/stages/annotate';
import { normalize } from '../src/stages/normalize';
import { segmentSections } from '../src/stages/segment-sections';
import { firstAtOrAfter, forwardSearch } from '../src/text/search';
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
  it.each([
    ['I’m sure my sister said “I love it” to me.', ['I’m', 'my', '“', 'I', '”', 'me']],
    // A capitalised "Mine" or "My" opens a sentence or a title as often as it speaks for the writer.
    ['"Mine," I\'d say to myself.', ['"', '"', 'I', 'myself']],
    ['Many myths: Mike met Imogen in Italy.', []],
  ])('lists the quote marks and first-person words of %j', (text, voice) => {
    const input = normalize(text);
    const ann = annotate(input, segmentSections(input).blocks);
    expect(ann.voiceTokens.map((k) => ann.tokens[k]?.value)).toEqual(voice);
    expect(ann.wordCount).toBe(ann.tokens.filter((t) => t.type === 'word').length);
  });
  // wink tags these spellings as verbs but gives them no lemma: they are read as written (before
  // "..." wink splits "cant" as it splits "can't").
  it.each([
    ['I cant.', 'cant'],
    ['You cant!', 'cant'],
    ['We cant?', 'cant'],
    ['They dont.', 'dont'],
    ['Honestly, I just cant...', 'ca'],
    ['I really cant, sorry.', 'cant'],
  ])('reads %j, whose verb wink cannot lemmatise, as words', (text, word) => {
    const input = normalize(text);
    const ann = annotate(input, segmentSections(input).blocks);
    expect(ann.tokens.map((t) => t.value)).toContain(word);
    for (const t of ann.tokens) expect(text.slice(t.start, t.end)).toBe(t.value);
  });
});

describe('forwardSearch', () => {
  const spans = [0, 3, 3, 7, 12, 20, 21, 40].map((start) => ({ start, end: start + 1 }));
  it.each([
    ['increasing', [0, 1, 3, 4, 8, 12, 13, 39, 40, 41, 90]],
    ['repeated', [5, 5, 5, 21, 21]],
    ['going back', [40, 2, 30, 0, 99, 3, -1]],
  ])('answers as firstAtOrAfter for %s offsets', (_, offsets) => {
    const search = forwardSearch(spans);
    for (const at of offsets) expect(search(at), `offset ${at}`).toBe(firstAtOrAfter(spans, at));
  });
});
