/**
 * The command-line tool, as a function of its arguments and streams so it can be tested without
 * spawning a process. `main.ts` wires it to the real process.
 */
import { closeSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { analyzeReview } from '../analyze-review';
import type { ReviewAnalysis } from '../types';
import { renderReport } from '../report/render-report';
import { formatPretty } from './format-pretty';
import { decodeText, readText } from './read-text';

/** Where the CLI reads and writes. */
export interface CliIo {
  stdout: (chunk: string) => void;
  stderr: (chunk: string) => void;
  /** Reads all of standard input, as bytes. */
  readStdin: () => Promise<Uint8Array>;
  /** Aborted when the user interrupts (Ctrl-C): the run stops after the current file. */
  signal?: AbortSignal;
  /** Standard input as a stream of bytes, for `batch -` (JSONL read as it comes). */
  stdin?: AsyncIterable<Uint8Array>;
  /** Whether stderr is a terminal: `batch` then draws a progress bar instead of plain lines. */
  stderrIsTTY?: boolean;
}

/** The package version the CLI reports; set at build time from package.json. */
declare const __VERSION__: string | undefined;
const VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0-dev';

export const USAGE = `Usage: review-lens [options] [FILE...]
       review-lens report [--out FILE] FILE     one self-contained HTML page of the analysis
       review-lens batch [options] INPUT...     many documents on all cores, JSON lines
                                                (see review-lens batch --help)

Analyses review-style text and prints the analysis as JSON.
  no FILE       read standard input
  one FILE      print its analysis as JSON
  FILE FILE...  print one JSON line per file: {"file", "analysis"} or {"file", "error"}
  -             standard input, among files

Options:
  --pretty         print a short human summary instead of JSON
  --out FILE       write the output to FILE (through a temporary file and a rename)
  --work TITLE     a work title to find and mask for sentiment (repeatable)
  -h, --help       show this help
  -v, --version    show the version
`;

interface Parsed {
  /** `review-lens report FILE`: an HTML page instead of JSON. */
  report: boolean;
  pretty: boolean;
  works: string[];
  files: string[];
  out: string | null;
}

function parse(argv: readonly string[]): Parsed | { error: string } | { help: true } | { version: true } {
  const parsed: Parsed = { report: argv[0] === 'report', pretty: false, works: [], files: [], out: null };
  for (let i = parsed.report ? 1 : 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--') {
      parsed.files.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '-h' || arg === '--help') return { help: true };
    if (arg === '-v' || arg === '--version') return { version: true };
    if (arg === '--pretty') parsed.pretty = true;
    else if (arg === '--out' || arg.startsWith('--out=')) {
      const value = arg === '--out' ? argv[++i] : arg.slice('--out='.length);
      if (!value) return { error: 'expected a file name after --out, got nothing' };
      parsed.out = value;
    }
    else if (arg === '--work' || arg.startsWith('--work=')) {
      const value = arg === '--work' ? argv[++i] : arg.slice('--work='.length);
      if (!value) return { error: 'expected a title after --work, got nothing' };
      parsed.works.push(value);
    } else if (arg.startsWith('-') && arg !== '-') return { error: `expected a known option, got "${arg}"` };
    else parsed.files.push(arg);
  }
  return parsed;
}

/** Where the results go: standard output, or a temporary file renamed into place at the end. */
interface Sink {
  write(chunk: string): void;
  /** Renames the temporary file into place (or does nothing for standard output). */
  commit(): void;
  /** Drops the temporary file: an interrupted run leaves no truncated output. */
  abandon(): void;
}

function sinkFor(out: string | null, io: CliIo): Sink | { error: string } {
  if (out === null) return { write: io.stdout, commit: () => undefined, abandon: () => undefined };
  const tmp = `${out}.${process.pid}.tmp`;
  let fd: number;
  try {
    fd = openSync(tmp, 'w');
  } catch (e) {
    return { error: `${out}: cannot write (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` };
  }
  return {
    write: (chunk) => void writeSync(fd, chunk),
    commit: () => {
      closeSync(fd);
      renameSync(tmp, out);
    },
    abandon: () => {
      closeSync(fd);
      unlinkSync(tmp);
    },
  };
}

/**
 * Runs the CLI. Returns the exit code: 0 when every input was analysed, 1 when any could not be
 * read or analysed (the others are still done), 2 for a usage mistake, 130 when interrupted.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  if (argv[0] === 'batch') {
    // Loaded only for batch runs: it brings the worker pool.
    const { runBatch } = await import('./batch/run-batch');
    return runBatch(argv.slice(1), io);
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
  if (parsed.report && parsed.files.length !== 1) {
    io.stderr(`review-lens: expected one FILE after report, got ${parsed.files.length}\n\n${USAGE}`);
    return 2;
  }
  const files = parsed.files.length ? parsed.files : ['-'];
  const single = files.length === 1;
  const sink = sinkFor(parsed.out, io);
  if ('error' in sink) {
    io.stderr(`review-lens: ${sink.error}\n`);
    return 2;
  }
  let status = 0;
  const interrupted = (): boolean => {
    if (!io.signal?.aborted) return false;
    sink.abandon();
    io.stderr('review-lens: interrupted; nothing was written\n');
    return true;
  };
  for (const file of files) {
    if (interrupted()) return INTERRUPTED;
    const label = file === '-' ? '(stdin)' : file;
    const read = file === '-' ? decodeText(await io.readStdin(), label) : readText(file);
    let result: { analysis: ReviewAnalysis } | { error: string };
    if ('error' in read) result = read;
    else {
      try {
        result = { analysis: analyzeReview(read.text, { works: parsed.works }) };
      } catch (e) {
        result = { error: `${label}: ${(e as Error).message}` };
      }
    }
    if (interrupted()) return INTERRUPTED;
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
  sink.commit();
  return status;
}

/** The exit code of an interrupted run (128 + SIGINT). */
export const INTERRUPTED = 130;
