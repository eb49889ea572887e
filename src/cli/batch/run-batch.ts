/**
 * `review-lens batch INPUT... --out results.jsonl`: many documents on a worker pool, one JSON line
 * per document as it finishes, progress on stderr, `--resume` to continue an interrupted run.
 */
import { closeSync, writeFileSync, writeSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { analyzeReviewsAsJson } from '../../batch/analyze-reviews';
import { defaultWorkers } from '../../batch/pool-size';
import { IndexBuilder } from '../../index-build/build-index';
import { DEFAULT_MAX_LENGTH, type ReviewAnalysis } from '../../types';
import { clashingInput } from '../clashing-input';
import { writeError } from '../file-errors';
import { maxLengthValue } from '../max-length';
import { plural } from '../../text/plural';
import { ABORTED, interruptedCode, raceAbort } from '../interrupt';
import type { CliIo } from '../cli-io';
import { progressBar, progressLine, summaryLine, type ProgressState } from './progress';
import { inputBytes, readInputs, readOptions } from './read-inputs';
import { openOutput } from './open-output';
import { tableOutput, writeTablesReport, type TableFormat } from './table-output';
import { argsOrExit } from '../usage-exit';

/** The help text of `review-lens batch`. */
export const BATCH_USAGE = `Usage: review-lens batch [options] INPUT...

Analyses many documents on all cores and writes one JSON line per document, as each finishes:
  {"id", "ok": true, "meta"?, "analysis"}  or  {"id", "ok": false, "error"}
("meta": the input's other CSV columns or JSONL fields, when it has any)
INPUT is a text file (its name is the id), a directory (every .txt and .md file under it, its
path under the directory the id),
a JSONL file (.jsonl/.ndjson: one {"id", "text"} object per line), a CSV file (.csv, with a
header row), or - for standard input: JSONL, or plain text with one document per line (the
first line that is not blank decides: a JSON object makes it JSONL).

Options:
  --out FILE              write the lines to FILE (default: standard output), each as soon as
                          its document is done; an existing FILE that is not empty is refused
                          unless --resume or --force is given
  --format F              jsonl: JSON lines, one per document (the default); parquet or csv:
                          --out names a directory, the lines go to DIR/results.jsonl as they
                          finish, and at the end one table per kind is written beside them
                          (documents, sections, characters, people, works, quotes: NAME.parquet
                          or NAME.csv), the document id on every row
  --resume                keep the results already in FILE and skip their ids: an interrupted
                          run continues where it stopped; documents recorded as failed
                          ("ok": false) are taken out of FILE and tried again
  --force                 replace an existing FILE
  --text-column NAME      the CSV column with the text (default: text)
  --id-column NAME        the CSV column with the id (default: id when present, else FILE:ROW)
  -j, --jobs N            worker threads (most: the number of cores; default: one for
                          inputs under 16 MB or standard input, where a second worker's
                          start-up costs more than it saves, else the number of cores);
                          also -jN, --jobs=N and --concurrency N
  --work TITLE            a work title to find and mask for sentiment (repeatable)
  --max-length N          refuse a document longer than N characters (default 10000000)
  --progress-every S      seconds between progress lines when stderr is not a terminal, or is
                          one with TERM=dumb (default 10)
  --index FILE            also write the cross-review index of the results to FILE (JSON)
  --work-column C         for --index: the CSV column or JSONL field naming each document's work
                          (default: the work each analysis names most)
  -h, --help              show this help
A value may also follow an = sign: --out=FILE, --jobs=2, --text-column=body.

Exit codes:
  0    every document was analysed
  1    a document failed (the others are still written), or FILE cannot be written (an --out
       in a directory that does not exist, a full disk: what was written is kept)
  2    a usage mistake (an unknown option, a missing value, an --out that is not empty)
  130  Ctrl-C (143 on SIGTERM): what was written is kept; use --resume

Examples:
  review-lens batch reviews/ --out results.jsonl
  review-lens batch scraped.csv --text-column body -j2 --out results.jsonl
  review-lens batch reviews/ --out results.jsonl --resume
`;

interface BatchArgs {
  inputs: string[];
  out: string | null;
  resume: boolean;
  force: boolean;
  textColumn: string;
  idColumn: string | null;
  concurrency: number | undefined;
  works: string[];
  progressEvery: number;
  maxLength: number;
  /** `--index FILE`: the cross-review index of this run's results, written at the end. */
  index: string | null;
  /** `--work-column C`: the meta field naming each document's work, for the index. */
  workColumn: string | null;
  /** `--format`: the output's form. */
  format: OutputFormat;
}

/** The forms of output `--format` names. */
export type OutputFormat = 'jsonl' | TableFormat;
const FORMATS: readonly OutputFormat[] = ['jsonl', 'parquet', 'csv'];

function parseBatch(argv: readonly string[]): BatchArgs | { error: string } | { help: true } {
  const args: BatchArgs = { inputs: [], out: null, resume: false, force: false, textColumn: 'text', idColumn: null, concurrency: undefined, works: [], progressEvery: 10, maxLength: DEFAULT_MAX_LENGTH, index: null, workColumn: null, format: 'jsonl' };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--') {
      args.inputs.push(...argv.slice(i + 1));
      break;
    }
    // The value of an option: after "=" (--jobs=2), joined to a short one (-j2), or the next argument.
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const joined = eq === -1 && arg.length > 2 && arg.startsWith('-j');
    const name = eq !== -1 ? arg.slice(0, eq) : joined ? '-j' : arg;
    const value = (what: string): string | { error: string } => {
      const v = eq !== -1 ? arg.slice(eq + 1) : joined ? arg.slice(2) : argv[++i];
      return v ? v : { error: `expected ${what} after ${name}, got nothing` };
    };
    if (name === '-h' || name === '--help') return { help: true };
    if (name === '--resume') args.resume = true;
    else if (name === '--force') args.force = true;
    else if (name === '--format') {
      const v = value('a format');
      if (typeof v !== 'string') return v;
      if (!(FORMATS as readonly string[]).includes(v)) return { error: `expected --format ${FORMATS.join(', ')}, got "${v}"` };
      args.format = v as OutputFormat;
    } else if (name === '--index' || name === '--work-column') {
      const v = value(name === '--index' ? 'a file name' : 'a column name');
      if (typeof v !== 'string') return v;
      if (name === '--index') args.index = v;
      else args.workColumn = v;
    } else if (name === '--out' || name === '--text-column' || name === '--id-column' || name === '--work') {
      const v = value(name === '--out' ? 'a file name' : name === '--work' ? 'a title' : 'a column name');
      if (typeof v !== 'string') return v;
      if (name === '--out') args.out = v;
      else if (name === '--text-column') args.textColumn = v;
      else if (name === '--id-column') args.idColumn = v;
      else args.works.push(v);
    } else if (name === '--max-length') {
      const n = maxLengthValue(eq === -1 ? argv[++i] : arg.slice(eq + 1));
      if (typeof n !== 'number') return n;
      args.maxLength = n;
    } else if (name === '-j' || name === '--jobs' || name === '--concurrency' || name === '--progress-every') {
      const v = value('a number');
      if (typeof v !== 'string') return v;
      const n = Number(v);
      if (name === '--progress-every') {
        if (!(n > 0)) return { error: `expected a positive number of seconds after ${name}, got "${v}"` };
        args.progressEvery = n;
      } else {
        if (!Number.isInteger(n) || n < 1) return { error: `expected a positive whole number after ${name}, got "${v}"` };
        args.concurrency = n;
      }
    } else if (arg.startsWith('-') && arg !== '-') return { error: `expected a known batch option, got "${arg}"` };
    else args.inputs.push(arg);
  }
  if (!args.inputs.length) return { error: 'expected at least one INPUT (file, directory, .jsonl or .csv), got none' };
  if (args.resume && args.out === null) return { error: 'expected --out FILE with --resume, got no --out' };
  if (args.resume && args.force) return { error: 'expected --resume or --force, got both' };
  if (args.index !== null && args.resume) return { error: 'expected --index without --resume (index the whole output with review-lens index), got both' };
  if (args.index !== null && (args.index === args.out || clashingInput(args.inputs, args.index) !== undefined)) return { error: `expected --index to be a file neither read nor written as results, got ${args.index}` };
  const clash = args.out === null ? undefined : clashingInput(args.inputs, args.out);
  if (clash !== undefined) return { error: `expected --out to be a file no INPUT is read from, got ${args.out}, which ${clash} reads` };
  return args;
}

