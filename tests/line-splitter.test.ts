import { describe, expect, it } from 'vitest';
import { LineSplitter } from '../src/cli/batch/line-splitter';

function split(text: string, size: number): { lines: string[]; last: string } {
  const splitter = new LineSplitter();
  const lines: string[] = [];
  for (let i = 0; i < text.length; i += size) lines.push(...splitter.push(text.slice(i, i + size)));
  return { lines, last: splitter.end() };
}

describe('LineSplitter', () => {
  it.each([
    ['whole lines', '{"id":1}\n{"id":2}\n', ['{"id":1}', '{"id":2}'], ''],
    ['a torn last line', '{"id":1}\n{"id":', ['{"id":1}'], '{"id":'],
    ['empty lines kept', 'a\n\nb\n', ['a', '', 'b'], ''],
    ['CR stays in the line', 'a\r\nb\r\n', ['a\r', 'b\r'], ''],
    ['no line end at all', 'only', [], 'only'],
  ])('%s: the same lines whatever the chunk size', (_, text, lines, last) => {
    for (const size of [1, 2, 3, 7, 100]) expect(split(text, size)).toEqual({ lines, last });
  });
});
