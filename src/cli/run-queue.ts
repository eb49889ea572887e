/**
 * `review-lens worker`, `review-lens enqueue` and `review-lens collect`: batch analysis through a
 * BullMQ queue on Redis, so that workers on several machines share one run.
 */
import { closeSync, writeSync } from 'node:fs';
import { messageOf } from '../errors';
import { plural } from '../text/plural';
import { DEFAULT_MAX_LENGTH } from '../types';
import { clashingInput } from './clashing-input';
import { writeError } from './file-errors';
import { interruptedCode } from './interrupt';
import { maxLengthValue } from './max-length';
import type { CliIo } from './cli-io';
import { readInputs, readOptions } from './batch/read-inputs';
import { openOutput } from './batch/open-output';
import { tableOutput, writeTablesReport } from './batch/table-output';
import { argsOrExit } from './usage-exit';

/** The help text of the queue commands. */
export const QUEUE_USAGE = `Usage: review-lens worker --redis URL [--queue NAME] [--concurrency N]
       review-lens enqueue INPUT... --redis URL [--queue NAME]
       review-lens collect --redis URL [--queue NAME] [--out FILE] [--resume]

Batch analysis through a BullMQ queue on Redis: enqueue the documents once, start workers on as
many machines as wanted, collect the results. Needs the packages bullmq and ioredis.
  worker    analyses the queue's documents until stopped (Ctrl-C or SIGTERM finish the
            documents at hand), each in a thread of its own
  enqueue   puts documents on the queue, read as review-lens batch reads them (text files,
            directories, .jsonl, .csv, - for JSONL on standard input), several to a
            job; a document is queued once however often it is enqueued
  collect   writes each finished result once, as the same JSON line review-lens batch writes,
            and takes it off Redis; a document that failed every try is an "ok": false line.
            Stops when nothing is left to analyse (or never, with --follow)

Options:
  --redis URL          the Redis server, redis://HOST:PORT (required)
  --queue NAME         the queue (default: review-lens)
  --concurrency N      worker: documents analysed at once, one thread each (default 1)
  --lock-seconds S     worker: a killed worker's documents go back to the queue after this
                       long (default 30)
  --work TITLE         worker: a work title to find and mask for sentiment (repeatable)
  --max-length N       worker and enqueue: refuse a document longer than N characters
                       (default 10000000)
  --text-column NAME   enqueue: the CSV column with the text (default: text)
  --id-column NAME     enqueue: the CSV column with the id (default: id, else FILE:ROW)
  --attempts N         enqueue: tries per job when its worker crashes (default 3)
  --out FILE           collect: write the lines to FILE (default: standard output); an
                       existing FILE that is not empty is refused unless --resume or --force
  --resume             collect: append to FILE, skipping results whose id it has already
  --force              collect: replace an existing FILE
  --follow             collect: keep waiting for results when the queue is empty
  --format F           collect: jsonl (the default), or parquet or csv: --out names a
                       directory, the lines go to DIR/results.jsonl, and once all are in, one
                       table per kind is written beside them (as review-lens batch does)
  -h, --help           show this help

Exit codes: 0 done; 1 a document failed or could not be read, or Redis or FILE failed;
2 a usage mistake; 130 (143) stopped by Ctrl-C (SIGTERM), what was written is kept.

Examples:
  review-lens enqueue reviews/ --redis redis://127.0.0.1:6379
  review-lens worker --redis redis://127.0.0.1:6379 --concurrency 2
  review-lens collect --redis redis://127.0.0.1:6379 --out results.jsonl
`;

interface QueueArgs {
  inputs: string[];
  redis: string | null;
  queue: string | undefined;
  concurrency: number | undefined;
  lockSeconds: number | undefined;
  attempts: number | undefined;
  works: string[];
  maxLength: number;
  textColumn: string;
  idColumn: string | null;
  out: string | null;
  resume: boolean;
  force: boolean;
  follow: boolean;
  format: string;
}

type Command = 'worker' | 'enqueue' | 'collect';

/** Which options each command takes. */
const OPTIONS: Record<Command, ReadonlySet<string>> = {
  worker: new Set(['--redis', '--queue', '--concurrency', '--lock-seconds', '--work', '--max-length']),
  enqueue: new Set(['--redis', '--queue', '--max-length', '--text-column', '--id-column', '--attempts']),
  collect: new Set(['--redis', '--queue', '--out', '--resume', '--force', '--follow', '--format']),
};

const FLAGS = new Set(['--resume', '--force', '--follow']);