/**
 * Runs `review-lens batch` (`quiet`: no progress and no summary on stderr, for
 * `review-lens --format jsonl`, a filter in a pipeline). Returns the exit code: 0 when every document was analysed, 1 when any
 * failed or the output cannot be written, 2 for a usage mistake, 130 when interrupted (143 for
 * SIGTERM).
 */
export async function runBatch(argv: readonly string[], io: CliIo, { quiet = false }: { quiet?: boolean } = {}): Promise<number> {
  const parsed = argsOrExit(parseBatch(argv), BATCH_USAGE, io);
  if (typeof parsed === 'number') return parsed;
  const args: BatchArgs = parsed;
  const tables = tableOutput(args, io);
  if (typeof tables === 'number') return tables;
  const opened = openOutput(args, io);
  if (typeof opened === 'number') return opened;
  const { fd: out, done, retried } = opened;
  /** The first failure to write the output: the run stops, keeping what was written. */
  let writeFailure: string | null = null;
  const write = (line: string): void => {
    if (writeFailure !== null) return;
    if (out === null) io.stdout(line);
    else {
      try {
        writeSync(out, line);
      } catch (e) {
        writeFailure = writeError(args.out as string, e);
      }
    }
  };
  const cores = availableParallelism();
  if (args.concurrency !== undefined && args.concurrency > cores) io.stderr(`review-lens: -j ${args.concurrency} is more than the ${cores} cores; using ${cores} workers (more would only take memory)\n`);

  const started = performance.now();
  const totalBytes = inputBytes(args.inputs);
  // Without -j: a worker per core only for a batch large enough to gain from it (standard input's size is not known).
  const concurrency = args.concurrency ?? defaultWorkers(args.inputs.includes('-') ? undefined : totalBytes, cores);
  const state: ProgressState = { done: 0, errors: 0, skipped: 0, bytes: 0, totalBytes, skippedBytes: 0, seconds: 0, retried };
  // A terminal that cannot move the cursor (TERM=dumb, as in Emacs shells) gets plain lines too.
  const tty = io.stderrIsTTY === true && io.env?.TERM !== 'dumb';
  let drawn = false;
  const clearBar = (): void => {
    if (drawn) io.stderr('\r\x1b[K');
    drawn = false;
  };
  const report = (): void => {
    if (quiet) return;
    state.seconds = (performance.now() - started) / 1000;
    if (tty) {
      io.stderr(`\r\x1b[K${progressBar(state)}`);
      drawn = true;
    } else io.stderr(`review-lens: ${progressLine(state)}\n`);
  };
  const timer = setInterval(report, tty ? 200 : args.progressEvery * 1000);
  timer.unref();

  const seen = new Set<string>();
  let duplicateWarned = false;
  const fail = (id: string, error: string): void => {
    const message = error.startsWith('review-lens: ') ? error : `review-lens: ${error}`;
    clearBar();
    io.stderr(`${message}\n`);
    write(`${JSON.stringify({ id, ok: false, error: message })}\n`);
    state.done++;
    state.errors++;
  };
  /** Bytes of the documents handed to the pool and not yet written, in order. */
  const queued: number[] = [];
  /** The other columns or fields of those documents, in the same order. */
  const metas: Array<Record<string, unknown> | undefined> = [];
  const indexer = args.index === null ? null : new IndexBuilder();
  /** With --index, the texts of those documents, in the same order: the index reads the words around each name. */
  const texts: string[] = [];
  /** The work named in a document's `--work-column`, when it has one. */
  const workOf = (meta: Record<string, unknown> | undefined): { work?: string } => {
    const work = args.workColumn === null ? undefined : meta?.[args.workColumn];
    return typeof work === 'string' && work !== '' ? { work } : {};
  };
  const aborted = (): boolean => io.signal?.aborted === true;
  async function* documents(): AsyncGenerator<{ id: string; text: string }> {
    const reader = readInputs(
      args.inputs,
      readOptions(args, io.stdin, (id, error) => {
        // After Ctrl-C the input is let go: an error that brings is not a document's.
        if (!done.has(id) && !aborted()) fail(id, error);
      }),
    );
    for (;;) {
      // Ctrl-C while the input has nothing to give (stdin from a terminal or a quiet pipe) stops at once.
      const next = await raceAbort(reader.next(), io.signal);
      if (next === ABORTED || next.done === true) {
        if (next === ABORTED) void reader.return(undefined).catch(() => undefined);
        else if (done.size && !state.skipped) {
          // Ids of an earlier run that match nothing: most likely another INPUT (ids of files are
          // paths relative to the INPUT given), and every document is being analysed again.
          clearBar();
          io.stderr(`review-lens: --resume: none of the ${plural(done.size, 'id')} in ${args.out} is an id of these inputs, so nothing was skipped (ids of files are their paths relative to the INPUT given)\n`);
        }
        return;
      }
      const doc = next.value;
      if (aborted() || writeFailure !== null) return;
      if (seen.has(doc.id) && !duplicateWarned) {
        duplicateWarned = true;
        clearBar();
        io.stderr(`review-lens: the id "${doc.id}" appears more than once; --resume takes such ids as done once any copy is\n`);
      }
      seen.add(doc.id);
      if (done.has(doc.id)) {
        state.skipped++;
        state.skippedBytes += doc.bytes;
        continue;
      }
      queued.push(doc.bytes);
      metas.push(doc.meta);
      if (indexer) texts.push(doc.text);
      yield { id: doc.id, text: doc.text };
    }
  }

  try {
    for await (const result of analyzeReviewsAsJson(documents(), { concurrency, works: args.works, maxLength: args.maxLength })) {
      // Only analysed documents count towards the speed; a refused one still counts as done.
      const bytes = queued.shift() ?? 0;
      if (result.ok) state.bytes += bytes;
      else state.failedBytes = (state.failedBytes ?? 0) + bytes;
      const meta = metas.shift();
      const text = indexer ? texts.shift() : undefined;
      if (result.ok) {
        if (indexer) indexer.add({ id: result.id, ...workOf(meta), analysis: JSON.parse(result.json) as ReviewAnalysis, ...(text === undefined ? {} : { text }) });
        // The line JSON.stringify of { id, ok, meta?, analysis } gives, the analysis's JSON as the worker made it.
        write(`{"id":${JSON.stringify(result.id)},"ok":true,${meta ? `"meta":${JSON.stringify(meta)},` : ''}"analysis":${result.json}}\n`);
        state.done++;
      } else fail(result.id, result.error);
      if (aborted() || writeFailure !== null) break;
    }
  } finally {
    clearInterval(timer);
    if (out !== null) closeSync(out);
  }
  state.seconds = (performance.now() - started) / 1000;
  clearBar();
  if (writeFailure !== null) {
    io.stderr(`review-lens: ${writeFailure}; the documents written before are kept${args.out ? '; run again with --resume once it can be written' : ''}\n`);
    return 1;
  }
  if (aborted()) {
    io.stderr(`review-lens: interrupted after ${plural(state.done, 'document')}; ${state.done === 1 ? 'it is' : 'they are all'} written${args.out ? `; run again with --resume to continue` : ''}\n`);
    return interruptedCode(io.signal);
  }
  if (!quiet) io.stderr(`${summaryLine(state)}\n`);
  if (indexer && args.index !== null) {
    try {
      writeFileSync(args.index, `${JSON.stringify(indexer.finish(), null, 2)}\n`);
    } catch (e) {
      io.stderr(`review-lens: ${writeError(args.index, e)}\n`);
      return 1;
    }
  }
  if (tables && !(await writeTablesReport(tables, io))) return 1;
  return state.errors ? 1 : 0;
}
