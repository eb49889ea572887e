import { describe, expect, it } from 'vitest';
import { PackedToken } from '../src/stages/packed-token';
import { scanWords } from '../src/text/words';

describe('PackedToken', () => {
  it.each([
    // start, value, normal, tag, type, sentence, word number
    [0, 'Hello', 'hello', 'INTJ', 'word', 0, 0],
    [17, 'wasn', 'was', 'AUX', 'word', 3, 41],
    [40, '!', '!', 'PUNCT', 'punctuation', 12, 0],
    [9_999_990, '42', '42', 'NUM', 'number', 700_000, 7],
    // Past the small-integer range of the packed number: still exact.
    [123_456_789, '🙂', '🙂', 'SYM', 'emoji', 3_000_000, 65_000],
  ] as const)('%j keeps every field', (start, value, normal, pos, type, sentence, number) => {
    const t = new PackedToken(start, { value, normal, number }, pos, type, sentence);
    expect([t.start, t.end, t.value, t.normal, t.pos, t.type, t.sentence, t.number]).toEqual([start, start + value.length, value, normal, pos, type, sentence, number]);
  });
});

describe('scanWords', () => {
  it('gives each word its end from its start and its lower-case form, possessive cut', () => {
    const text = 'The cat saw the Cat’s tail. the end';
    const words = scanWords(text, text.toLowerCase());
    expect(words.map((w) => [w.lower, w.start, w.end])).toEqual([
      ['the', 0, 3],
      ['cat', 4, 7],
      ['saw', 8, 11],
      ['the', 12, 15],
      ['cat', 16, 19],
      ['tail', 22, 26],
      ['the', 28, 31],
      ['end', 32, 35],
    ]);
  });

  it('numbers each lower-case form in order of first use, a glued word split in two included, beside the flags', () => {
    const text = 'The cat saw the Cat’s tail-end. webtoonNow the end';
    const words = scanWords(text, text.toLowerCase(), new Set(['webtoon']));
    expect(words.map((w) => [w.lower, w.form, w.capitalised, w.possessive, w.hyphenated, w.spaceBefore])).toEqual([
      ['the', 0, true, false, false, false],
      ['cat', 1, false, false, false, true],
      ['saw', 2, false, false, false, true],
      ['the', 0, false, false, false, true],
      ['cat', 1, true, true, false, true],
      ['tail-end', 3, false, false, true, true],
      ['webtoon', 4, false, false, false, false],
      ['now', 5, true, false, false, true],
      ['the', 0, false, false, false, true],
      ['end', 6, false, false, false, true],
    ]);
    // One string per form: the words of a form share it.
    expect(words[0]?.lower).toBe(words[3]?.lower);
  });
});
