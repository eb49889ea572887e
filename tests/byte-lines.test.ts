import { describe, expect, it } from 'vitest';
import { ByteLines, decodeLine } from '../src/cli/batch/byte-lines';

const bytes = (s: string | number[]): Uint8Array => (typeof s === 'string' ? new TextEncoder().encode(s) : Uint8Array.from(s));
const text = (b: Uint8Array | null): string | null => (b === null ? null : Buffer.from(b).toString('latin1'));

/** The lines of `input` fed in chunks of `size` bytes, as latin1 text (null for one over the limit) and size. */
function split(input: Uint8Array, size: number, splitCr: boolean, max = 1000): [string | null, number][] {
  const lines = new ByteLines(max, splitCr);
  const out = [];
  for (let i = 0; i < input.length; i += size) out.push(...lines.push(input.subarray(i, i + size)));
  out.push(...lines.end());
  return out.map((l) => [text(l.bytes), l.size]);
}

describe('ByteLines', () => {
  it.each([
    ['whole lines', '{"id":1}\n{"id":2}\n', false, [['{"id":1}\n', 9], ['{"id":2}\n', 9]]],
    ['a torn last line', '{"id":1}\n{"id":', false, [['{"id":1}\n', 9], ['{"id":', 6]]],
    ['empty lines kept', 'a\n\nb\n', false, [['a\n', 2], ['\n', 1], ['b\n', 2]]],
    ['CR stays in the line when only LF ends one', 'a\r\nb\rc\n', false, [['a\r\n', 3], ['b\rc\n', 4]]],
    ['CR, CRLF and LF all end a line for CSV', 'a\r\nb\rc\nd', true, [['a\r\n', 3], ['b\r', 2], ['c\n', 2], ['d', 1]]],
    ['a CR last, then an LF (CRLF across chunks)', 'a\r\nb\r', true, [['a\r\n', 3], ['b\r', 2]]],
    ['no line end at all', 'only', false, [['only', 4]]],
    ['nothing', '', false, []],
  ] as const)('%s: the same lines whatever the chunk size', (_, input, splitCr, lines) => {
    for (const size of [1, 2, 3, 7, 100]) expect(split(bytes(input), size, splitCr)).toEqual(lines);
  });
  it('drops a line over the limit as it comes, keeping only its size, and goes on', () => {
    for (const size of [1, 4, 100]) {
      expect(split(bytes('short\n0123456789abcdef\nnext\n'), size, false, 10)).toEqual([
        ['short\n', 6],
        [null, 17],
        ['next\n', 5],
      ]);
    }
  });
  it('never splits inside a UTF-8 sequence: a bad byte stays in its own line', () => {
    const input = bytes([...bytes('{"t":"café"}\n'), 0xff, 0x0a, ...bytes('{"t":"좋아요"}\n')]);
    for (const size of [1, 5, 100]) {
      const lines = new ByteLines(1000, true);
      const out = [];
      for (let i = 0; i < input.length; i += size) out.push(...lines.push(input.subarray(i, i + size)));
      expect(out.map((l) => (l.bytes ? decodeLine(l.bytes, false) : 'overlong'))).toEqual(['{"t":"café"}\n', null, '{"t":"좋아요"}\n']);
    }
  });
  it('drops a byte-order mark only at the start of the first line', () => {
    expect(decodeLine(bytes('\uFEFFid,text\n'), true)).toBe('id,text\n');
    expect(decodeLine(bytes('\uFEFFword\n'), false)).toBe('\uFEFFword\n');
  });
});
