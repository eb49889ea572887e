/** The `--max-length N` option, shared by the plain command and `batch`. */

/** The number after `--max-length`, or the usage error: a positive whole number is expected. */
export function maxLengthValue(value: string | undefined): number | { error: string } {
  if (!value) return { error: 'expected a number of characters after --max-length, got nothing' };
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : { error: `expected a positive whole number after --max-length, got "${value}"` };
}
