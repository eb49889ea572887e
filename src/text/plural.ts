/** Counts in messages and on pages: "1 document", "2 documents", "0 sentences". */

/**
 * `n` and the noun, plural unless `n` is 1: `plural(1, 'document')` is "1 document".
 *
 * @param n - The count.
 * @param one - The noun for one.
 * @param many - The noun for any other count (default: `one` + "s").
 */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
