import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';
import { articleForm } from '../src/stages/article-form';

/** The span of the first whole occurrence of `word` in `text` after `from`. */
function spanOf(text: string, word: string, from = 0): { start: number; end: number } {
  const start = text.indexOf(word, from);
  if (start < 0) throw new Error(`${word} not in ${text}`);
  return { start, end: start + word.length };
}

describe('articleForm: a capitalised The in mid-sentence is part of a form of the name', () => {
  // Each case: what it shows, the text, the mention's word, where to look for it from, and the form expected.
  it.each<[string, string, string, number, string | null]>([
    ['after an acting word', 'Dana Roe is grim as The Warden in this one.', 'Warden', 0, 'The Warden'],
    ['before a possessive', 'a small girl changes The Tinker\'s mind for good', 'Tinker', 0, 'The Tinker'],
    ['after a comma', 'Tess, The Lamplighter and Ruth leave the town.', 'Lamplighter', 0, 'The Lamplighter'],
    ['before the pronoun I', 'he was fine as The Warden I thought', 'Warden', 0, 'The Warden'],
    ['not with a lower-case article', 'Dana Roe is grim as the Warden here.', 'Warden', 0, null],
    ['not where the article opens a sentence', 'It ends. The Warden wins.', 'Warden', 0, null],
    ['not at the start of the text', 'The Warden wins.', 'Warden', 0, null],
    ['not after a capitalised word, inside a title', 'we loved Burn The Orchard last year', 'Orchard', 0, null],
    ['not before a capitalised word, inside a title', 'we saw The Warden Chronicles twice', 'Warden', 0, null],
    ['not for a mention of two words', 'grim as The Grey Warden here', 'Grey Warden', 0, null],
    ['not after a quote mark', 'we chose "The Warden" that night', 'Warden', 0, null],
  ])('%s', (_what, text, word, from, expected) => {
    expect(articleForm(text, spanOf(text, word, from))).toBe(expected);
  });
});

describe('the article form in an analysis', () => {
  // Each case: what it shows, the text (made up), the name expected and the aliases it must carry or must not.
  it.each<[string, string, string, string[], string[]]>([
    [
      'a capitalised The in mid-sentence joins the name',
      'Dana Roe is grim as The Warden. The Warden locks every door, and the prisoners hate the Warden.',
      'Warden',
      ['The Warden'],
      [],
    ],
    [
      'a lower-case the and a sentence-opening The add nothing',
      'The Warden locks every door. Later the Warden smiles, and the Warden sleeps.',
      'Warden',
      [],
      ['The Warden'],
    ],
  ])('%s', (_what, text, name, has, hasNot) => {
    const c = analyzeReview(text).characters.find((x) => x.name === name);
    expect(c?.name).toBe(name);
    for (const a of has) expect(c?.aliases).toContain(a);
    for (const a of hasNot) expect(c?.aliases).not.toContain(a);
  });
});
