import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ByteLines, decodeLine } from '../src/cli/batch/byte-lines';
import { CsvRecords, type CsvLine, type CsvRecord } from '../src/cli/batch/csv-records';

/**
 * Reads `text` as the batch reader does: bytes in chunks of `size`, lines split as bytes, fed in
 * batches of `batch` lines. Gives the records as the reader makes them.
 */
function readRecords(text: string, size: number, batch: number, maxRecordBytes: number): CsvRecord[] {
  const input = new TextEncoder().encode(text);
  const splitter = new ByteLines(maxRecordBytes, true);
  const records = new CsvRecords(maxRecordBytes);
  const out: CsvRecord[] = [];
  let pending: CsvLine[] = [];
  let n = 0;
  const feed = (lines: ReturnType<ByteLines['push']>): void => {
    for (const l of lines) {
      n++;
      if (l.bytes === null) {
        out.push(...records.push(pending), ...records.pushTooLong(n, l.size));
        pending = [];
        continue;
      }
      pending.push({ text: decodeLine(l.bytes, n === 1) ?? '', line: n, bytes: l.size, bad: false });
      if (pending.length >= batch) {
        out.push(...records.push(pending));
        pending = [];
      }
    }
  };
  for (let i = 0; i < input.length; i += size) feed(splitter.push(input.subarray(i, i + size)));
  feed(splitter.end());
  out.push(...records.push(pending), ...records.end());
  return out;
}

/** {@link readRecords}: each row's fields, or its problem and the fields read before it. */
function rows(text: string, size = 1 << 16, batch = 256, maxRecordBytes = 1 << 20): (string[] | [string, number, string[]])[] {
  return readRecords(text, size, batch, maxRecordBytes).map((r) => (r.problem ? [r.problem, r.line, r.fields] : r.fields));
}

const CASES: [string, string, (string[] | [string, number, string[]])[]][] = [
  ['plain rows, LF', 'id,text\n1,Good\n', [['id', 'text'], ['1', 'Good']]],
  ['CRLF line ends', 'id,text\r\n1,Good\r\n2,Bad\r\n', [['id', 'text'], ['1', 'Good'], ['2', 'Bad']]],
  ['CR line ends', 'id,text\r1,Good\r', [['id', 'text'], ['1', 'Good']]],
  ['no line end at the end', 'a,b\n1,2', [['a', 'b'], ['1', '2']]],
  ['quoted comma', 'a\n"x, y"\n', [['a'], ['x, y']]],
  ['doubled quote inside quotes', 'a\n"She said ""run"" twice"\n', [['a'], ['She said "run" twice']]],
  ['newline inside quotes', 'a,b\n"line one\nline two",2\n', [['a', 'b'], ['line one\nline two', '2']]],
  ['CRLF inside quotes kept', 'a\n"x\r\ny"\n', [['a'], ['x\r\ny']]],
  ['two quoted fields over lines in one row', 'a,b\n"one\ntwo","three\nfour"\nnext,row\n', [['a', 'b'], ['one\ntwo', 'three\nfour'], ['next', 'row']]],
  ['empty fields', 'a,b,c\n,,\n', [['a', 'b', 'c'], ['', '', '']]],
  ['quoted empty field', 'a,b\n"",x\n', [['a', 'b'], ['', 'x']]],
  ['quote ending a row', 'a\n"end"\nnext\n', [['a'], ['end'], ['next']]],
  ['blank line', 'a\n\nb\n', [['a'], [''], ['b']]],
  ['non-ASCII text', 'text\n“Cheong-San” – 좋아요\n', [['text'], ['“Cheong-San” – 좋아요']]],
  // Lenient quotes: never a quote dropped, never a later row swallowed.
  ['a quote inside an unquoted field is a plain character', 'id,text\nb,The 5" screen\nc,next\n', [['id', 'text'], ['b', 'The 5" screen'], ['c', 'next']]],
  ['two inches and a foot', 'id,text\n1,a 5" and 6" pair\n', [['id', 'text'], ['1', 'a 5" and 6" pair']]],
  ['a quoted field with a stray quote inside is taken as written', 'id,text\n1,"He said "hi" to me"\n2,x\n', [['id', 'text'], ['1', '"He said "hi" to me"'], ['2', 'x']]],
  ['a quote that never closes ends at its line, as an error for that row only', 'id,text\n1,"never closed\n2,fine\n3,"also fine"\n', [['id', 'text'], ['unclosed', 2, ['1', 'never closed']], ['2', 'fine'], ['3', 'also fine']]],
  ['two unclosed rows, each an error alone', 'id,text\n1,"open\n2,ok\n3,"open again\n4,ok\n', [['id', 'text'], ['unclosed', 2, ['1', 'open']], ['2', 'ok'], ['unclosed', 4, ['3', 'open again']], ['4', 'ok']]],
  ['an unclosed quote does not take rows up to a later stray quote', 'id,text\n1,"never closed\n2,fine\n3,The 5" screen\n4,x\n', [['id', 'text'], ['unclosed', 2, ['1', 'never closed']], ['2', 'fine'], ['3', 'The 5" screen'], ['4', 'x']]],
  ['doubled quotes on the later lines of a quoted field', 'a\n"line one\nhe said ""hi""\nend"\n', [['a'], ['line one\nhe said "hi"\nend']]],
  ['an unclosed quote on the last line', 'id,text\n1,ok\n2,"cut', [['id', 'text'], ['1', 'ok'], ['unclosed', 3, ['2', 'cut']]]],
  ['ragged rows are read as they are (the reader reports them)', 'a,b\n1,2,3\n4\n', [['a', 'b'], ['1', '2', '3'], ['4']]],
];

