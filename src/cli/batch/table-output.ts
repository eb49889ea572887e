/**
 * `--format parquet|csv` for `batch` and `collect`: `--out` names a directory; the result lines
 * go to `DIR/results.jsonl` as they come (so nothing done is lost, and `--resume` works as for
 * JSONL), and the tables are written from that file once the run is complete.
 */
import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { messageOf } from '../../errors';
import { plural } from '../../text/plural';
import { writeError } from '../file-errors';
import type { CliIo } from '../cli-io';
import { writeTables, type TableFormat } from './write-tables';

export type { TableFormat } from './write-tables';

/** Where a table run writes. */
export interface TableTarget {
  format: TableFormat;
  dir: string;
  results: string;
}

/**
 * For a table format: makes the `--out` directory, points `args.out` at its `results.jsonl`, and
 * gives the target; null for JSONL; an exit code when the directory cannot be made or is missing.
 */
export function tableOutput(args: { format: string; out: string | null }, io: CliIo): TableTarget | null | number {
  if (args.format !== 'parquet' && args.format !== 'csv') return null;
  const dir = args.out;
  if (dir === null) {
    io.stderr(`review-lens: expected --out DIR with --format ${args.format} (a directory for the tables), got no --out\n`);
    return 2;
  }
  try {
    if (statSync(dir, { throwIfNoEntry: false })?.isFile()) {
      io.stderr(`review-lens: expected --out with --format ${args.format} to be a directory, got ${dir}, a file\n`);
      return 2;
    }
    mkdirSync(dir, { recursive: true });
  } catch (e) {
    io.stderr(`review-lens: ${writeError(dir, e)}\n`);
    return 1;
  }
  const results = join(dir, 'results.jsonl');
  args.out = results;
  return { format: args.format, dir, results };
}

/** Writes the tables of a finished run and says what was written; false (after saying why) when it could not. */
export async function writeTablesReport(target: TableTarget, io: CliIo): Promise<boolean> {
  try {
    const counts = await writeTables(target.results, target.dir, target.format);
    io.stderr(`review-lens: wrote ${Object.entries(counts).map(([name, n]) => `${name}.${target.format} (${plural(n, 'row')})`).join(', ')} in ${target.dir}\n`);
    return true;
  } catch (e) {
    const message = messageOf(e);
    io.stderr(`review-lens: ${/^E[A-Z]+$/.test((e as NodeJS.ErrnoException).code ?? '') ? writeError(target.dir, e) : message}; the results are kept in ${target.results}\n`);
    return false;
  }
}
