import { describe, expect, it } from 'vitest';
import { lexiconHits, readWink } from '../src/wink';

describe('readWink', () => {
  it.each([
    [
      'It felt unimportant.',
      { values: ['It', 'felt', 'unimportant', '.'], normals: ['it', 'felt', 'unimportant', '.'], tags: ['PRON', 'VERB', 'ADJ', 'PUNCT'], verbLemmas: [undefined, 'feel', undefined, undefined] },
    ],
    [
      'The film lacks energy.',
      { values: ['The', 'film', 'lacks', 'energy', '.'], normals: ['the', 'film', 'lacks', 'energy', '.'], tags: ['DET', 'NOUN', 'VERB', 'NOUN', 'PUNCT'], verbLemmas: [undefined, undefined, 'lack', undefined, undefined] },
    ],
  ])('turns wink’s reading of %j into plain columns', (text, expected) => {
    // The second read comes through the lexeme cache: the same columns.
    for (let round = 0; round < 2; round++) {
      const read = readWink(text);
      const { values, normals, ...rest } = expected;
      expect(read).toMatchObject(rest);
      expect(read.texts.map((t) => t.value)).toEqual(values);
      expect(read.texts.map((t) => t.normal)).toEqual(normals);
    }
  });

  it('gives each token wink’s sentence and the lexicon’s hits on token indexes', () => {
    const read = readWink('A dull start. I loved the ending!');
    const values = read.texts.map((t) => t.value);
    expect(values).toEqual(['A', 'dull', 'start', '.', 'I', 'loved', 'the', 'ending', '!']);
    expect([...read.sentenceOf]).toEqual([0, 0, 0, 0, 1, 1, 1, 1, 1]);
    // Flat triples: first token, last token, score in thousandths.
    const hits = [];
    for (let h = 0; h < read.hits.length; h += 3) hits.push(values.slice(read.hits[h], (read.hits[h + 1] as number) + 1).join(' '));
    expect(hits).toEqual(['dull', 'loved']);
    expect(read.hits[2]).toBeLessThan(0);
    expect(read.hits[5]).toBeGreaterThan(0);
  });

  it('reads a run of 64 marks as blanks, the text keeping its length', () => {
    const view = `Wow${'!'.repeat(70)} yes`;
    const read = readWink(view);
    expect(read.text).toHaveLength(view.length);
    expect(read.texts.map((t) => t.value)).toEqual(['Wow', 'yes']);
  });

  it.each([
    ['loved', 1],
    ['boring', -1],
    ['table', 0],
  ])('scores the single word %j as wink’s lexicon does', (word, sign) => {
    const hits = lexiconHits(word);
    expect(Math.sign(hits[2] ?? 0)).toBe(sign);
  });
});
