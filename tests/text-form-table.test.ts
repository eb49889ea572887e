import { describe, expect, it } from 'vitest';
import { FormTable } from '../src/text/form-table';

describe('FormTable', () => {
  it.each([
    // text, ranges asked in order, the numbers expected
    ['red blue red', [[0, 3], [4, 8], [9, 12]], [0, 1, 0]],
    // A prefix or an extension of a known form is a form of its own.
    ['redder red re', [[0, 6], [7, 10], [11, 13], [0, 3]], [0, 1, 2, 1]],
    // The empty range and a one-unit range are forms too.
    ['ab', [[0, 0], [0, 1], [1, 1], [1, 2]], [0, 1, 0, 2]],
    // Non-ASCII code units are compared as such.
    ['été ete été', [[0, 3], [4, 7], [8, 11]], [0, 1, 0]],
  ] as const)('numbers the forms of %j in order of first use', (text, ranges, expected) => {
    const table = new FormTable();
    expect(ranges.map(([a, b]) => table.formAt(text, a, b))).toEqual(expected);
    expect(table.forms).toEqual([...new Set(ranges.map(([a, b]) => text.slice(a, b)))]);
  });

  it('keeps every number and string when it grows past its first slots', () => {
    const words = Array.from({ length: 3000 }, (_, i) => `w${i.toString(36)}`);
    const text = words.join(' ');
    const starts: number[] = [];
    let at = 0;
    for (const w of words) {
      starts.push(at);
      at += w.length + 1;
    }
    const table = new FormTable();
    const first = words.map((w, i) => table.formAt(text, starts[i] as number, (starts[i] as number) + w.length));
    expect(first).toEqual(words.map((_, i) => i));
    // Asked again, in reverse, after every growth: the same numbers, no new form.
    const again = words.map((w, i) => table.formAt(text, starts[i] as number, (starts[i] as number) + w.length)).reverse();
    expect(again).toEqual(words.map((_, i) => words.length - 1 - i));
    expect(table.forms).toEqual(words);
  });
});
