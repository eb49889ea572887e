// The first word of a name form read as a title: lower case, the dot of an abbreviation dropped,
// so `Dr. Holt`, `Dr Holt` and `DR Holt` all open with `dr`.
import { describe, expect, it } from 'vitest';
import { leadingTitle, titleAndWord } from '../src/text/leading-title';

describe('leadingTitle', () => {
  it.each([
    ['Dr. Mara Holt', 'dr'],
    ['Dr Holt', 'dr'],
    ['DR Holt', 'dr'],
    ['Judge Vale', 'judge'],
    ['Prof. Ivo Strand', 'prof'],
    ['Holt', null],
    ['', null],
  ] as const)('%j → %j', (form, expected) => {
    expect(leadingTitle(form)).toBe(expected);
  });
});

describe('titleAndWord', () => {
  it.each([
    ['Mrs. Pike', { title: 'mrs', word: 'Pike' }],
    ['Sergeant Okafor', { title: 'sergeant', word: 'Okafor' }],
    ['Ms Vale', { title: 'ms', word: 'Vale' }],
    ['Dr. Mara Holt', null],
    ['Mrs.  Pike', null],
    ['Pike', null],
  ] as const)('%j → %j', (form, expected) => {
    expect(titleAndWord(form)).toEqual(expected);
  });
});
