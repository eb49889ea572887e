// The facts of a text's words that the works and names stages share (src/stages/word-facts.ts),
// checked against the annotation they are read from. Sentences are made up.
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../src/pipeline';
import { resolveOptions } from '../src/options';
import { firstAtOrAfter } from '../src/text/search';

const run = (text: string) => runPipeline(text, resolveOptions(undefined));

describe('posAt gives the tag of the token that starts at an offset', () => {
  it.each([
    'Marla Quinn directed Glass Harbour, and critics loved it.',
    'We watched “The Long Field” twice; it’s slow but the ending can’t be beat!',
    'Pros: great cast. Cons: the plot drags in episode 3-4.',
  ])('%j: at every word and token start, as the tokens say', (text) => {
    const { wordFacts, annotation } = run(text);
    const { tokens } = annotation;
    const starts = new Set([...wordFacts.words.map((w) => w.start), ...tokens.map((t) => t.start), 0, text.length - 1]);
    for (const at of starts) {
      const t = tokens[firstAtOrAfter(tokens, at)];
      expect([at, wordFacts.posAt(at)]).toEqual([at, t && t.start === at ? t.pos : '']);
    }
  });

  it('reads a verb and a proper noun by their word starts', () => {
    const text = 'Marla Quinn directed Glass Harbour.';
    const { wordFacts } = run(text);
    expect(wordFacts.posAt(text.indexOf('directed'))).toBe('VERB');
    expect(wordFacts.posAt(text.indexOf('Marla'))).toBe('PROPN');
    expect(wordFacts.posAt(text.indexOf('.'))).toBe('PUNCT');
    expect(wordFacts.posAt(text.indexOf('arla'))).toBe('');
  });
});

describe('the words written in lower case and the sentence starts', () => {
  it.each([
    ['Bullying is cruel. The film shows bullying plainly.', ['bullying', 'cruel', 'film', 'is', 'plainly', 'shows'], ['Bullying', 'The']],
    ['Ann Lee sings. Then she dances.', ['dances', 'she', 'sings'], ['Ann', 'Then']],
  ])('%j', (text, lower, openers) => {
    const { wordFacts } = run(text);
    expect([...wordFacts.lowerWords].sort()).toEqual(lower);
    expect([...wordFacts.sentenceStarts].sort((a, b) => a - b)).toEqual(openers.map((w) => text.indexOf(w)));
  });
});

describe('animation read from the words once', () => {
  it.each([
    ['The anime and the manga differ.', true, true],
    ['The anime is mentioned once.', false, false],
  ])('%j: reads as animation %s, wholly %s', (text, reads, wholly) => {
    const { wordFacts } = run(text);
    expect([wordFacts.readsAsAnimation(), wordFacts.wholeAboutAnimation()]).toEqual([reads, wholly]);
  });

  it('a long text that says anime twice is not wholly about animation', () => {
    const text = `The anime and the manga came first. ${'Then the story goes on and on. '.repeat(160)}`;
    const { wordFacts } = run(text);
    expect([wordFacts.readsAsAnimation(), wordFacts.wholeAboutAnimation()]).toEqual([true, false]);
  });
});
