/**
 * Reading a text for the CLI, or saying in one line why it cannot be read. Shared by the plain
 * command and `review-lens batch`. Reads are bounded: nothing longer than the text limit
 * (`maxLength`) is held in memory, whatever the file or standard input holds.
 */
import { closeSync, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { DEFAULT_MAX_LENGTH } from '../types';
import { fileError } from './file-errors';
import { ABORTED, raceAbort } from './interrupt';

export { fileError } from './file-errors';
export { ABORTED } from './interrupt';

/** How many leading bytes are searched for a NUL byte, the mark of a binary file. */
const BINARY_PROBE = 8000;

/** Bytes read at a time from a file that is not a regular one (a pipe, a device). */
const CHUNK = 1 << 16;

/** What reading gave: the text and its size in bytes, or the reason there is none (`x.txt: no such file`). */
export type ReadResult = { text: string; bytes: number } | { error: string };

/**
 * The most bytes of UTF-8 a text of `maxChars` UTF-16 code units can take: 3 per code unit (a
 * character outside the BMP is 4 bytes for 2 code units). A longer input cannot be short enough.
 */
export function maxBytesFor(maxChars: number): number {
  return 3 * maxChars;
}

/** The one-line error for an input over the limit. */
export function tooLong(label: string, maxChars: number, got: string): string {
  return `${label}: expected text of at most ${maxChars} characters (options.maxLength), got ${got}`;
}

/** Decodes bytes as UTF-8 text, or says why they are not text. */
export function decodeText(bytes: Uint8Array, label: string): ReadResult {
  if (bytes.subarray(0, BINARY_PROBE).includes(0)) return { error: `${label}: is a binary file, not text` };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), bytes: bytes.length };
  } catch {
    return { error: `${label}: is not UTF-8 text` };
  }
}

/**
 * Whether a regular file changed while it was read: its size or modification time differ after
 * the read, or the read did not give as many bytes as it had.
 */
export function changedWhileRead(before: Pick<Stats, 'size' | 'mtimeMs'>, after: Pick<Stats, 'size' | 'mtimeMs'>, bytesRead: number): boolean {
  return after.size !== before.size || after.mtimeMs !== before.mtimeMs || bytesRead !== before.size;
}

/** The one-line error for a file that changed while it was read. */
export function changedError(label: string): string {
  return `${label}: changed while it was read; run again once it is complete`;
}

/**
 * Reads a file as text, or says in one line why it cannot: missing, a directory, binary, not
 * UTF-8, longer than `maxChars` (told from its size, before reading), or changed while read.
 */
export function readText(path: string, maxChars: number = DEFAULT_MAX_LENGTH): ReadResult {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (e) {
    return { error: fileError(path, e) };
  }
  try {
    const before = fstatSync(fd);
    if (before.isDirectory()) return { error: `${path}: is a directory` };
    const limit = maxBytesFor(maxChars);
    if (before.isFile() && before.size > limit) return { error: tooLong(path, maxChars, `a file of ${before.size} bytes`) };
    // A regular file is read into a buffer one byte larger than its size, so growth shows; a
    // pipe or device in chunks, up to the limit.
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const room = Math.min(before.isFile() ? before.size + 1 - total : CHUNK, limit + 1 - total);
      if (room <= 0) break;
      const buffer = Buffer.allocUnsafe(room);
      const n = readSync(fd, buffer, 0, room, null);
      if (n === 0) break;
      chunks.push(buffer.subarray(0, n));
      total += n;
    }
    if (total > limit) return { error: tooLong(path, maxChars, `more than ${limit} bytes`) };
    if (before.isFile() && changedWhileRead(before, fstatSync(fd), total)) return { error: changedError(path) };
    return decodeText(chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks), path);
  } catch (e) {
    return { error: fileError(path, e) };
  } finally {
    closeSync(fd);
  }
}

/**
 * Reads a stream (standard input) as text, and stops reading as soon as it holds more than
 * `maxChars`: `yes | review-lens` ends with an error instead of filling memory. Stops too when
 * `signal` is aborted (Ctrl-C while waiting for input), giving {@link ABORTED}.
 */
export async function readStream(source: AsyncIterable<Uint8Array>, label: string, maxChars: number, signal?: AbortSignal): Promise<ReadResult | typeof ABORTED> {
  const iterator = source[Symbol.asyncIterator]();
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const parts: string[] = [];
  let chars = 0;
  let bytes = 0;
  let probed = false;
  try {
    for (;;) {
      const r = await raceAbort(iterator.next(), signal);
      if (r === ABORTED) return ABORTED;
      if (r.done) break;
      const chunk = r.value;
      if (!probed && chunk.subarray(0, BINARY_PROBE).includes(0)) return { error: `${label}: is a binary file, not text` };
      probed = bytes + chunk.length >= BINARY_PROBE;
      bytes += chunk.length;
      const text = decoder.decode(chunk, { stream: true });
      chars += text.length;
      if (chars > maxChars) return { error: `${tooLong(label, maxChars, 'more')}; stopped reading there` };
      parts.push(text);
    }
    parts.push(decoder.decode());
  } catch (e) {
    return { error: e instanceof TypeError ? `${label}: is not UTF-8 text` : fileError(label, e) };
  } finally {
    // Stop the source: standard input is let go, and a writer still writing to it gets EPIPE.
    void Promise.resolve(iterator.return?.()).catch(() => undefined);
  }
  return { text: parts.join(''), bytes };
}
