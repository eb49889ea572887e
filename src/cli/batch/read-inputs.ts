/**
 * Turns the INPUT arguments of `review-lens batch` into documents, one at a time: plain files,
 * directories (recursing into `.txt` and `.md`, in sorted order), JSONL files (`{ id, text }` per
 * line), CSV files (a text column) and `-`, JSONL or plain text lines on standard input. Big JSONL and CSV files are
 * streamed, never read whole, and split into lines as bytes: a bad line or row (not UTF-8, a quote
 * that never closes, too long, too few or too many fields) is reported alone and the rest is read.
 * Anything unreadable is reported through `onError` and skipped; the rest goes on.
 */
import { readdirSync, statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { basename, extname, join, relative, sep } from 'node:path';
import { describe } from '../../errors';
import { TEXT_EXTENSIONS } from '../clashing-input';
import { changedError, changedWhileRead, fileError, readText } from '../read-text';
import { ByteLines, decodeLine, type ByteLine } from './byte-lines';
import { CsvRecords, type CsvLine, type CsvProblem, type CsvRecord } from './csv-records';

/** One document read from the inputs. */
export interface ReadDocument {
  id: string;
  text: string;
  /** Bytes of input it took (for progress and throughput). */
  bytes: number;
  /** The input's other CSV columns or JSONL fields (not the text or id), kept on its result line. */
  meta?: Record<string, unknown>;
}

/** `record` without the keys `leave`, or undefined when nothing is left. */
function metaOf(record: Record<string, unknown>, leave: readonly string[]): Record<string, unknown> | undefined {
  const meta = Object.fromEntries(Object.entries(record).filter(([key]) => !leave.includes(key)));
  return Object.keys(meta).length ? meta : undefined;
}

/** How the inputs are read. */
export interface ReadOptions {
  /** The CSV column holding the text. */
  textColumn: string;
  /** The CSV column holding the id (default: `id` when the header has one, else FILE:ROW). */
  idColumn: string | null;
  /** Called for each input that cannot be read: an id and the reason. */
  onError: (id: string, error: string) => void;
  /** Standard input, read as JSONL when an INPUT is `-`. */
  stdin?: AsyncIterable<Uint8Array>;
  /** The longest text analysed (options.maxLength): longer files, lines and rows are refused unread. */
  maxLength: number;
}

/**
 * The {@link ReadOptions} of a command's parsed flags and its standard input: `batch` and `enqueue`
 * read their INPUTs alike.
 */
export function readOptions(flags: Pick<ReadOptions, 'textColumn' | 'idColumn' | 'maxLength'>, stdin: AsyncIterable<Uint8Array> | undefined, onError: ReadOptions['onError']): ReadOptions {
  return { ...(stdin ? { stdin } : {}), textColumn: flags.textColumn, idColumn: flags.idColumn, maxLength: flags.maxLength, onError };
}

export { TEXT_EXTENSIONS } from '../clashing-input';
/** A plain file, directory, JSONL file or CSV file, by its name. */
type InputKind = 'text' | 'directory' | 'jsonl' | 'csv';

function kindOf(path: string): InputKind {
  if (statSync(path).isDirectory()) return 'directory';
  const ext = extname(path).toLowerCase();
  if (ext === '.jsonl' || ext === '.ndjson') return 'jsonl';
  if (ext === '.csv') return 'csv';
  return 'text';
}

/**
 * The id of a file read from the INPUT `input`: its path relative to a directory INPUT (with `/`
 * between folders on every system), or the name of a file INPUT. Ids so made do not depend on
 * where the command runs from or how the INPUT is spelt (`reviews/`, `./reviews`, an absolute
 * path), so `--resume` finds them however the run is started again.
 */
export function fileId(input: string, path: string): string {
  const rel = relative(input, path);
  return rel === '' ? basename(path) : rel.split(sep).join('/');
}

/** The `.txt` and `.md` files under a directory, depth first, sorted by name at each level. */
function* walk(dir: string, onError: ReadOptions['onError'], root = dir): Generator<string> {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    onError(fileId(root, dir), fileError(dir, e));
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path, onError, root);
    else if (entry.isFile() && TEXT_EXTENSIONS.has(extname(entry.name).toLowerCase())) yield path;
  }
}

function readTextFile(path: string, id: string, options: ReadOptions): ReadDocument | null {
  const read = readText(path, options.maxLength);
  if ('error' in read) {
    options.onError(id, read.error);
    return null;
  }
  return { id, text: read.text, bytes: read.bytes };
}

/**
 * The lines of a file or stream, split as bytes (each decoded on its own by the caller). A file
 * that changed while it was read is reported once its lines are out.
 */
