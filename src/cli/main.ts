#!/usr/bin/env node
/** The `review-lens` command: wires {@link runCli} to the process. */
import { runCli } from './run-cli';

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

// Ctrl-C: finish the file at hand, write nothing half-done, exit 130. A second Ctrl-C exits at once.
const interrupt = new AbortController();
process.once('SIGINT', () => {
  interrupt.abort();
  process.once('SIGINT', () => process.exit(130));
});

// The reader of standard output went away (`review-lens batch dir | head`): stop quietly, as
// Unix tools do, instead of crashing with an unhandled EPIPE.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE') throw e;
  process.exit(0);
});

runCli(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  readStdin,
  signal: interrupt.signal,
  stdin: process.stdin,
  stderrIsTTY: process.stderr.isTTY,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`review-lens: ${(e as Error).stack ?? String(e)}\n`);
    process.exitCode = 1;
  },
);
