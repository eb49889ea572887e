/**
 * `--resume`: the ids already done in an output file. Only a file of result lines is taken: any
 * other file is refused untouched. A run killed in the middle of a write can leave a last line
 * without its end; that line is cut off (the document is done again). Documents recorded as
 * failed (`"ok": false`) are tried again: their lines are taken out of the file (through a
 * temporary file renamed into place), so the file ends with every id at most once.
 */
import { closeSync, ftruncateSync, openSync, readSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { trackTemp, untrackTemp } from '../temp-files';
import { ByteLines, decodeLine } from './byte-lines';

/** Bytes read at a time. */
const CHUNK = 1 << 20;

/** The longest line taken as a result line (an analysis of a text at the default limit fits). */
const MAX_LINE = 1 << 30;

/** What `--resume` found in the output file. */
export interface Resumed {
  /** Ids analysed in an earlier run (`"ok": true`): skipped. */
  ids: Set<string>;
  /** Bytes of a torn last line cut off. */
  cut: number;
  /** Documents recorded as failed, taken out to be tried again. */
  retried: number;
}

/** How a line of the output reads: a result (ok or failed, with its id), or not a result line. */
function resultOf(text: string): { id: string; ok: boolean } | null {
  try {
    const value = JSON.parse(text) as { id?: unknown; ok?: unknown };
    return value !== null && typeof value === 'object' && typeof value.id === 'string' && typeof value.ok === 'boolean' ? { id: value.id, ok: value.ok } : null;
  } catch {
    return null;
  }
}

/** Whether a last line without its end is the start of a result line cut by a kill (`{"id":…`). */
function tornResult(bytes: Uint8Array): boolean {
  const start = '{"id":';
  return start.startsWith(Buffer.from(bytes.subarray(0, start.length)).toString('latin1'));
}

/**
 * Reads the ids of an existing JSONL output, cuts off a torn last line and takes out failed
 * results, or says why the file is not one to resume (and leaves it as it is).
 *
 * @param keepFailed - Keep failed results and count their ids as done (`collect`: a failure
 *   taken off the queue is not given again, so its line must stay).
 * @returns What was found, or `{ error }` for a file that is not review-lens output.
 */
export function resumeIds(path: string, { keepFailed = false }: { keepFailed?: boolean } = {}): Resumed | { error: string } {
  const ids = new Set<string>();
  let size: number;
  try {
    size = statSync(path).size;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { ids, cut: 0, retried: 0 };
    throw e;
  }
  /** Byte ranges of the failed results, to take out. */
  const failed: [number, number][] = [];
  let cut = 0;
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(CHUNK);
    const splitter = new ByteLines(MAX_LINE, false);
    let position = 0;
    let at = 0;
    let lineNumber = 0;
    const notResults = (): { error: string } => ({ error: `expected --out with --resume to be review-lens result lines, got ${path}, whose line ${lineNumber} is not one; it was left as it is` });
    for (;;) {
      const n = position < size ? readSync(fd, buffer, 0, Math.min(CHUNK, size - position), position) : 0;
      const lines = n === 0 ? splitter.end() : splitter.push(buffer.subarray(0, n));
      for (const line of lines) {
        lineNumber++;
        if (line.bytes === null || line.bytes[line.bytes.length - 1] !== 0x0a) {
          // Only the last line can lack its end: the start of a result, cut by a kill, is cut off.
          if (line.bytes !== null && tornResult(line.bytes)) {
            cut = line.size;
            continue;
          }
          return notResults();
        }
        const text = decodeLine(line.bytes, false);
        if (text !== null && text.trim() === '') {
          at += line.size;
          continue;
        }
        const result = text === null ? null : resultOf(text);
        if (result === null) return notResults();
        if (result.ok || keepFailed) ids.add(result.id);
        else failed.push([at, at + line.size]);
        at += line.size;
      }
      if (n === 0) break;
      position += n;
    }
  } finally {
    closeSync(fd);
  }
  if (failed.length) removeRanges(path, failed, size - cut);
  else if (cut) {
    const w = openSync(path, 'r+');
    try {
      ftruncateSync(w, size - cut);
    } finally {
      closeSync(w);
    }
  }
  return { ids, cut, retried: failed.length };
}

/** Rewrites `path` up to `end` without the byte ranges given, through a temporary file renamed into place. */
function removeRanges(path: string, ranges: readonly [number, number][], end: number): void {
  const tmp = `${path}.${process.pid}.tmp`;
  trackTemp(tmp);
  const from = openSync(path, 'r');
  try {
    const to = openSync(tmp, 'w');
    try {
      const buffer = Buffer.alloc(CHUNK);
      const copy = (start: number, stop: number): void => {
        for (let p = start; p < stop; ) {
          const n = readSync(from, buffer, 0, Math.min(CHUNK, stop - p), p);
          if (n === 0) break;
          writeSync(to, buffer, 0, n);
          p += n;
        }
      };
      let p = 0;
      for (const [a, b] of ranges) {
        copy(p, a);
        p = b;
      }
      copy(p, end);
    } finally {
      closeSync(to);
    }
    renameSync(tmp, path);
    untrackTemp(tmp);
  } catch (e) {
    rmSync(tmp, { force: true });
    untrackTemp(tmp);
    throw e;
  } finally {
    closeSync(from);
  }
}
