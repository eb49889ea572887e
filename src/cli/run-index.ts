/**
 * `review-lens index RESULTS.jsonl... [--work-column C] [--format json|csv] [--out FILE]`: the
 * cross-review index of `review-lens batch` output. Result lines are read one at a time; a line
 * that is not a result is reported and skipped, failed results are counted and skipped.
 */
import { createReadStream, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { buildIndex } from '../index-build/build-index';
import type { IndexInput, ReviewIndex } from '../index-build/index-types';
import { describe } from '../errors';
import type { ReviewAnalysis } from '../types';
import type { CliIo } from './cli-io';
import { clashingInput } from './clashing-input';
import { plural } from '../text/plural';
import { fileError, writeError } from './file-errors';
import { indexCsv } from './index-csv';
import { argsOrExit } from './usage-exit';

/** The help text of `review-lens index`. */
export const INDEX_USAGE = `Usage: review-lens index [options] RESULTS...

Builds the cross-review index of review-lens batch output: per work, one list of characters and
real people merged across all its documents. RESULTS are JSON-lines files of {"id", "ok",
"meta"?, "analysis"} (- for standard input); failed results are skipped.

Options:
  --work-column C   the meta field (CSV column, JSONL field) that names each document's work
                    (default, and for a line without it: the work its analysis names most)
  --format F        json (default) or csv: one row per entity
  --out FILE        write the index to FILE (default: standard output)
  -h, --help        show this help

Exit code: 0 when every line was a result with its work; 1 when a file or line could not be read
or a line lacks its --work-column (the rest is still indexed) or the output cannot be written; 2 for
a usage mistake.
`;

interface IndexArgs {
  inputs: string[];
  workColumn: string | null;
  format: 'json' | 'csv';
  out: string | null;
}

function parseIndex(argv: readonly string[]): IndexArgs | { error: string } | { help: true } {
  const args: IndexArgs = { inputs: [], workColumn: null, format: 'json', out: null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = eq === -1 ? arg : arg.slice(0, eq);
    if (name === '-h' || name === '--help') return { help: true };
    if (name === '--work-column' || name === '--out' || name === '--format') {
      const value = eq === -1 ? argv[++i] : arg.slice(eq + 1);
      if (!value) return { error: `expected ${name === '--out' ? 'a file name' : name === '--format' ? 'json or csv' : 'a column name'} after ${name}, got nothing` };
      if (name === '--work-column') args.workColumn = value;
      else if (name === '--out') args.out = value;
      else if (value === 'json' || value === 'csv') args.format = value;
      else return { error: `expected json or csv after --format, got "${value}"` };
    } else if (arg.startsWith('-') && arg !== '-') return { error: `expected a known index option, got "${arg}"` };
    else args.inputs.push(arg);
  }
  if (!args.inputs.length) return { error: 'expected at least one RESULTS file (review-lens batch output), got none' };
  if (args.out !== null && clashingInput(args.inputs, args.out) !== undefined) return { error: `expected --out to be a file no RESULTS is read from, got ${args.out}` };
  return args;
}

/**
 * One result line as an index input (with a warning when its work column is missing: it is then
 * indexed under the work its analysis names, as `batch --index` does), null for a failed result,
 * or the reason it is neither.
 */
function inputOf(text: string, where: string, workColumn: string | null): { input: IndexInput; warning?: string } | null | { error: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { error: `${where}: expected a JSON result line, got text that is not JSON` };
  }
  const line = value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  if (!line || typeof line.id !== 'string' || typeof line.ok !== 'boolean') return { error: `${where}: expected a result line {"id", "ok", …}, got ${line ? 'an object without them' : describe(value)}` };
  if (!line.ok) return null;
  const analysis = line.analysis as ReviewAnalysis | undefined;
  if (analysis === null || typeof analysis !== 'object') return { error: `${where}: expected an "analysis" object, got ${describe(analysis)}` };
  if (workColumn === null) return { input: { id: line.id, analysis } };
  const meta = line.meta as Record<string, unknown> | undefined;
  const work = meta?.[workColumn];
  if (typeof work !== 'string' || work === '') {
    return { input: { id: line.id, analysis }, warning: `${where}: expected a "${workColumn}" text in "meta" (see --work-column), got ${work === '' ? 'an empty text' : describe(work)}; indexed under the work its analysis names` };
  }
  return { input: { id: line.id, work, analysis } };
}

/**
 * Runs `review-lens index`. Returns the exit code: 0 when every line was a result, 1 when a file
 * or line could not be read or the output cannot be written, 2 for a usage mistake.
 */
export async function runIndex(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = argsOrExit(parseIndex(argv), INDEX_USAGE, io);
  if (typeof parsed === 'number') return parsed;
  const args: IndexArgs = parsed;
  let status = 0;
  let failed = 0;
  let documents = 0;
  const report = (error: string): void => {
    status = 1;
    io.stderr(`review-lens: ${error}\n`);
  };
  async function* inputs(): AsyncGenerator<IndexInput> {
    for (const file of args.inputs) {
      const label = file === '-' ? 'stdin' : file;
      const source = file === '-' ? (io.stdin ? Readable.from(io.stdin) : null) : createReadStream(file);
      if (!source) {
        report('stdin: standard input is not available');
        continue;
      }
      let n = 0;
      try {
        for await (const text of createInterface({ input: source, crlfDelay: Infinity })) {
          n++;
          if (text.trim() === '') continue;
          const read = inputOf(text, `${label}:${n}`, args.workColumn);
          if (read === null) failed++;
          else if ('error' in read) report(read.error);
          else {
            if (read.warning !== undefined) report(read.warning);
            documents++;
            yield read.input;
          }
        }
      } catch (e) {
        report(`${fileError(label, e)}${n ? ` (after line ${n})` : ''}`);
      }
    }
  }
  const index: ReviewIndex = await buildIndex(inputs());
  const text = args.format === 'csv' ? indexCsv(index) : `${JSON.stringify(index, null, 2)}\n`;
  if (args.out === null) io.stdout(text);
  else {
    try {
      writeFileSync(args.out, text);
    } catch (e) {
      report(writeError(args.out, e));
      return 1;
    }
  }
  const entities = index.works.reduce((n, w) => n + w.characters.length + w.people.length, 0);
  io.stderr(`review-lens: indexed ${plural(documents, 'document')} of ${plural(index.works.length, 'work')}: ${plural(entities, 'entity', 'entities')}${failed ? `; ${plural(failed, 'failed result')} skipped` : ''}\n`);
  return status;
}
