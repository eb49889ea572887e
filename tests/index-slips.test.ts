import { describe, expect, it } from 'vitest';
import { oneSlipApart, undoubled } from '../src/index-build/form-key';
import { formGroupsOf } from './helpers/index-docs';

const slipCases: Array<[string, string, string, boolean]> = [
  ['a doubled letter written in another place', 'tessar', 'tesarr', true],
  ['a doubled letter written once', 'phillip', 'philip', true],
  ['one letter changed in a five-letter word', 'brenn', 'brann', true],
  ['one letter added to a five-letter word', 'varek', 'vareki', true],
  ['a word under five letters is never a slip', 'tesa', 'tessa', false],
  ['two letters changed', 'marlo', 'merla', false],
  ['the same word', 'orwen', 'orwen', false],
];

describe('oneSlipApart', () => {
  it.each(slipCases)('%s: %s / %s', (_, a, b, expected) => {
    expect(oneSlipApart(a, b)).toBe(expected);
    expect(oneSlipApart(b, a)).toBe(expected);
  });
  it('undoubled writes each run of one letter once', () => {
    expect(undoubled('tesarr')).toBe('tesar');
    expect(undoubled('aabbcc')).toBe('abc');
    expect(undoubled('')).toBe('');
  });
});

/** Reviews naming `name` once each, as the only character of the review. */
const alone = (name: string, n: number): Array<[string, string[]]> => Array.from({ length: n }, (_, i) => [`In part ${i + 1} ${name} leads and she wins.`, [name]]);

const mergeCases: Array<[string, Array<[string, string[]]>, string[][]]> = [
  ['a rare five-letter spelling joins the one used three times as often', [...alone('Varek', 6), ...alone('Vareki', 2)], [['Varek', 'Vareki']]],
  ['a rare spelling with its doubled letter moved joins the common one', [...alone('Tessar', 6), ...alone('Tesarr', 2)], [['Tesarr', 'Tessar']]],
  ['two spellings used about as often stay two names', [...alone('Varek', 3), ...alone('Vareki', 2)], [['Varek'], ['Vareki']]],
  [
    'a rarer spelling that the same reviews write beside the common one, as someone else, stays apart',
    [...alone('Brenn', 6), ['Brenn fights on, and Brann from the other show is the same type.', ['Brenn', 'Brann']], ['Brenn is kinder than Brann ever was.', ['Brenn', 'Brann']]],
    [['Brann'], ['Brenn']],
  ],
  ['without such reviews the rarer spelling joins', [...alone('Brenn', 6), ...alone('Brann', 2)], [['Brann', 'Brenn']]],
  [
    'a review that spells the name right five times and slips once, in another sentence, does not keep the slip apart',
    [
      ...alone('Orwena', 6),
      ['Orwena is the heart of it. Orwena never bends. I adored Orwena. Later Orwena wins. Orwena smiles. In the end Orwena leaves.', ['Orwena', 'Orwina']],
      ['When Orwina finally speaks up, the whole room goes quiet.', ['Orwina']],
    ],
    [['Orwena', 'Orwina']],
  ],
  [
    'two spellings a review lists together stay two names',
    [
      ...alone('Orwena', 6),
      ['I loved Orwena and Orwina, both of them.', ['Orwena', 'Orwina']],
      ['When Orwina finally speaks up, the whole room goes quiet.', ['Orwina']],
    ],
    [['Orwena'], ['Orwina']],
  ],
  [
    'two spellings a review writes twice each, one inside a fuller name, stay two names',
    [...alone('Orwena', 6), ['Orwena leads the raid. Her rival is Orwina Vale. In the end Orwena wins. Later Orwina sulks.', ['Orwena', 'Orwina Vale', 'Orwina']]],
    [['Orwena'], ['Orwina', 'Orwina Vale']],
  ],
];

describe('one-word forms one slip apart across reviews', () => {
  it.each(mergeCases)('%s', async (_, docs, groups) => {
    expect(await formGroupsOf('Saltmarsh', docs)).toEqual(groups);
  });
});
