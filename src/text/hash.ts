/**
 * The 32-bit FNV-1a hash of a string's UTF-16 code units, step by step (for a pass that hashes a
 * word while reading it) or whole, and a finaliser that spreads its bits.
 */

/** Where an FNV-1a hash starts. */
export const FNV_OFFSET = 0x811c9dc5;

/** The FNV-1a hash of some code units, `h`, with the code unit `c` after them (not yet unsigned). */
export const fnvStep = (h: number, c: number): number => Math.imul(h ^ c, 0x01000193);

/** The 32-bit FNV-1a hash of `s`'s UTF-16 code units, unsigned. */
export function fnv1a(s: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < s.length; i++) h = fnvStep(h, s.charCodeAt(i));
  return h >>> 0;
}

/**
 * A 32-bit mix of a hash (MurmurHash3's finaliser), unsigned: FNV-1a spreads its low bits poorly,
 * and a table that keys slots on the low bits and a limit on the high bits needs both spread.
 */
export function mix32(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * `s` as a string of its own: a slice or a concatenation can keep the whole string it came from
 * alive, and a key kept for the rest of a build must not hold its review.
 */
export const flat = (s: string): string => (' ' + s).slice(1);
