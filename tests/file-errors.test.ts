import { describe, expect, it } from 'vitest';
import { fileError, reasonOf, writeError } from '../src/cli/file-errors';

const err = (code: string | undefined, message = 'raw message'): Error => Object.assign(new Error(message), code ? { code } : {});

describe('file-system errors in one line', () => {
  it.each([
    ['ENOENT', 'no such file'],
    ['EACCES', 'permission denied'],
    ['EPERM', 'permission denied'],
    ['EISDIR', 'is a directory'],
    ['ENOSPC', 'no space left on device'],
    ['EDQUOT', 'disk quota exceeded'],
    ['EROFS', 'read-only file system'],
    ['EMFILE', 'too many open files'],
    ['EWHATEVER', 'EWHATEVER'],
  ])('%s reads "%s"', (code, reason) => {
    expect(reasonOf(err(code))).toBe(reason);
  });
  it('falls back to the message of an error without a code', () => {
    expect(reasonOf(err(undefined, 'something odd'))).toBe('something odd');
  });
  it('names the path, and says "cannot write" for output (a missing directory is named as one)', () => {
    expect(fileError('in.txt', err('EACCES'))).toBe('in.txt: permission denied');
    expect(writeError('out.jsonl', err('ENOSPC'))).toBe('out.jsonl: cannot write (no space left on device)');
    expect(writeError('gone/out.jsonl', err('ENOENT'))).toBe('gone/out.jsonl: cannot write (no such directory)');
    expect(writeError('/sys/x', err('EACCES'))).toBe('/sys/x: cannot write (permission denied)');
  });
});
