/**
 * Turns the INPUT arguments of `review-lens batch` into documents, one at a time: plain files,
 * directories (recursing into `.txt` and `.md`, in sorted order), JSONL files (`{ id, text }` per
 * line), CSV files (a text column) and `-`, JSONL on standard input. Big JSONL and CSV files are streamed, never read whole.
 * Anything unreadable is reported through `onError` and skipped; the rest goes on.
 */
import { createReadStream, readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { describe } from '../../errors';
import { fileError, readText } from '../read-text';
import { CsvRows } from './csv-rows';
import { LineSplitter } from './line-splitter';

/** One document read from the inputs. */
export interface ReadDocument {
  id: string;
  text: string;
  /** Bytes of input it took (for progress and throughput). */
  bytes: number;
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
}

/** Extensions of the files taken from a directory. */
export const TEXT_EXTENSIONS: ReadonlySet<string> = new Set(['.txt', '.md']);
/** A plain file, directory, JSONL file or CSV file, by its name. */
type InputKind = 'text' | 'directory' | 'jsonl' | 'csv';

function kindOf(path: string): InputKind {
  if (statSync(path).isDirectory()) return 'directory';
  const ext = extname(path).toLowerCase();
  if (ext === '.jsonl' || ext === '.ndjson') return 'jsonl';
  if (ext === '.csv') return 'csv';
  return 'text';
}

/** The `.txt` and `.md` files under a directory, depth first, sorted by name at each level. */
function* walk(dir: string, onError: ReadOptions['onError']): Generator<string> {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    onError(dir, fileError(dir, e));
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path, onError);
    else if (entry.isFile() && TEXT_EXTENSIONS.has(extname(entry.name).toLowerCase())) yield path;
  }
}

function readTextFile(path: string, onError: ReadOptions['onError']): ReadDocument | null {
  const read = readText(path);
  if ('error' in read) {
    onError(path, read.error);
    return null;
  }
  return { id: path, text: read.text, bytes: read.bytes };
}

/**
 * What a splitter (lines, CSV rows) makes of a file or stream read in chunks, each item with its
 * share of the bytes its chunk had (close enough for progress). Bad UTF-8 throws a TypeError.
 */
async function* splitSource<T>(source: string | AsyncIterable<Uint8Array>, push: (text: string) => T[]): AsyncGenerator<{ item: T; bytes: number }> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for await (const chunk of typeof source === 'string' ? createReadStream(source) : source) {
    const buffer = chunk as Uint8Array;
    const items = push(decoder.decode(buffer, { stream: true }));
    const share = items.length ? Math.round(buffer.length / items.length) : 0;
    for (const item of items) yield { item, bytes: share };
  }
  for (const item of push(decoder.decode())) yield { item, bytes: 0 };
}

function idValue(value: unknown): string | null {
  return typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value)) ? String(value) : null;
}

async function* readJsonl(path: string, onError: ReadOptions['onError'], source: string | AsyncIterable<Uint8Array> = path): AsyncGenerator<ReadDocument> {
  let lineNumber = 0;
  const splitter = new LineSplitter();
  const take = (line: string, bytes: number): ReadDocument | null => {
    lineNumber++;
    const where = `${path}:${lineNumber}`;
    if (line.trim() === '') return null;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      onError(where, `${where}: expected a JSON object, got text that is not JSON`);
      return null;
    }
    const record = value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
    const id = (record && idValue(record.id)) ?? where;
    if (!record || typeof record.text !== 'string') {
      onError(id, `${where}: expected an object with a "text" string, got ${record ? `"text" of type ${describe(record.text)}` : describe(value)}`);
      return null;
    }
    return { id, text: record.text, bytes };
  };
  try {
    for await (const { item, bytes } of splitSource(source, (text) => splitter.push(text))) {
      const doc = take(item, bytes);
      if (doc) yield doc;
    }
  } catch (e) {
    onError(path, e instanceof TypeError ? `${path}: is not UTF-8 text (after line ${lineNumber})` : fileError(path, e));
    return;
  }
  const last = splitter.end();
  if (last !== '') {
    const doc = take(last, 0);
    if (doc) yield doc;
  }
}

async function* readCsv(path: string, options: ReadOptions): AsyncGenerator<ReadDocument> {
  const { onError } = options;
  const parser = new CsvRows();
  let header: string[] | null = null;
  let textAt = -1;
  let idAt = -1;
  let rowNumber = 0;
  const take = (row: string[], bytes: number): ReadDocument | null => {
    if (!header) {
      header = row.map((h) => h.trim());
      textAt = header.indexOf(options.textColumn);
      idAt = header.indexOf(options.idColumn ?? 'id');
      if (textAt === -1) throw new RangeError(`${path}: expected a "${options.textColumn}" column (see --text-column), got ${header.map((h) => `"${h}"`).join(', ') || 'no header'}`);
      if (options.idColumn !== null && idAt === -1) throw new RangeError(`${path}: expected an "${options.idColumn}" column (see --id-column), got ${header.map((h) => `"${h}"`).join(', ')}`);
      return null;
    }
    rowNumber++;
    const where = `${path}:${rowNumber}`;
    if (row.length === 1 && row[0] === '') return null;
    const id = (idAt >= 0 ? row[idAt] : undefined) || where;
    const text = row[textAt];
    if (text === undefined) {
      onError(id, `${where}: expected ${header.length} fields, got ${row.length}`);
      return null;
    }
    return { id, text, bytes };
  };
  try {
    for await (const { item, bytes } of splitSource(path, (text) => parser.push(text))) {
      const doc = take(item, bytes);
      if (doc) yield doc;
    }
    if (parser.unclosed) onError(`${path}:${rowNumber + 1}`, `${path}: expected a closing quote in row ${rowNumber + 1}, got the end of the file`);
    else for (const row of parser.end()) {
      const doc = take(row, 0);
      if (doc) yield doc;
    }
  } catch (e) {
    onError(path, e instanceof RangeError ? e.message : e instanceof TypeError ? `${path}: is not UTF-8 text (after row ${rowNumber})` : fileError(path, e));
  }
}

/**
 * The documents of every input, in order. Unreadable inputs, lines and rows go to `onError`.
 *
 * @param inputs - File, directory, JSONL and CSV paths, as given on the command line.
 */
export async function* readInputs(inputs: readonly string[], options: ReadOptions): AsyncGenerator<ReadDocument> {
  for (const input of inputs) {
    if (input === '-') {
      if (options.stdin) yield* readJsonl('stdin', options.onError, options.stdin);
      else options.onError('stdin', 'stdin: standard input is not available');
      continue;
    }
    let kind: InputKind;
    try {
      kind = kindOf(input);
    } catch (e) {
      options.onError(input, fileError(input, e));
      continue;
    }
    if (kind === 'jsonl') yield* readJsonl(input, options.onError);
    else if (kind === 'csv') yield* readCsv(input, options);
    else {
      for (const path of kind === 'directory' ? walk(input, options.onError) : [input]) {
        const doc = readTextFile(path, options.onError);
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
