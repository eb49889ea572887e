/** Numbers in the output to three decimals. */

/**
 * `x` to three decimals: more would be noise, not information. Never -0: a small negative number
 * rounds to a plain 0, so an object holding it equals its own JSON read back.
 *
 * @param x - A score, a confidence or a mean.
 */
export const round3 = (x: number): number => Math.round(x * 1000) / 1000 + 0;