function parseQueue(command: Command, argv: readonly string[]): QueueArgs | { error: string } | { help: true } {
  const args: QueueArgs = { inputs: [], redis: null, queue: undefined, concurrency: undefined, lockSeconds: undefined, attempts: undefined, works: [], maxLength: DEFAULT_MAX_LENGTH, textColumn: 'text', idColumn: null, out: null, resume: false, force: false, follow: false, format: 'jsonl' };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--' && command === 'enqueue') {
      args.inputs.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '-h' || arg === '--help') return { help: true };
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = eq === -1 ? arg : arg.slice(0, eq);
    if (!arg.startsWith('-') || arg === '-') {
      if (command !== 'enqueue') return { error: `expected no INPUT for ${command}, got "${arg}"` };
      args.inputs.push(arg);
      continue;
    }
    if (!OPTIONS[command].has(name)) return { error: `expected a known ${command} option, got "${arg}"` };
    if (FLAGS.has(name)) {
      if (name === '--resume') args.resume = true;
      else if (name === '--force') args.force = true;
      else args.follow = true;
      continue;
    }
    const value = eq === -1 ? argv[++i] : arg.slice(eq + 1);
    if (!value) return { error: `expected a value after ${name}, got nothing` };
    if (name === '--max-length') {
      const n = maxLengthValue(value);
      if (typeof n !== 'number') return n;
      args.maxLength = n;
    } else if (name === '--concurrency' || name === '--attempts' || name === '--lock-seconds') {
      const n = Number(value);
      if (name === '--lock-seconds' ? !(n > 0) : !Number.isInteger(n) || n < 1) return { error: `expected a positive ${name === '--lock-seconds' ? 'number' : 'whole number'} after ${name}, got "${value}"` };
      if (name === '--concurrency') args.concurrency = n;
      else if (name === '--attempts') args.attempts = n;
      else args.lockSeconds = n;
    } else if (name === '--redis') args.redis = value;
    else if (name === '--queue') args.queue = value;
    else if (name === '--work') args.works.push(value);
    else if (name === '--text-column') args.textColumn = value;
    else if (name === '--id-column') args.idColumn = value;
    else if (name === '--format') {
      if (value !== 'jsonl' && value !== 'parquet' && value !== 'csv') return { error: `expected --format jsonl, parquet or csv, got "${value}"` };
      args.format = value;
    }
    else args.out = value;
  }
  if (args.redis === null) return { error: 'expected --redis URL (redis://HOST:PORT), got none' };
  if (!/^rediss?:\/\//.test(args.redis)) return { error: `expected --redis to be a URL like redis://HOST:PORT, got "${args.redis}"` };
  if (args.queue !== undefined && args.queue.includes(':')) return { error: `expected a --queue name without ":", got "${args.queue}"` };
  if (command === 'enqueue' && !args.inputs.length) return { error: 'expected at least one INPUT (file, directory, .jsonl, .csv or -), got none' };
  if (args.resume && args.out === null) return { error: 'expected --out FILE with --resume, got no --out' };
  if (args.resume && args.force) return { error: 'expected --resume or --force, got both' };
  return args;
}

/** Waits until the signal is aborted (a worker runs until it is stopped). */
function aborted(signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    if (!signal || signal.aborted) resolve();
    else signal.addEventListener('abort', () => resolve(), { once: true });
  });
}

async function runWorker(args: QueueArgs, io: CliIo): Promise<number> {
  const { createWorker } = await import('../queue/create-worker');
  const { worker, close } = await createWorker({
    redis: args.redis as string,
    ...(args.queue ? { queue: args.queue } : {}),
    ...(args.concurrency ? { concurrency: args.concurrency } : {}),
    ...(args.lockSeconds ? { lockDuration: Math.max(1, Math.round(args.lockSeconds * 1000)) } : {}),
    works: args.works,
    maxLength: args.maxLength,
  });
  let lastError = '';
  worker.on('error', (e) => {
    // A connection that drops is retried by ioredis: say so once per distinct reason, not per retry.
    const message = messageOf(e);
    if (message !== lastError) io.stderr(`review-lens: worker: ${message}\n`);
    lastError = message;
  });
  worker.on('failed', (job, e) => {
    if (!job) return;
    const ids = ((job.data as { docs?: Array<{ id?: string }> }).docs ?? []).map((d) => String(d.id));
    const which = ids.length === 1 ? ids[0] : ids.length ? `${ids[0]} and ${plural(ids.length - 1, 'other document')} in its job` : job.id;
    io.stderr(`review-lens: worker: ${which}: try ${job.attemptsMade} failed: ${e.message}\n`);
  });
  io.stderr(`review-lens: worker on queue "${args.queue ?? 'review-lens'}" at ${args.redis}, ${plural(args.concurrency ?? 1, 'thread')}; Ctrl-C or SIGTERM to stop\n`);
  await aborted(io.signal);
  io.stderr('review-lens: worker stopping after the documents at hand\n');
  await close();
  return interruptedCode(io.signal);
}

