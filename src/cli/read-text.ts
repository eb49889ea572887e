/**
 * Reading a text file for the CLI, or saying in one line why it cannot be read. Shared by the
 * plain command and `review-lens batch`.
 */
import { readFileSync, statSync } from 'node:fs';

/** How many leading bytes are searched for a NUL byte, the mark of a binary file. */
const BINARY_PROBE = 8000;

/** What reading gave: the text and its size in bytes, or the reason there is none (`x.txt: no such file`). */
export type ReadResult = { text: string; bytes: number } | { error: string };

/** Decodes bytes as UTF-8 text, or says why they are not text. */
export function decodeText(bytes: Uint8Array, label: string): ReadResult {
  if (bytes.subarray(0, BINARY_PROBE).includes(0)) return { error: `${label}: is a binary file, not text` };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), bytes: bytes.length };
  } catch {
    return { error: `${label}: is not UTF-8 text` };
  }
}

/** A file-system error as one line: `x.txt: no such file`, `x.txt: permission denied`, … */
export function fileError(path: string, e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return `${path}: no such file`;
  if (code === 'EACCES') return `${path}: permission denied`;
  return `${path}: ${(e as Error).message}`;
}

/** Reads a file as text, or says in one line why it cannot. */
export function readText(path: string): ReadResult {
  try {
    if (statSync(path).isDirectory()) return { error: `${path}: is a directory` };
    return decodeText(readFileSync(path), path);
  } catch (e) {
    return { error: fileError(path, e) };
  }
}
