/**
 * Opening `--out` for result lines, shared by `batch` and `collect`: a directory is refused, and so
 * is a file that is not empty unless `--resume` (continue it) or `--force` (replace it) says what to
 * do with it; `--resume` reads the ids it holds.
 */
import { openSync, statSync } from 'node:fs';
import { plural } from '../../text/plural';
import type { CliIo } from '../cli-io';
import { writeError } from '../file-errors';
import { resumeIds } from './resume-ids';

/** The flags that say where results go and what to do with a file already there. */
export interface OutputFlags {
  out: string | null;
  resume: boolean;
  force: boolean;
}

/** An opened output: its descriptor (null for standard output), the ids already in it, and how many of those were failures to try again. */
export interface OpenedOutput {
  fd: number | null;
  done: Set<string>;
  retried: number;
}

/**
 * Opens `--out` (or takes standard output). With `keepFailed`, a failure line recorded in the file
 * counts as done (`collect` writes each result once); without, it is tried again (`batch`). Gives
 * the exit code when the run cannot go on: 2 for a file it may not touch, 1 when it cannot be opened.
 */
export function openOutput(flags: OutputFlags, io: CliIo, { keepFailed = false }: { keepFailed?: boolean } = {}): OpenedOutput | number {
  const out = flags.out;
  if (out === null) return { fd: null, done: new Set(), retried: 0 };
  try {
    const stat = statSync(out, { throwIfNoEntry: false });
    if (stat?.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    if (stat && stat.size > 0 && !flags.resume && !flags.force) {
      io.stderr(`review-lens: expected --out to be a new or empty file, got ${out} (${stat.size} bytes); add --resume to continue it or --force to replace it\n`);
      return 2;
    }
    let done = new Set<string>();
    let retried = 0;
    if (flags.resume) {
      const resumed = resumeIds(out, { keepFailed });
      if ('error' in resumed) {
        io.stderr(`review-lens: ${resumed.error}\n`);
        return 2;
      }
      done = resumed.ids;
      retried = resumed.retried;
      if (resumed.cut) io.stderr(`review-lens: ${out}: cut off a torn last line (${resumed.cut} bytes); that ${keepFailed ? 'result is written' : 'document is done'} again\n`);
      if (retried) io.stderr(`review-lens: ${out}: ${plural(retried, 'document')} recorded as failed ${retried === 1 ? 'is' : 'are'} tried again\n`);
    }
    return { fd: openSync(out, flags.resume ? 'a' : 'w'), done, retried };
  } catch (e) {
    io.stderr(`review-lens: ${writeError(out, e)}\n`);
    return 1;
  }
}