async function runEnqueue(args: QueueArgs, io: CliIo): Promise<number> {
  const { enqueue } = await import('../queue/enqueue');
  let failed = 0;
  const documents = readInputs(
    args.inputs,
    readOptions(args, io.stdin, (_id, error) => {
      failed++;
      io.stderr(`review-lens: ${error}; not queued\n`);
    }),
  );
  async function* strip(): AsyncGenerator<{ id: string; text: string; meta?: Record<string, unknown> }> {
    for await (const doc of documents) {
      if (io.signal?.aborted) return;
      yield doc.meta ? { id: doc.id, text: doc.text, meta: doc.meta } : { id: doc.id, text: doc.text };
    }
  }
  const summary = await enqueue(strip(), {
    redis: args.redis as string,
    ...(args.queue ? { queue: args.queue } : {}),
    ...(args.attempts ? { attempts: args.attempts } : {}),
  });
  io.stderr(`review-lens: queued ${plural(summary.added, 'document')}${summary.skipped ? ` (${summary.skipped} already queued or collected)` : ''}${failed ? `; ${plural(failed, 'input')} could not be read` : ''}\n`);
  if (io.signal?.aborted) return interruptedCode(io.signal);
  return failed ? 1 : 0;
}

async function runCollect(args: QueueArgs, io: CliIo): Promise<number> {
  const tables = tableOutput(args, io);
  if (typeof tables === 'number') return tables;
  const out = args.out;
  const opened = openOutput(args, io, { keepFailed: true });
  if (typeof opened === 'number') return opened;
  const { fd, done: skip } = opened;
  const { collect } = await import('../queue/collect');
  let written = 0;
  let errors = 0;
  let writeFailure: string | null = null;
  const stop = new AbortController();
  io.signal?.addEventListener('abort', () => stop.abort(io.signal?.reason), { once: true });
  try {
    for await (const r of collect({ redis: args.redis as string, ...(args.queue ? { queue: args.queue } : {}), follow: args.follow, skip, signal: stop.signal })) {
      const line = `${r.json}\n`;
      if (fd === null) io.stdout(line);
      else {
        try {
          writeSync(fd, line);
        } catch (e) {
          // Not written: the loop stops before asking for the next, so this result stays on Redis.
          writeFailure = writeError(out as string, e);
          break;
        }
      }
      written++;
      if (!r.ok) errors++;
    }
  } finally {
    if (fd !== null) closeSync(fd);
  }
  if (writeFailure !== null) {
    io.stderr(`review-lens: ${writeFailure}; the results written before are kept, the others stay on the queue\n`);
    return 1;
  }
  io.stderr(`review-lens: collected ${plural(written, 'result')}${errors ? `, ${errors} failed` : ''}${skip.size ? ` (${plural(skip.size, 'id')} already in ${out})` : ''}\n`);
  if (io.signal?.aborted) {
    if (tables) io.stderr(`review-lens: no tables written; collect again with --resume to finish ${out} and write them\n`);
    return interruptedCode(io.signal);
  }
  if (tables && !(await writeTablesReport(tables, io))) return 1;
  return errors ? 1 : 0;
}

/**
 * Runs `review-lens worker`, `enqueue` or `collect`. Returns the exit code: 0 when done, 1 when a
 * document failed or something could not be read or written, 2 for a usage mistake, 130 (143)
 * when stopped by Ctrl-C (SIGTERM).
 */
export async function runQueue(command: Command, argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = argsOrExit(parseQueue(command, argv), QUEUE_USAGE, io);
  if (typeof parsed === 'number') return parsed;
  if (parsed.out !== null && clashingInput(parsed.inputs, parsed.out) !== undefined) {
    io.stderr(`review-lens: expected --out to be a file no INPUT is read from, got ${parsed.out}\n`);
    return 2;
  }
  try {
    if (command === 'worker') return await runWorker(parsed, io);
    if (command === 'enqueue') return await runEnqueue(parsed, io);
    return await runCollect(parsed, io);
  } catch (e) {
    const message = messageOf(e);
    io.stderr(`${message.startsWith('review-lens: ') ? message : `review-lens: ${command}: ${message}`}\n`);
    return 1;
  }
}