async function* byteLines(path: string, source: string | AsyncIterable<Uint8Array>, lines: ByteLines, onError: ReadOptions['onError']): AsyncGenerator<ByteLine> {
  if (typeof source !== 'string') {
    for await (const chunk of source) yield* lines.push(chunk);
    yield* lines.end();
    return;
  }
  const handle = await open(source, 'r');
  try {
    const before = await handle.stat();
    let total = 0;
    for await (const chunk of handle.createReadStream({ autoClose: false })) {
      total += (chunk as Buffer).length;
      yield* lines.push(chunk as Buffer);
    }
    yield* lines.end();
    if (before.isFile() && changedWhileRead(before, await handle.stat(), total)) onError(basename(path), changedError(path));
  } finally {
    await handle.close();
  }
}

function idValue(value: unknown): string | null {
  return typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value)) ? String(value) : null;
}

/**
 * The longest JSONL line read, in bytes: a text at the length limit written with `\uXXXX`
 * escapes takes 6 bytes per character, and the id and keys some more.
 */
const jsonlLineBytes = (maxLength: number): number => 6 * maxLength + 65_536;

/**
 * Reads JSONL, or, for standard input, plain text too: there the first line that is not blank
 * decides, a JSON object (`{`) making the stream JSONL and anything else making each line a
 * document of its own (`stdin:LINE` its id), as `xargs`, GNU `parallel` and Spark's `RDD.pipe`
 * send records.
 */
async function* readJsonl(path: string, options: ReadOptions, source: string | AsyncIterable<Uint8Array> = path): AsyncGenerator<ReadDocument> {
  const { onError } = options;
  let lineNumber = 0;
  /** For standard input: whether its lines are plain text, once the first one is read. */
  let plain: boolean | null = typeof source === 'string' ? false : null;
  const name = basename(path);
  const take = (line: ByteLine): ReadDocument | null => {
    lineNumber++;
    const where = `${path}:${lineNumber}`;
    /** The line's id when it has none of its own: the file's name and the line number. */
    const lineId = `${name}:${lineNumber}`;
    if (line.bytes === null) {
      onError(lineId, `${where}: expected a line of at most ${jsonlLineBytes(options.maxLength)} bytes, got ${line.size}`);
      return null;
    }
    const text = decodeLine(line.bytes, lineNumber === 1);
    if (text === null) {
      onError(lineId, `${where}: expected UTF-8 text, got bytes that are not`);
      return null;
    }
    if (text.trim() === '') return null;
    plain ??= !text.trimStart().startsWith('{');
    if (plain) {
      const end = text.endsWith('\r\n') ? 2 : text.endsWith('\n') || text.endsWith('\r') ? 1 : 0;
      return { id: lineId, text: text.slice(0, text.length - end), bytes: line.size };
    }
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      onError(lineId, `${where}: expected a JSON object, got text that is not JSON`);
      return null;
    }
    const record = value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
    const id = (record && idValue(record.id)) ?? lineId;
    if (!record || typeof record.text !== 'string') {
      onError(id, `${where}: expected an object with a "text" string, got ${record ? `"text" of type ${describe(record.text)}` : describe(value)}`);
      return null;
    }
    const meta = metaOf(record, ['id', 'text']);
    return { id, text: record.text, bytes: line.size, ...(meta ? { meta } : {}) };
  };
  try {
    for await (const line of byteLines(path, source, new ByteLines(jsonlLineBytes(options.maxLength), false), onError)) {
      const doc = take(line);
      if (doc) yield doc;
    }
  } catch (e) {
    onError(name, `${fileError(path, e)} (after line ${lineNumber})`);
  }
}

/** The largest CSV row read, in bytes: the text at the length limit (3 bytes a character at most), and room for the other columns. */
const csvRecordBytes = (maxLength: number): number => 4 * maxLength + 65_536;

const PROBLEMS: Record<CsvProblem, string> = {
  unclosed: 'a closing quote before the end of the line',
  'not-utf8': 'UTF-8 text',
  'too-long': 'a row of at most', // completed with the size below
};

