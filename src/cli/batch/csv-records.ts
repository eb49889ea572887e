/**
 * CSV records out of lines, read as common lenient readers do: RFC 4180 (quoted fields, doubled
 * quotes, line ends inside quotes), a quote inside an unquoted field is a plain character, and a
 * quoted field that never closes ends at the end of its line, as an error for that row only.
 *
 * The fields are parsed by csv-parse with `relax_quotes` (a stray quote is kept, never dropped).
 * csv-parse alone cannot give the last rule: an open quote takes every later row into one field,
 * up to the end of the file, its record size limit (where it stops for good) or, with
 * `relax_quotes`, the next stray quote anywhere below (`5" screen`), silently merging the rows
 * between. So lines are fed to it one record at a time here. A record whose quoted field goes on
 * past a line end must close it properly: its next quote is doubled or followed by a comma or a
 * line end. A quote followed by anything else, a record longer than `maxRecordBytes`, or the end
 * of the input makes it an error for its first line, and reading goes on from the line after.
 *
 * That stays linear: a line read inside an open quote reads the same whichever record opened it,
 * so when a record fails, the lines after its first are read again only up to the first one that
 * opens a quote itself; at most `maxRecordBytes` are held at once.
 */
import { parse, type Options } from 'csv-parse/sync';

/** One physical line of CSV, its line end included. */
export interface CsvLine {
  /** The line as text, line end included (bad UTF-8 replaced, see `bad`). */
  text: string;
  /** Its line number in the file, from 1. */
  line: number;
  /** Its size in bytes. */
  bytes: number;
  /** Whether its bytes were not UTF-8. */
  bad: boolean;
}

/** Why a row could not be read. */
export type CsvProblem = 'unclosed' | 'not-utf8' | 'too-long';

/** One row: its fields, or why it cannot be read (with what fields could be read, for its id). */
export interface CsvRecord {
  fields: string[];
  /** The line the row starts on, from 1. */
  line: number;
  /** Its size in bytes. */
  bytes: number;
  /** Set when the row cannot be read. */
  problem?: CsvProblem;
}

const OPTIONS: Options = { relax_quotes: true, relax_column_count: true, record_delimiter: ['\r\n', '\n', '\r'] };

/** The records csv-parse reads in `text`, and whether a quoted field was still open at its end. */
function parseRecords(text: string): { records: string[][]; open: boolean } {
  const records: string[][] = [];
  try {
    parse(text, {
      ...OPTIONS,
      on_record: (record: string[]) => {
        records.push(record);
        return null;
      },
    });
    return { records, open: false };
  } catch (e) {
    if ((e as { code?: string }).code === 'CSV_QUOTE_NOT_CLOSED') return { records, open: true };
    throw e;
  }
}

/** The fields of one line read from the start of a record, or null when a quote is open at its end. */
function lineFields(text: string): string[] | null {
  const { records, open } = parseRecords(text);
  return open ? null : (records[0] ?? ['']);
}

/**
 * How a line read inside an open quoted field ends it: `open` (no quote: the field goes on),
 * `closed` (a proper closing quote, and the record ends on this line), or `stray` (a quote that
 * neither is doubled nor ends the field: the open field was never meant to span lines).
 */
function closesIn(text: string): 'open' | 'closed' | 'stray' {
  for (let q = text.indexOf('"'); q !== -1; q = text.indexOf('"', q + 2)) {
    const after = text[q + 1];
    if (after === '"') continue;
    if (after !== undefined && after !== ',' && after !== '\n' && after !== '\r') return 'stray';
    // Closed here: the rest of the line is read from the comma or line end on (it may open another field).
    return lineFields(`x${text.slice(q + 1)}`) ? 'closed' : 'open';
  }
  return 'open';
}

/** The fields a line holds before its quote that never closed (its last field cut at the line's end). */
function fieldsBeforeOpenQuote(text: string): string[] {
  let end = text.length;
  while (end > 0 && (text[end - 1] === '\n' || text[end - 1] === '\r')) end--;
  const body = text.slice(0, end);
  try {
    return parseRecords(`${body}"`).records[0] ?? [];
  } catch {
    return [];
  }
}

