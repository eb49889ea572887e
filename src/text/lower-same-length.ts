/**
 * Lower case that keeps every offset: readers find a word in the lower-case text and read the
 * original at the same place, so the two must be as long as each other.
 */

/** `view` in lower case one code unit at a time, for the rare text whose lower case changes length (`İ`). */
export function lowerSameLength(view: string): string {
  const lower = view.toLowerCase();
  if (lower.length === view.length) return lower;
  let out = '';
  for (const ch of view) {
    const lc = ch.toLowerCase();
    out += lc.length === ch.length ? lc : ch;
  }
  return out;
}
