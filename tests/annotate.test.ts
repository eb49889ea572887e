import { describe, expect, it } from 'vitest';
import { annotate } from '../src/stages/3-annotate';
import { MAX_MARK_RUN } from '../src/wink';
import { normalize } from '../src/stages/1-normalize';
import { segmentSections } from '../src/stages/2-segment';
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
  // Lexicon hits that are no opinion: a bracket closing before a colon, a colon inside a word,
  // "off" before a full stop; a face after a word stays.
  it.each([
    ['Music (8): The themes are lovely.', ['lovely']],
    ['Art (10/10): Every frame looks lovely.', ['lovely']],
    ['Then Captain Hook:Smee was never far.', []],
    ['I missed the bus and the show ):', ['missed', '):']],
    ['The film was fun (mostly) :)', ['fun', ':)']],
    ['The long bet finally paid off. The music is lovely.', ['paid', 'lovely']],
  ])('finds the opinion hits of %j', (text, words) => {
    const input = normalize(text);
    const ann = annotate(input, segmentSections(input).blocks);
    expect(ann.hits.map((h) => text.slice(h.start, h.end))).toEqual(words);
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
  // wink makes a token of nearly every punctuation mark: a long run of them is not read at all.
  it.each([
    ['a line of quote marks', `He said it.\n${'“”'.repeat(40)}\nThen he left.`, 0],
    ['marks glued to a word', `Loved it${'!'.repeat(80)} Truly.`, 0],
    ['a rule of dashes', `Intro\n${'-'.repeat(64)}\nVerdict`, 0],
    ['a run just short of the limit', `Wow${'?'.repeat(MAX_MARK_RUN - 1)} yes`, MAX_MARK_RUN - 1],
    ['marks split by spaces', `${'!! '.repeat(60)}end`, 120],
  ])('reads %s without the long run of marks', (_, text, marks) => {
    const input = normalize(text);
    const ann = annotate(input, segmentSections(input).blocks);
    const markChars = ann.tokens.filter((t) => !/[\p{L}\p{N}]/u.test(t.value)).reduce((n, t) => n + t.value.length, 0);
    expect(markChars - (text.match(/\./g)?.length ?? 0)).toBe(marks);
    for (const t of ann.tokens) expect(text.slice(t.start, t.end)).toBe(t.value);
    expect(ann.tokens.some((t) => /\p{L}/u.test(t.value))).toBe(true);
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
