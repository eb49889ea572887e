import { describe, expect, it } from 'vitest';
import { titleJointAfter, titleJointBefore } from '../src/text/title-joint';

describe('title joints fans write between two capitalised words', () => {
  it.each([
    // [text, end of the first word, joint]
    ['Moon;Tide is out', 4, { shape: ';', other: 5 }],
    ['Kael x Mira', 4, { shape: 'x', other: 7 }],
    ['Kael X Mira', 4, { shape: 'x', other: 7 }],
    ['Moon; Tide', 4, null],
    ['Moon;tide', 4, null],
    ['Kael x mira', 4, null],
    ['Kael xx Mira', 4, null],
    ['Kael  x Mira', 4, null],
    ['Kael x', 4, null],
  ] as const)('after the first word of %j: %j', (text, end, want) => {
    expect(titleJointAfter(text, end)).toEqual(want);
  });

  it.each([
    // [text, start of the second word, joint]
    ['Moon;Tide', 5, { shape: ';', other: 4 }],
    ['Kael x Mira', 7, { shape: 'x', other: 4 }],
    ['Kael X Mira', 7, { shape: 'x', other: 4 }],
    ['. ;Tide', 3, null],
    ['Tide', 0, null],
    ['1 x Mira', 4, null],
    [' x Mira', 3, null],
  ] as const)('before the second word of %j: %j', (text, start, want) => {
    expect(titleJointBefore(text, start)).toEqual(want);
  });
});
