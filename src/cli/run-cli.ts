/**
 * The command-line tool, as a function of its arguments and streams so it can be tested without
 * spawning a process. `main.ts` wires it to the real process.
 */
import { closeSync, openSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { analyzeReview } from '../analyze-review';
import { DEFAULT_MAX_LENGTH, type ReviewAnalysis } from '../types';
import { plural } from '../text/plural';
import { renderReport } from '../report/render-report';
import { clashingInput } from './clashing-input';
import { writeError } from './file-errors';
import { formatPretty } from './format-pretty';
import { interruptedCode, nextTurn } from './interrupt';
import { maxLengthValue } from './max-length';
import { ABORTED, decodeText, readStream, readText, type ReadResult } from './read-text';
import { trackTemp, untrackTemp } from './temp-files';
import type { CliIo } from './cli-io';

/** The package version the CLI reports; set at build time from package.json. */
declare const __VERSION__: string | undefined;
const VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0-dev';

export const USAGE = `Usage: review-lens [options] [FILE...]
       review-lens report [--out FILE] FILE     one self-contained HTML page of the analysis
       review-lens batch [options] INPUT...     many documents on all cores, JSON lines
                                                (see review-lens batch --help)
       review-lens index [options] RESULTS...   the cross-review index of batch output
                                                (see review-lens index --help)
       review-lens report --index INDEX [--out FILE]
                                                one self-contained HTML page of an index
       review-lens worker|enqueue|collect --redis URL
                                                batch analysis through a Redis queue
                                                (see review-lens worker --help)

Analyses review-style text and prints the analysis as JSON.
  no FILE       read standard input
  one FILE      print its analysis as JSON
  FILE FILE...  print one JSON line per file: {"file", "analysis"} or {"file", "error"}
  -             standard input, among files

Options:
  --pretty         print a short human summary instead of JSON
  --format jsonl   one JSON line per document as each is done, {"id", "ok", "analysis"}
                   (as review-lens batch writes, one document at a time): standard input is
                   JSONL, or plain text with one document per line, for pipelines
                   (xargs, GNU parallel, Spark's RDD.pipe); --format json is the default
  --out FILE       write the output to FILE (through a temporary file and a rename);
                   FILE may not be one of the inputs
  --work TITLE     a work title to find and mask for sentiment (repeatable)
  --max-length N   refuse a text longer than N characters (default 10000000)
  -h, --help       show this help
  -v, --version    show the version
A value may also follow an = sign: --out=FILE, --work=TITLE, --max-length=N.

Exit codes:
  0    every input was analysed
  1    an input could not be read or analysed (the others are still done; a text longer than
       --max-length is refused, and standard input is read no further), or the output cannot
       be written (an --out in a directory that does not exist, a full disk)
  2    a usage mistake (an unknown option, a missing value); nothing is read or written
  130  Ctrl-C (143 on SIGTERM): stops after the file at hand, keeps the results of the files done

Examples:
  review-lens review.txt > analysis.json
  review-lens --pretty reviews/*.txt
  cat review.txt | review-lens --work "All of Us Are Dead" --out analysis.json
  review-lens report review.txt --out report.html
  review-lens batch reviews/ -j2 --out results.jsonl
`;

interface Parsed {
  /** `review-lens report FILE`: an HTML page instead of JSON. */
  report: boolean;
  pretty: boolean;
  works: string[];
  files: string[];
  out: string | null;
  /** `--max-length N`: the longest text analysed, in characters. */
  maxLength: number;
  /** `--format jsonl`: stream result lines, as `batch` writes them, instead of JSON. */
  jsonl: boolean;
}

function parse(argv: readonly string[]): Parsed | { error: string } | { help: true } | { version: true } {
  const parsed: Parsed = { report: argv[0] === 'report', pretty: false, works: [], files: [], out: null, maxLength: DEFAULT_MAX_LENGTH, jsonl: false };
  for (let i = parsed.report ? 1 : 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--') {
      parsed.files.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '-h' || arg === '--help') return { help: true };
    if (arg === '-v' || arg === '--version') return { version: true };
    if (arg === '--pretty') parsed.pretty = true;
    else if (arg === '--format' || arg.startsWith('--format=')) {
      const value = arg === '--format' ? argv[++i] : arg.slice('--format='.length);
      if (value !== 'json' && value !== 'jsonl') return { error: `expected --format json or jsonl, got ${value ? `"${value}"` : 'nothing'}` };
      parsed.jsonl = value === 'jsonl';
    }
    else if (arg === '--out' || arg.startsWith('--out=')) {
      const value = arg === '--out' ? argv[++i] : arg.slice('--out='.length);
      if (!value) return { error: 'expected a file name after --out, got nothing' };
      parsed.out = value;
    }
    else if (arg === '--work' || arg.startsWith('--work=')) {
      const value = arg === '--work' ? argv[++i] : arg.slice('--work='.length);
      if (!value) return { error: 'expected a title after --work, got nothing' };
      parsed.works.push(value);
    } else if (arg === '--max-length' || arg.startsWith('--max-length=')) {
      const value = arg === '--max-length' ? argv[++i] : arg.slice('--max-length='.length);
      const n = maxLengthValue(value);
      if (typeof n !== 'number') return n;
      parsed.maxLength = n;
    } else if (arg.startsWith('-') && arg !== '-') return { error: `expected a known option, got "${arg}"` };
    else parsed.files.push(arg);
  }
  return parsed;
}

