/**
 * `--resume`: the ids already in an output file. A run killed in the middle of a write can leave
 * a last line without its end; that line is cut off (the document is done again), so the file
 * holds only whole lines and every id at most once.
 */
import { closeSync, existsSync, ftruncateSync, openSync, readSync } from 'node:fs';
import { LineSplitter } from './line-splitter';

/** Bytes read at a time. */
const CHUNK = 1 << 20;

/**
 * Reads the ids of an existing JSONL output, and cuts off a torn last line.
 *
 * @returns The ids, and how many bytes were cut off.
 */
export function resumeIds(path: string): { ids: Set<string>; cut: number } {
  const ids = new Set<string>();
  if (!existsSync(path)) return { ids, cut: 0 };
  const fd = openSync(path, 'r+');
  try {
    const buffer = Buffer.alloc(CHUNK);
    const decoder = new TextDecoder();
    const splitter = new LineSplitter();
    let position = 0;
    /** The byte just after the last line end seen. */
    let lastEnd = 0;
    for (;;) {
      const n = readSync(fd, buffer, 0, CHUNK, position);
      if (n === 0) break;
      const newline = buffer.lastIndexOf(10, n - 1);
      if (newline !== -1) lastEnd = position + newline + 1;
      position += n;
      for (const line of splitter.push(decoder.decode(buffer.subarray(0, n), { stream: true }))) {
        const id = idOf(line);
        if (id !== null) ids.add(id);
      }
    }
    // Everything up to the last line end is whole; what follows it (`position` is now the file's
    // size) is a torn line.
    if (lastEnd < position) ftruncateSync(fd, lastEnd);
    return { ids, cut: position - lastEnd };
  } finally {
    closeSync(fd);
  }
}

/** The `id` of one output line, or null when the line is not a result. */
function idOf(line: string): string | null {
  try {
    const value = JSON.parse(line) as { id?: unknown };
    return typeof value.id === 'string' ? value.id : null;
  } catch {
    return null;
  }
}
