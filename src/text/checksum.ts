/** A hash of a text, stored in every analysis so a report can refuse a text that is not the analysed one. */

const hex8 = (n: number): string => (n >>> 0).toString(16).padStart(8, '0');

/**
 * A 64-bit hash of a string's UTF-16 code units, as 16 lower-case hex digits: two 32-bit
 * multiply-xorshift lanes with a final avalanche (the cyrb53 construction), in one pass. It tells
 * one text from another met by mistake; it is not a cryptographic hash and proves nothing against
 * a forgery.
 */
export function textChecksum(text: string): string {
  let h1 = 0xdeadbeef ^ text.length;
  let h2 = 0x41c6ce57 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return hex8(h2) + hex8(h1);
}