describe('CsvRecords', () => {
  it.each(CASES)('%s', (_, text, expected) => {
    expect(rows(text)).toEqual(expected);
  });
  it.each(CASES)('%s: the same rows whatever the chunk and batch size', (_, text, expected) => {
    for (const size of [1, 2, 3, 5]) for (const batch of [1, 2, 256]) expect(rows(text, size, batch)).toEqual(expected);
  });
  it('reads back every well-formed CSV as written, whatever the chunk and batch size', () => {
    // Fields drawn from characters that matter to CSV; quoted when they hold any of them (or at random).
    const field = fc.string({ unit: fc.constantFrom('a', 'b', ' ', ',', '"', '\n', '\r\n', 'é', '좋'), maxLength: 12 });
    const quote = (f: string, always: boolean): string => (always || /[",\r\n]/.test(f) || f === '' ? `"${f.replaceAll('"', '""')}"` : f);
    fc.assert(
      fc.property(fc.array(fc.tuple(field, field, fc.boolean()), { minLength: 1, maxLength: 8 }), fc.constantFrom('\n', '\r\n'), fc.integer({ min: 1, max: 9 }), fc.integer({ min: 1, max: 4 }), (table, end, size, batch) => {
        const text = table.map(([a, b, always]) => `${quote(a, always)},${quote(b, always)}${end}`).join('');
        expect(rows(text, size, batch)).toEqual(table.map(([a, b]) => [a, b]));
      }),
      { numRuns: 300 },
    );
  });
  it('accounts for every byte of any input, however broken: each line is in exactly one row or error', () => {
    const text = fc.string({ unit: fc.constantFrom('a', ',', '"', '""', '\n', '\r', '\r\n', ' '), maxLength: 60 });
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 7 }), fc.integer({ min: 1, max: 3 }), (input, size, batch) => {
        const bytes = new TextEncoder().encode(input);
        const out = readRecords(input, size, batch, 16);
        expect(out.reduce((sum, r) => sum + r.bytes, 0)).toBe(bytes.length);
        // Rows come out in order, each starting on a later line than the one before.
        out.forEach((r, i) => i > 0 && expect(r.line).toBeGreaterThan((out[i - 1] as CsvRecord).line));
      }),
      { numRuns: 1000 },
    );
  });
  it('ends a quote open for more than the record limit at its line, and reads on', () => {
    const text = `id,text\n1,"never closed\n${Array.from({ length: 50 }, (_, i) => `${i + 2},row ${i + 2}\n`).join('')}`;
    const out = rows(text, 7, 4, 100);
    expect(out[1]).toEqual(['unclosed', 2, ['1', 'never closed']]);
    expect(out.slice(2)).toEqual(Array.from({ length: 50 }, (_, i) => [String(i + 2), `row ${i + 2}`]));
  });
  it('reports a line over the limit alone', () => {
    expect(rows(`id,text\n1,${'x'.repeat(200)}\n2,ok\n`, 16, 256, 100)).toEqual([['id', 'text'], ['too-long', 2, []], ['2', 'ok']]);
  });
  it('stays linear when every line opens a quote that never closes', () => {
    const line = '1,"open and never closed, on every line\n';
    const count = (n: number): number => {
      const started = performance.now();
      const out = rows(`id,text\n${line.repeat(n)}`, 1 << 16, 256, 4096);
      expect(out).toHaveLength(n + 1);
      expect(out[n]).toEqual(['unclosed', n + 1, ['1', 'open and never closed, on every line']]);
      return performance.now() - started;
    };
    count(1000);
    const small = Math.min(count(1500), count(1500), count(1500));
    const big = Math.min(count(6000), count(6000), count(6000));
    // Four times the lines: about four times the time (sixteen if each failure read the rest again).
    expect(big / small).toBeLessThan(8);
  });
});
