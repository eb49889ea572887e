/**
 * An `--out` file that an input would read: the input itself (by path, or the same file through
 * another name), or a `.txt`/`.md` file under an input directory. Both commands refuse such an
 * output before anything is opened, so no input is ever truncated or overwritten.
 */
import { statSync } from 'node:fs';
import { extname, isAbsolute, relative, resolve } from 'node:path';

/** Extensions of the files `review-lens batch` takes from a directory. */
export const TEXT_EXTENSIONS: ReadonlySet<string> = new Set(['.txt', '.md']);

/** Whether reading `input` would read the output file `out`. */
export function readsOutput(input: string, out: string): boolean {
  if (input === '-') return false;
  const a = resolve(input);
  const b = resolve(out);
  if (a === b) return true;
  try {
    const si = statSync(a);
    const so = statSync(b);
    if (si.dev === so.dev && si.ino === so.ino) return true;
  } catch {
    // A missing input or output cannot be the same file as the other.
  }
  const under = relative(a, b);
  return under !== '' && !under.startsWith('..') && !isAbsolute(under) && TEXT_EXTENSIONS.has(extname(b).toLowerCase());
}

/** The first input that would read `out`, if any. */
export function clashingInput(inputs: readonly string[], out: string): string | undefined {
  return inputs.find((input) => readsOutput(input, out));
}