async function* readCsv(path: string, options: ReadOptions): AsyncGenerator<ReadDocument> {
  const { onError } = options;
  const maxBytes = csvRecordBytes(options.maxLength);
  const records = new CsvRecords(maxBytes);
  let header: string[] | null = null;
  let textAt = -1;
  let idAt = -1;
  let rowNumber = 0;
  let lineNumber = 0;
  /** A document of a record, or null (a header, a blank row, an error reported). */
  const take = (r: CsvRecord): ReadDocument | null => {
    if (!header) {
      if (r.problem) throw new RangeError(`${path}: expected a header row, got ${r.problem === 'unclosed' ? 'a quote that never closes' : r.problem === 'not-utf8' ? 'bytes that are not UTF-8' : 'an overlong first line'} (line ${r.line})`);
      header = r.fields.map((h) => h.trim());
      textAt = header.indexOf(options.textColumn);
      idAt = header.indexOf(options.idColumn ?? 'id');
      if (textAt === -1) throw new RangeError(`${path}: expected a "${options.textColumn}" column (see --text-column), got ${header.map((h) => `"${h}"`).join(', ') || 'no header'}`);
      if (options.idColumn !== null && idAt === -1) throw new RangeError(`${path}: expected an "${options.idColumn}" column (see --id-column), got ${header.map((h) => `"${h}"`).join(', ')}`);
      return null;
    }
    if (!r.problem && r.fields.length === 1 && r.fields[0] === '') return null;
    rowNumber++;
    const where = `${path}:${rowNumber}`;
    // An id is taken from a row that cannot be read only when its id field came before the fault.
    const idField = idAt >= 0 && (!r.problem || idAt < r.fields.length - 1) ? r.fields[idAt] : undefined;
    const id = idField || `${basename(path)}:${rowNumber}`;
    const at = `row ${rowNumber}, line ${r.line}`;
    if (r.problem === 'too-long') onError(id, `${where}: expected ${PROBLEMS['too-long']} ${maxBytes} bytes, got ${r.bytes} (${at})`);
    else if (r.problem) onError(id, `${where}: expected ${PROBLEMS[r.problem]}, got ${r.problem === 'unclosed' ? 'a quoted field that never closes' : 'bytes that are not'} (${at})`);
    else if (r.fields.length !== header.length) onError(id, `${where}: expected ${header.length} fields, got ${r.fields.length} (${at})`);
    else {
      const columns = header.map((h, i): [string, unknown] => [h, r.fields[i]]).filter((_, i) => i !== textAt && i !== idAt);
      const meta = columns.length ? Object.fromEntries(columns) : undefined;
      return { id, text: r.fields[textAt] as string, bytes: r.bytes, ...(meta ? { meta } : {}) };
    }
    return null;
  };
  /** Lines decoded one by one (bad UTF-8 marked, not fatal), in batches for the record reader. */
  const batch: CsvLine[] = [];
  const out: CsvRecord[] = [];
  const flush = (): void => {
    if (batch.length) out.push(...records.push(batch.splice(0)));
  };
  try {
    for await (const line of byteLines(path, path, new ByteLines(maxBytes, true), onError)) {
      lineNumber++;
      if (line.bytes === null) {
        flush();
        out.push(...records.pushTooLong(lineNumber, line.size));
      } else {
        const text = decodeLine(line.bytes, lineNumber === 1);
        batch.push(text === null ? { text: lenient.decode(line.bytes), line: lineNumber, bytes: line.size, bad: true } : { text, line: lineNumber, bytes: line.size, bad: false });
        if (batch.length < CSV_BATCH) continue;
        flush();
      }
      for (const r of out.splice(0)) {
        const doc = take(r);
        if (doc) yield doc;
      }
    }
    flush();
    out.push(...records.end());
    for (const r of out.splice(0)) {
      const doc = take(r);
      if (doc) yield doc;
    }
  } catch (e) {
    onError(basename(path), e instanceof RangeError ? e.message : fileError(path, e));
  }
}

/** CSV lines read by csv-parse in one call, at most. */
const CSV_BATCH = 256;

/** Decodes bad UTF-8 with replacement characters, only to find a bad row's end (quotes are ASCII, never replaced). */
const lenient = new TextDecoder('utf-8', { ignoreBOM: true });

/**
 * The documents of every input, in order. Unreadable inputs, lines and rows go to `onError`.
 *
 * @param inputs - File, directory, JSONL and CSV paths, as given on the command line.
 */
export async function* readInputs(inputs: readonly string[], options: ReadOptions): AsyncGenerator<ReadDocument> {
  for (const input of inputs) {
    if (input === '-') {
      if (options.stdin) yield* readJsonl('stdin', options, options.stdin);
      else options.onError('stdin', 'stdin: standard input is not available');
      continue;
    }
    let kind: InputKind;
    try {
      kind = kindOf(input);
    } catch (e) {
      options.onError(basename(input), fileError(input, e));
      continue;
    }
    if (kind === 'jsonl') yield* readJsonl(input, options);
    else if (kind === 'csv') yield* readCsv(input, options);
    else {
      for (const path of kind === 'directory' ? walk(input, options.onError) : [input]) {
        const doc = readTextFile(path, fileId(input, path), options);
        if (doc) yield doc;
      }
    }
  }
}

/**
 * The total size in bytes of the inputs (files, and the `.txt`/`.md` files under directories),
 * for the ETA. Unreadable ones count as 0; they are reported when read.
 */
export function inputBytes(inputs: readonly string[]): number {
  let total = 0;
  for (const input of inputs) {
    try {
      const stat = statSync(input);
      if (!stat.isDirectory()) total += stat.size;
      else for (const path of walk(input, () => undefined)) total += statSync(path).size;
    } catch {
      // Reported when the input is read.
    }
  }
  return total;
}