/** Where the results go: standard output, or a temporary file renamed into place at the end. */
interface Sink {
  /** Writes a chunk; throws an {@link OutputError} when it cannot. */
  write(chunk: string): void;
  /** Renames the temporary file into place (or does nothing for standard output). */
  commit(): void;
  /** Drops the temporary file: a run that wrote nothing whole leaves no output. */
  abandon(): void;
}

/** The output cannot be written (no space left, permission denied, …): the run stops with this one line. */
class OutputError extends Error {}

function sinkFor(out: string | null, io: CliIo): Sink {
  if (out === null) return { write: io.stdout, commit: () => undefined, abandon: () => undefined };
  const stat = statSync(out, { throwIfNoEntry: false });
  if (stat?.isDirectory()) throw new OutputError(writeError(out, Object.assign(new Error('is a directory'), { code: 'EISDIR' })));
  // A device or pipe (/dev/null, a FIFO) is written to as it is: renaming a file over it would replace it.
  if (stat && !stat.isFile()) return directSink(out);
  const tmp = `${out}.${process.pid}.tmp`;
  let fd: number;
  try {
    fd = openSync(tmp, 'w');
  } catch (e) {
    throw new OutputError(writeError(out, e));
  }
  trackTemp(tmp);
  let open = true;
  const close = (): void => {
    if (open) closeSync(fd);
    open = false;
  };
  const abandon = (): void => {
    try {
      close();
    } catch {
      // Dropped anyway.
    }
    rmSync(tmp, { force: true });
    untrackTemp(tmp);
  };
  return {
    write: (chunk) => writeChunk(fd, out, chunk),
    commit: () => {
      try {
        close();
        renameSync(tmp, out);
        untrackTemp(tmp);
      } catch (e) {
        throw new OutputError(writeError(out, e));
      }
    },
    abandon,
  };
}

/** Writes `chunk` to the open file `fd` of `out`; a failure becomes the one-line {@link OutputError}. */
function writeChunk(fd: number, out: string, chunk: string): void {
  try {
    writeSync(fd, chunk);
  } catch (e) {
    throw new OutputError(writeError(out, e));
  }
}

/** Writes straight to `out`, a device or pipe. */
function directSink(out: string): Sink {
  let fd: number;
  try {
    fd = openSync(out, 'w');
  } catch (e) {
    throw new OutputError(writeError(out, e));
  }
  const close = (): void => {
    try {
      closeSync(fd);
    } catch {
      // Closed already.
    }
  };
  return {
    write: (chunk) => writeChunk(fd, out, chunk),
    commit: close,
    abandon: close,
  };
}

/** A text to analyse, from a file or standard input; {@link ABORTED} when the run was interrupted while reading. */
async function readInput(file: string, label: string, maxLength: number, io: CliIo): Promise<ReadResult | typeof ABORTED> {
  if (file !== '-') return readText(file, maxLength);
  if (io.stdin) return readStream(io.stdin, label, maxLength, io.signal);
  if (io.readStdin) return decodeText(await io.readStdin(), label);
  return { error: `${label}: standard input is not available` };
}

