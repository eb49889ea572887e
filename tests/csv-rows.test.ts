import { describe, expect, it } from 'vitest';
import { CsvRows } from '../src/cli/batch/csv-rows';

/** Parses `text` fed in chunks of `size` characters (every split point is tried by the callers). */
function parse(text: string, size = text.length || 1): string[][] {
  const parser = new CsvRows();
  const rows: string[][] = [];
  for (let i = 0; i < text.length; i += size) rows.push(...parser.push(text.slice(i, i + size)));
  rows.push(...parser.end());
  return rows;
}

const CASES: [string, string, string[][]][] = [
  ['plain rows, LF', 'id,text\n1,Good\n', [['id', 'text'], ['1', 'Good']]],
  ['CRLF line ends', 'id,text\r\n1,Good\r\n2,Bad\r\n', [['id', 'text'], ['1', 'Good'], ['2', 'Bad']]],
  ['no line end at the end', 'a,b\n1,2', [['a', 'b'], ['1', '2']]],
  ['quoted comma', 'a\n"x, y"\n', [['a'], ['x, y']]],
  ['doubled quote inside quotes', 'a\n"She said ""run"" twice"\n', [['a'], ['She said "run" twice']]],
  ['newline inside quotes', 'a,b\n"line one\nline two",2\n', [['a', 'b'], ['line one\nline two', '2']]],
  ['CRLF inside quotes kept', 'a\n"x\r\ny"\n', [['a'], ['x\r\ny']]],
  ['empty fields', 'a,b,c\n,,\n', [['a', 'b', 'c'], ['', '', '']]],
  ['quoted empty field', 'a,b\n"",x\n', [['a', 'b'], ['', 'x']]],
  ['quote ending a row', 'a\n"end"\nnext\n', [['a'], ['end'], ['next']]],
  ['non-ASCII text', 'text\n“Cheong-San” – 좋아요\n', [['text'], ['“Cheong-San” – 좋아요']]],
];

describe('CsvRows', () => {
  it.each(CASES)('%s', (_, text, rows) => {
    expect(parse(text)).toEqual(rows);
  });
  it.each(CASES)('%s: the same rows whatever the chunk size', (_, text, rows) => {
    for (const size of [1, 2, 3, 5]) expect(parse(text, size)).toEqual(rows);
  });
  it('knows when the input ended inside quotes', () => {
    const parser = new CsvRows();
    expect(parser.push('a\n"never closed')).toEqual([['a']]);
    expect(parser.unclosed).toBe(true);
    const closed = new CsvRows();
    closed.push('a\n"closed"');
    expect(closed.unclosed).toBe(false);
    expect(closed.end()).toEqual([['closed']]);
  });
});