const sum = (lines: readonly CsvLine[]): number => lines.reduce((n, l) => n + l.bytes, 0);

/** Turns CSV lines, fed in batches, into records: see the file's comment for how. */
export class CsvRecords {
  /** The lines of a record whose quoted field is still open (empty when none is). */
  private open: CsvLine[] = [];
  private openBytes = 0;

  /** @param maxRecordBytes - The largest record read, in bytes; a longer open one fails. */
  constructor(private readonly maxRecordBytes: number) {}

  /** Feeds lines (in order, after those fed before); returns the records they complete. */
  push(lines: readonly CsvLine[]): CsvRecord[] {
    const out: CsvRecord[] = [];
    let i = 0;
    if (!this.open.length && lines.length) {
      // Most batches are whole one-line records: one csv-parse call for all of them.
      const all = parseRecords(lines.map((l) => l.text).join(''));
      if (!all.open && all.records.length === lines.length) {
        lines.forEach((l, k) => out.push(record(all.records[k] as string[], [l])));
        return out;
      }
    }
    for (; i < lines.length; i++) this.pushLine(lines[i] as CsvLine, out);
    return out;
  }

  /** A line longer than any record is read (`bytes` of it): an error for it, and for any record open before it. */
  pushTooLong(line: number, bytes: number): CsvRecord[] {
    const out: CsvRecord[] = [];
    while (this.open.length) this.fail(out);
    out.push({ fields: [], line, bytes, problem: 'too-long' });
    return out;
  }

  /** Ends the input: a record still open fails, and the lines after its first are read again. */
  end(): CsvRecord[] {
    const out: CsvRecord[] = [];
    while (this.open.length) this.fail(out);
    return out;
  }

  private pushLine(line: CsvLine, out: CsvRecord[]): void {
    if (!this.open.length) {
      this.startAt(line, out);
      return;
    }
    this.open.push(line);
    this.openBytes += line.bytes;
    const how = closesIn(line.text);
    if (how === 'closed') {
      const lines = this.open;
      this.open = [];
      this.openBytes = 0;
      out.push(record(lineFields(lines.map((l) => l.text).join('')) ?? fieldsBeforeOpenQuote(lines[0]?.text ?? ''), lines));
      return;
    }
    // A stray quote fails every record it is inside: any open one but a record this line opens itself.
    if (how === 'stray') while (this.open.length && this.open[0] !== line) this.fail(out);
    while (this.openBytes > this.maxRecordBytes) this.fail(out);
  }

  /** Reads `line` from the start of a record: a whole record, or the start of an open one. */
  private startAt(line: CsvLine, out: CsvRecord[]): void {
    const fields = lineFields(line.text);
    if (fields) {
      out.push(record(fields, [line]));
      return;
    }
    this.open = [line];
    this.openBytes = line.bytes;
    while (this.openBytes > this.maxRecordBytes) this.fail(out);
  }

  /**
   * The open record never closes: its first line is an error row, and the lines after it are
   * read again from the start of a record up to the first that opens a quote. That quote's record
   * covers the rest as the failed one did, so the rest need not be read again.
   */
  private fail(out: CsvRecord[]): void {
    const [first, ...rest] = this.open as [CsvLine, ...CsvLine[]];
    this.open = [];
    this.openBytes = 0;
    out.push({ fields: fieldsBeforeOpenQuote(first.text), line: first.line, bytes: first.bytes, problem: first.bad ? 'not-utf8' : 'unclosed' });
    let k = 0;
    while (k < rest.length) {
      const fields = lineFields((rest[k] as CsvLine).text);
      if (!fields) break;
      out.push(record(fields, [rest[k] as CsvLine]));
      k++;
    }
    if (k < rest.length) {
      this.open = rest.slice(k);
      this.openBytes = sum(this.open);
    }
  }
}

function record(fields: string[], lines: readonly CsvLine[]): CsvRecord {
  const first = lines[0] as CsvLine;
  const r: CsvRecord = { fields, line: first.line, bytes: sum(lines) };
  if (lines.some((l) => l.bad)) r.problem = 'not-utf8';
  return r;
}