/**
 * Runs the CLI. Returns the exit code: 0 when every input was analysed, 1 when any could not be
 * read or analysed (the others are still done) or the output cannot be written, 2 for a usage
 * mistake, 130 when interrupted (143 for SIGTERM).
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  if (argv[0] === 'batch') {
    // Loaded only for batch runs: it brings the worker pool.
    const { runBatch } = await import('./batch/run-batch');
    return runBatch(argv.slice(1), io);
  }
  if (argv[0] === 'worker' || argv[0] === 'enqueue' || argv[0] === 'collect') {
    // Loaded only for queue runs: it brings BullMQ (an optional dependency).
    const { runQueue } = await import('./run-queue');
    return runQueue(argv[0], argv.slice(1), io);
  }
  if (argv[0] === 'report' && argv.some((a) => a === '--index' || a.startsWith('--index='))) {
    const { runIndexReport } = await import('./run-index-report');
    return runIndexReport(argv.slice(1), io);
  }
  if (argv[0] === 'index') {
    const { runIndex } = await import('./run-index');
    return runIndex(argv.slice(1), io);
  }
  const parsed = parse(argv);
  if ('help' in parsed) {
    io.stdout(USAGE);
    return 0;
  }
  if ('version' in parsed) {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  if ('error' in parsed) {
    io.stderr(`review-lens: ${parsed.error}\n\n${USAGE}`);
    return 2;
  }
  if (parsed.jsonl) {
    if (parsed.report || parsed.pretty) {
      io.stderr(`review-lens: expected --format jsonl without ${parsed.report ? 'report' : '--pretty'}, got both\n\n${USAGE}`);
      return 2;
    }
    // A filter in a pipeline: batch's reader and lines, one document at a time, nothing on stderr but errors.
    const { runBatch } = await import('./batch/run-batch');
    const batchArgs = ['-j', '1', '--max-length', String(parsed.maxLength), ...parsed.works.flatMap((w) => ['--work', w]), ...(parsed.out === null ? [] : ['--out', parsed.out, '--force']), '--', ...(parsed.files.length ? parsed.files : ['-'])];
    return runBatch(batchArgs, io, { quiet: true });
  }
  if (parsed.report && parsed.files.length !== 1) {
    io.stderr(`review-lens: expected one FILE after report, got ${parsed.files.length}\n\n${USAGE}`);
    return 2;
  }
  const files = parsed.files.length ? parsed.files : ['-'];
  const clash = parsed.out === null ? undefined : clashingInput(files, parsed.out);
  if (clash !== undefined) {
    io.stderr(`review-lens: expected --out to be a file no FILE is read from, got ${parsed.out}, which ${clash} reads; nothing was written\n`);
    return 2;
  }
  const single = files.length === 1;
  const { maxLength } = parsed;
  let sink: Sink | null = null;
  let status = 0;
  let done = 0;
  const stopped = (): boolean => io.signal?.aborted === true;
  try {
    sink = sinkFor(parsed.out, io);
    for (const file of files) {
      // Let a Ctrl-C that came during the last (synchronous) analysis be seen.
      await nextTurn();
      if (stopped()) break;
      const label = file === '-' ? '(stdin)' : file;
      const read = await readInput(file, label, maxLength, io);
      if (read === ABORTED) break;
      let result: { analysis: ReviewAnalysis } | { error: string };
      if ('error' in read) result = read;
      else {
        try {
          result = { analysis: analyzeReview(read.text, { works: parsed.works, maxLength }) };
        } catch (e) {
          result = { error: `${label}: ${(e as Error).message.replace(/^review-lens: /, '')}` };
        }
      }
      done++;
      if ('error' in result) {
        status = 1;
        io.stderr(`review-lens: ${result.error}\n`);
        if (!single && !parsed.pretty) sink.write(`${JSON.stringify({ file: label, error: result.error })}\n`);
        continue;
      }
      if (parsed.report && 'text' in read) sink.write(renderReport(result.analysis, read.text));
      else if (parsed.pretty) sink.write(`${formatPretty(result.analysis, label)}\n${single ? '' : '\n'}`);
      else if (single) sink.write(`${JSON.stringify(result.analysis, null, 2)}\n`);
      else sink.write(`${JSON.stringify({ file: label, analysis: result.analysis })}\n`);
    }
    if (stopped()) {
      // Keep what is whole: the results of the files done; a run stopped before any writes nothing.
      if (done === 0) {
        sink.abandon();
        io.stderr('review-lens: interrupted; nothing was written\n');
      } else {
        sink.commit();
        io.stderr(`review-lens: interrupted after ${done} of ${plural(files.length, 'file')}; their results are kept${parsed.out === null ? '' : ` in ${parsed.out}`}\n`);
      }
      return interruptedCode(io.signal);
    }
    sink.commit();
  } catch (e) {
    if (!(e instanceof OutputError)) throw e;
    sink?.abandon();
    io.stderr(`review-lens: ${e.message}\n`);
    return 1;
  }
  return status;
}

/** The exit code of an interrupted run (128 + SIGINT). */
export const INTERRUPTED = 130;
