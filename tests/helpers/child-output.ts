/** What a spawned CLI prints, collected as it comes, for the tests that signal it mid-run. */
import type { ChildProcess } from 'node:child_process';

/** The child's standard output and error so far, and a promise of its first full output line. */
export interface ChildOutput {
  out: () => string;
  err: () => string;
  firstLine: Promise<void>;
}

/** Collects `child`'s standard output and error (both must be pipes). */
export function collectOutput(child: ChildProcess): ChildOutput {
  let out = '';
  let err = '';
  child.stderr?.on('data', (d: Buffer) => (err += d.toString()));
  const firstLine = new Promise<void>((resolve) => {
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('\n')) resolve();
    });
  });
  return { out: () => out, err: () => err, firstLine };
}
