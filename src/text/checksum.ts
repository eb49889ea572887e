/** A hash of a text, stored in every analysis so a report can refuse a text that is not the analysed one. */

const hex8 = (n: number): string => (n >>> 0).toString(16).padStart(8, '0');

/** The second lane of the last {@link lanes} pass (a function returns one number). */
let laneTwo = 0;

/**
 * The two multiply-xorshift lanes over every code unit of `text`: the first returned, the second
 * left in {@link laneTwo}. The loop is a function of its own that does nothing after it but store
 * and return: V8 compiles a long-running loop while it runs, before the code after it has ever run,
 * and such compiled code throws itself away at the first operation after the loop that has never
 * run, on every later call (a store to a module variable and a return need no such record).
 */
function lanes(text: string): number {
  let h1 = 0xdeadbeef ^ text.length;
  let h2 = 0x41c6ce57 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  laneTwo = h2;
  return h1;
}

/**
 * A 64-bit hash of a string's UTF-16 code units, as 16 lower-case hex digits: two 32-bit
 * multiply-xorshift lanes with a final avalanche (the cyrb53 construction), in one pass. It tells
 * one text from another met by mistake; it is not a cryptographic hash and proves nothing against
 * a forgery.
 */
export function textChecksum(text: string): string {
  let h1 = lanes(text);
  let h2 = laneTwo;
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return hex8(h2) + hex8(h1);
}
