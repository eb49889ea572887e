import { describe, expect, it } from 'vitest';
import { readNamePairs } from '../src/index-build/form-context';
import { formGroupsOf } from './helpers/index-docs';

const pairCases: Array<[string, string, Array<[string, string]>]> = [
  ['two capitalised words', 'Then Maren Holt walks in.', [['then', 'maren'], ['maren', 'holt']]],
  ['a possessive after the second word', "Ishida Uryuu's bow", [['ishida', 'uryu']]],
  ['a run of three gives two pairs', 'Kael Oran Vesk', [['kael', 'oran'], ['oran', 'vesk']]],
  ['a comma, two spaces or a lower-case word part them', 'Maren, Holt and Maren  Holt or Maren holt', []],
  ['a word running on into digits or a hyphen is no pair', 'Maren Holt2 and Maren Holt-Vey', []],
  ['a capital inside a word or after an apostrophe starts no pair', "McAdam Holt and O'Brien Holt", []],
  ['a pair after a word a capital runs into still counts', 'McAdam Maren Holt', [['maren', 'holt']]],
];

describe('capitalised words side by side', () => {
  it.each(pairCases)('%s', (_, text, pairs) => {
    const seen: Array<[string, string]> = [];
    readNamePairs(text, (a, b) => seen.push([a, b]));
    expect(seen).toEqual(pairs);
  });
});

const opening: Array<[string, string[]]> = [
  ['Tamsin is brave and she never stops.', ['Tamsin']],
  ['Corrow fights well and he smiles.', ['Corrow']],
  ['I liked Tamsin and Corrow a lot.', ['Tamsin', 'Corrow']],
];

const mergeCases: Array<[string, Array<[string, string[]]>, string[][]]> = [
  [
    'two documents writing a given and a family name side by side join them',
    [...opening, ['Later Tamsin Corrow leaves the village.', ['Tamsin']], ['We meet Corrow Tamsin again at the end.', ['Corrow']]],
    [['Corrow', 'Tamsin']],
  ],
  [
    'a pair written before the first word is a form of the work still counts',
    [
      ['Corrow fights and he smiles.', ['Corrow']],
      ['Then Tamsin Corrow leaves the village.', ['Corrow']],
      ['Tamsin is brave and she never stops.', ['Tamsin']],
      ['Later Tamsin Corrow returns home.', ['Tamsin']],
    ],
    [['Corrow', 'Tamsin']],
  ],
  [
    'one document writing them side by side is not enough',
    [...opening, ['Later Tamsin Corrow leaves the village.', ['Tamsin']]],
    [['Corrow'], ['Tamsin']],
  ],
  [
    'a family name written beside two given names joins neither',
    [
      ...opening,
      ['Wyn is quiet and she waits.', ['Wyn']],
      ['Corrow Tamsin and Corrow Wyn argue.', ['Tamsin', 'Wyn']],
      ['Then Corrow Tamsin and Corrow Wyn part.', ['Tamsin', 'Wyn']],
    ],
    [['Corrow'], ['Tamsin'], ['Wyn']],
  ],
];

describe('one-word forms written side by side across documents', () => {
  it.each(mergeCases)('%s', async (_, docs, groups) => {
    expect(await formGroupsOf('Saltmarsh', docs)).toEqual(groups);
  });
});

describe('one-word forms one letter added or dropped', () => {
  it('a rarer spelling one letter shorter joins the form used three times as often', async () => {
    const names = [...Array(6).fill('Ulvaretta'), 'Ulvareta'];
    const docs: Array<[string, string[]]> = names.map((n) => [`${n} leads the raid and she wins.`, [n]]);
    expect(await formGroupsOf('Saltmarsh', docs)).toEqual([['Ulvareta', 'Ulvaretta']]);
  });
});

describe('a two-word form one review uses, with the texts read', () => {
  const alone: Array<[string, string[]]> = [
    ['Vesk fights and he wins.', ['Vesk']],
    ['Vesk returns and he is grim.', ['Vesk']],
    ['Orlan smiles and he waits.', ['Orlan']],
    ['Orlan sings and he leaves.', ['Orlan']],
  ];
  const cases: Array<[string, Array<[string, string[]]>, string[][]]> = [
    ['written once, it is two names side by side and holds neither', [...alone, ['Then Vesk Orlan clash at dawn.', ['Vesk Orlan']]], [['Orlan'], ['Vesk'], ['Vesk Orlan']]],
    ['written so in two reviews, it is one name and holds both', [...alone, ['Then Vesk Orlan clash at dawn.', ['Vesk Orlan']], ['Later Vesk Orlan walks home.', ['Vesk']]], [['Orlan', 'Vesk', 'Vesk Orlan']]],
  ];
  it.each(cases)('%s', async (_, docs, groups) => {
    expect(await formGroupsOf('Saltmarsh', docs)).toEqual(groups);
  });
});
