/**
 * The command-line tool, as a function of its arguments and streams so it can be tested without
 * spawning a process. `main.ts` wires it to the real process.
 */
import { readFileSync, statSync } from 'node:fs';
import { analyzeReview } from '../analyze-review';
import type { ReviewAnalysis } from '../types';
import { formatPretty } from './format-pretty';

/** Where the CLI reads and writes. */
export interface CliIo {
  stdout: (chunk: string) => void;
  stderr: (chunk: string) => void;
  /** Reads all of standard input. */
  readStdin: () => Promise<string>;
}

/** The package version the CLI reports; set at build time from package.json. */
declare const __VERSION__: string | undefined;
const VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0-dev';

export const USAGE = `Usage: review-lens [options] [FILE...]

Analyses review-style text and prints the analysis as JSON.
  no FILE       read standard input
  one FILE      print its analysis as JSON
  FILE FILE...  print one JSON line per file: {"file", "analysis"} or {"file", "error"}
  -             standard input, among files

Options:
  --pretty         print a short human summary instead of JSON
  --work TITLE     a work title to find and mask for sentiment (repeatable)
  -h, --help       show this help
  -v, --version    show the version
`;

interface Parsed {
  pretty: boolean;
  works: string[];
  files: string[];
}

function parse(argv: readonly string[]): Parsed | { error: string } | { help: true } | { version: true } {
  const parsed: Parsed = { pretty: false, works: [], files: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--') {
      parsed.files.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '-h' || arg === '--help') return { help: true };
    if (arg === '-v' || arg === '--version') return { version: true };
    if (arg === '--pretty') parsed.pretty = true;
    else if (arg === '--work' || arg.startsWith('--work=')) {
      const value = arg === '--work' ? argv[++i] : arg.slice('--work='.length);
      if (!value) return { error: 'expected a title after --work, got nothing' };
      parsed.works.push(value);
    } else if (arg.startsWith('-') && arg !== '-') return { error: `expected a known option, got "${arg}"` };
    else parsed.files.push(arg);
  }
  return parsed;
}

/** Reads a file as text, or says in one line why it cannot. */
function readText(path: string): { text: string } | { error: string } {
  try {
    if (statSync(path).isDirectory()) return { error: `${path}: is a directory` };
    return { text: readFileSync(path, 'utf8') };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { error: `${path}: no such file` };
    if (code === 'EACCES') return { error: `${path}: permission denied` };
    return { error: `${path}: ${(e as Error).message}` };
  }
}

/**
 * Runs the CLI. Returns the exit code: 0 when every input was analysed, 1 when any could not be
 * read or analysed (the others are still done), 2 for a usage mistake.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
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
  const files = parsed.files.length ? parsed.files : ['-'];
  const single = files.length === 1;
  let status = 0;
  for (const file of files) {
    const label = file === '-' ? '(stdin)' : file;
    const read = file === '-' ? { text: await io.readStdin() } : readText(file);
    let result: { analysis: ReviewAnalysis } | { error: string };
    if ('error' in read) result = read;
    else {
      try {
        result = { analysis: analyzeReview(read.text, { works: parsed.works }) };
      } catch (e) {
        result = { error: `${label}: ${(e as Error).message}` };
      }
    }
    if ('error' in result) {
      status = 1;
      io.stderr(`review-lens: ${result.error}\n`);
      if (!single && !parsed.pretty) io.stdout(`${JSON.stringify({ file: label, error: result.error })}\n`);
      continue;
    }
    if (parsed.pretty) io.stdout(`${formatPretty(result.analysis, label)}\n${single ? '' : '\n'}`);
    else if (single) io.stdout(`${JSON.stringify(result.analysis, null, 2)}\n`);
    else io.stdout(`${JSON.stringify({ file: label, analysis: result.analysis })}\n`);
  }
  return status;
}
