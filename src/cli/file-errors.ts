/** File-system errors as the short reasons the CLI prints after a path: `x.txt: no such file`. */

/** Plain words for the error codes a user can act on. */
const REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a directory',
  ENOTDIR: 'a part of the path is not a directory',
  ENOSPC: 'no space left on device',
  EDQUOT: 'disk quota exceeded',
  EROFS: 'read-only file system',
  EFBIG: 'file too large',
  EIO: 'input/output error',
  EMFILE: 'too many open files',
  ENFILE: 'too many open files',
  ENAMETOOLONG: 'file name too long',
};

/** The reason of a thrown file-system error in plain words (its code, or its message, when not known). */
export function reasonOf(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  if (code !== undefined && code in REASONS) return REASONS[code] as string;
  return code ?? (e instanceof Error ? e.message : String(e));
}

/** A failed read as one line: `x.txt: no such file`, `x.txt: permission denied`, … */
export function fileError(path: string, e: unknown): string {
  return `${path}: ${reasonOf(e)}`;
}

/** A failed write as one line: `out.jsonl: cannot write (no space left on device)`. */
export function writeError(path: string, e: unknown): string {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  return `${path}: cannot write (${code === 'ENOENT' ? 'no such directory' : reasonOf(e)})`;
}
