#!/usr/bin/env node
/** The `review-lens` command: wires {@link runCli} to the process. */
import { reasonOf } from './file-errors';
import { onInterrupt } from './interrupt';
import { runCli } from './run-cli';
import { removeTemps } from './temp-files';

// However the process ends (a second Ctrl-C exits at once), no temporary output file stays.
process.on('exit', removeTemps);

// Ctrl-C or SIGTERM: finish the document at hand, keep what is written, exit 130 (143). A second
// one exits at once.
const signal = onInterrupt();

// The reader of standard output went away (`review-lens batch dir | head`): stop quietly, as
// Unix tools do, instead of crashing with an unhandled EPIPE. Any other failure to write it (a
// full disk) is one line and exit code 1.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  process.stderr.write(`review-lens: standard output: cannot write (${reasonOf(e)})\n`);
  process.exit(1);
});

runCli(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  signal,
  stdin: process.stdin,
  stderrIsTTY: process.stderr.isTTY,
  env: process.env,
}).then(
  (code) => {
    process.exitCode = code;
    // A run that stopped early (Ctrl-C while waiting for input, the length limit) lets go of
    // standard input, or the process would wait for it to end.
    process.stdin.destroy();
  },
  (e: unknown) => {
    // Not a failure the commands know: still one line, no stack trace.
    process.stderr.write(`review-lens: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  },
);
