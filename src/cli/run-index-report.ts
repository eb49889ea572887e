/**
 * `review-lens report --index INDEX.json [--out FILE]`: the HTML page of a cross-review index
 * (`review-lens index` output).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { describe } from '../errors';
import type { ReviewIndex } from '../index-build/index-types';
import { renderIndexReport } from '../report/render-index-report';
import type { CliIo } from './cli-io';
import { readsOutput } from './clashing-input';
import { fileError, writeError } from './file-errors';

/** Whether `value` looks like a review-lens index: schema version 1 and works with their lists. */
function isIndex(value: unknown): value is ReviewIndex {
  const v = value as Partial<ReviewIndex> | null;
  return v !== null && typeof v === 'object' && v.schemaVersion === 1 && Array.isArray(v.works) && v.works.every((w) => w !== null && typeof w === 'object' && Array.isArray(w.characters) && Array.isArray(w.people) && Array.isArray(w.cooccurrence));
}

/**
 * Runs `review-lens report --index`. Returns the exit code: 0 when the page was written, 1 when
 * the index cannot be read or the page cannot be written, 2 for a usage mistake.
 */
export function runIndexReport(argv: readonly string[], io: CliIo): number {
  let index: string | null = null;
  let out: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = eq === -1 ? arg : arg.slice(0, eq);
    if (name !== '--index' && name !== '--out') {
      io.stderr(`review-lens: expected only --index FILE and --out FILE after report --index, got "${arg}"\n`);
      return 2;
    }
    const value = eq === -1 ? argv[++i] : arg.slice(eq + 1);
    if (!value) {
      io.stderr(`review-lens: expected a file name after ${name}, got nothing\n`);
      return 2;
    }
    if (name === '--index') index = value;
    else out = value;
  }
  if (index === null) return 2;
  if (out !== null && readsOutput(index, out)) {
    io.stderr(`review-lens: expected --out to be another file than the index, got ${out}\n`);
    return 2;
  }
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(index, 'utf8'));
  } catch (e) {
    io.stderr(`review-lens: ${e instanceof SyntaxError ? `${index}: expected a JSON index, got text that is not JSON` : fileError(index, e)}\n`);
    return 1;
  }
  if (!isIndex(value)) {
    io.stderr(`review-lens: ${index}: expected a review-lens index ({"schemaVersion": 1, "works": […]}), got ${value !== null && typeof value === 'object' && !Array.isArray(value) ? 'an object that is not one' : describe(value)}\n`);
    return 1;
  }
  const page = renderIndexReport(value);
  if (out === null) io.stdout(page);
  else {
    try {
      writeFileSync(out, page);
    } catch (e) {
      io.stderr(`review-lens: ${writeError(out, e)}\n`);
      return 1;
    }
  }
  return 0;
}
