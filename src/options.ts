/** Validation of {@link AnalyzeOptions}: caller mistakes throw, with a message that says what was expected. */
import { describe, expectedType } from './errors';
import type { AnalyzeOptions } from './types';

/** Options with every default filled in. */
export interface ResolvedOptions {
  works: readonly string[];
}

const KNOWN = new Set(['works']);

/** Checks `options` and fills in defaults. Throws TypeError / RangeError for caller mistakes. */
export function resolveOptions(options: unknown): ResolvedOptions {
  if (options === undefined) return { works: [] };
  if (options === null || typeof options !== 'object' || Array.isArray(options)) throw expectedType('options to be an object', options);
  for (const key of Object.keys(options)) {
    if (!KNOWN.has(key)) throw new RangeError(`review-lens: expected options to be one of ${[...KNOWN].join(', ')}, got unknown option "${key}"`);
  }
  const { works } = options as AnalyzeOptions;
  if (works === undefined) return { works: [] };
  if (!Array.isArray(works)) throw expectedType('options.works to be an array of strings', works);
  works.forEach((w: unknown, i) => {
    if (typeof w !== 'string') throw new TypeError(`review-lens: expected options.works[${i}] to be a string, got ${describe(w)}`);
  });
  return { works: works.filter((w) => w.trim().length > 0) };
}
