/** Validation of {@link AnalyzeOptions}: caller mistakes throw, with a message that says what was expected. */
import { describe, expectedType } from './errors';
import { DEFAULT_MAX_LENGTH, type AnalyzeOptions, type KnownName } from './types';

/** Options with every default filled in. */
export interface ResolvedOptions {
  works: readonly string[];
  knownNames: readonly KnownName[];
  maxLength: number;
}

const KNOWN = new Set(['works', 'knownNames', 'maxLength']);

function stringList(value: unknown, what: string): string[] {
  if (!Array.isArray(value)) throw expectedType(`${what} to be an array of strings`, value);
  value.forEach((w: unknown, i) => {
    if (typeof w !== 'string') throw new TypeError(`review-lens: expected ${what}[${i}] to be a string, got ${describe(w)}`);
  });
  return (value as string[]).filter((w) => w.trim().length > 0);
}

function knownName(value: unknown, i: number): KnownName {
  const what = `options.knownNames[${i}]`;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw expectedType(`${what} to be an object { name, aliases?, kind? }`, value);
  const { name, aliases, kind } = value as Record<string, unknown>;
  if (typeof name !== 'string' || !name.trim()) throw new TypeError(`review-lens: expected ${what}.name to be a non-empty string, got ${typeof name === 'string' ? JSON.stringify(name) : describe(name)}`);
  if (kind !== undefined && kind !== 'character' && kind !== 'person') {
    throw new RangeError(`review-lens: expected ${what}.kind to be 'character' or 'person', got ${JSON.stringify(kind)}`);
  }
  const out: KnownName = { name };
  if (aliases !== undefined) out.aliases = stringList(aliases, `${what}.aliases`);
  if (kind !== undefined) out.kind = kind;
  return out;
}

/**
 * Checks `options` and fills in defaults. Throws TypeError / RangeError for caller mistakes.
 *
 * @param also - Options the caller reads itself and has taken out of `options` (analyzeReviews'
 * `concurrency`, …): an unknown option's error names them among the valid ones.
 */
export function resolveOptions(options: unknown, also: readonly string[] = []): ResolvedOptions {
  if (options === undefined) return { works: [], knownNames: [], maxLength: DEFAULT_MAX_LENGTH };
  if (options === null || typeof options !== 'object' || Array.isArray(options)) throw expectedType('options to be an object', options);
  for (const key of Object.keys(options)) {
    if (!KNOWN.has(key)) throw new RangeError(`review-lens: expected options to be one of ${[...KNOWN, ...also].join(', ')}, got unknown option "${key}"`);
  }
  const { works, knownNames, maxLength } = options as AnalyzeOptions;
  if (knownNames !== undefined && !Array.isArray(knownNames)) throw expectedType('options.knownNames to be an array', knownNames);
  if (maxLength !== undefined && typeof maxLength !== 'number') throw expectedType('options.maxLength to be a number', maxLength);
  if (maxLength !== undefined && !(Number.isInteger(maxLength) && maxLength > 0)) {
    throw new RangeError(`review-lens: expected options.maxLength to be a positive whole number, got ${maxLength}`);
  }
  return {
    works: works === undefined ? [] : stringList(works, 'options.works'),
    knownNames: knownNames === undefined ? [] : knownNames.map(knownName),
    maxLength: maxLength ?? DEFAULT_MAX_LENGTH,
  };
}
