/**
 * `--format parquet` and `--format csv`: the result lines of a run, turned into one file per
 * table (see tables.ts) in the output directory. The lines are read back one at a time from the
 * run's `results.jsonl` and rows go out in groups, so memory stays bounded however long the run.
 * Each file is written under a temporary name and renamed into place when whole.
 */
import { createReadStream, renameSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { trackTemp, untrackTemp } from '../temp-files';
import { TABLES, type Cell, type ResultLine, type Table } from './tables';

/** The table formats. */
export type TableFormat = 'parquet' | 'csv';

/** Rows held before they are written (one Parquet row group, one CSV write). */
const GROUP_ROWS = 8192;

/** Writes the rows of one table to one file. */
interface TableWriter {
  add(cells: Cell[]): Promise<void>;
  finish(): Promise<void>;
}

async function csvWriter(path: string, table: Table<unknown>): Promise<TableWriter> {
  const { stringify } = await import('csv-stringify/sync');
  // Booleans as words (csv-stringify's default writes 1 and an empty field); null as an empty field.
  const options = { cast: { boolean: (v: boolean) => (v ? 'true' : 'false') } };
  writeFileSync(path, stringify([table.columns.map((c) => c.name)], options));
  let rows: Cell[][] = [];
  const flush = (): void => {
    if (rows.length) appendFileSync(path, stringify(rows, options));
    rows = [];
  };
  return {
    add: async (cells) => {
      rows.push(cells);
      if (rows.length >= GROUP_ROWS) flush();
    },
    finish: async () => flush(),
  };
}

async function parquetWriter(path: string, table: Table<unknown>): Promise<TableWriter> {
  const { ParquetWriter, fileWriter } = await import('hyparquet-writer');
  const writer = new ParquetWriter({
    writer: fileWriter(path),
    schema: [
      { name: 'root', num_children: table.columns.length },
      ...table.columns.map((c) => ({
        name: c.name,
        type: c.type === 'STRING' ? ('BYTE_ARRAY' as const) : c.type,
        ...(c.type === 'STRING' ? { converted_type: 'UTF8' as const } : {}),
        repetition_type: c.name === 'document_id' ? ('REQUIRED' as const) : ('OPTIONAL' as const),
      })),
    ],
    createdBy: 'review-lens',
  });
  let columns: Cell[][] = table.columns.map(() => []);
  let count = 0;
  const flush = async (): Promise<void> => {
    if (!count) return;
    await writer.write({ columnData: table.columns.map((c, i) => ({ name: c.name, data: columns[i] as Cell[] })), rowGroupSize: GROUP_ROWS });
    columns = table.columns.map(() => []);
    count = 0;
  };
  return {
    add: async (cells) => {
      cells.forEach((cell, i) => columns[i]?.push(cell));
      if (++count >= GROUP_ROWS) await flush();
    },
    finish: async () => {
      await flush();
      await writer.finish();
    },
  };
}

/**
 * Writes every table of the result lines in `results` (a JSONL file of batch or collect) into
 * `dir` as `NAME.parquet` or `NAME.csv`.
 *
 * @returns The rows written to each table, by name.
 * @throws An Error naming the line when `results` holds a line that is not a result.
 */
export async function writeTables(results: string, dir: string, format: TableFormat): Promise<Record<string, number>> {
  const made = TABLES.map((table) => ({ table, path: join(dir, `${table.name}.${format}`), tmp: join(dir, `${table.name}.${format}.${process.pid}.tmp`) }));
  const counts: Record<string, number> = {};
  const writers: TableWriter[] = [];
  try {
    for (const { table, tmp } of made) {
      trackTemp(tmp);
      writers.push(await (format === 'csv' ? csvWriter : parquetWriter)(tmp, table));
      counts[table.name] = 0;
    }
    let lineNumber = 0;
    for await (const text of createInterface({ input: createReadStream(results), crlfDelay: Infinity })) {
      lineNumber++;
      if (text.trim() === '') continue;
      let line: ResultLine;
      try {
        line = JSON.parse(text) as ResultLine;
      } catch {
        throw new Error(`${results}:${lineNumber}: expected a result line, got text that is not JSON`);
      }
      for (const [i, { table }] of made.entries()) {
        for (const row of table.rows(line)) {
          await writers[i]?.add(table.columns.map((c) => c.get(row)));
          counts[table.name] = (counts[table.name] ?? 0) + 1;
        }
      }
    }
    for (const writer of writers) await writer.finish();
    for (const { path, tmp } of made) {
      renameSync(tmp, path);
      untrackTemp(tmp);
    }
  } finally {
    for (const { tmp } of made) {
      rmSync(tmp, { force: true });
      untrackTemp(tmp);
    }
  }
  return counts;
}
