/**
 * The capitalised words of a text, by one scan of its code units: see {@link capitalisedWords}.
 */

const UPPER = /\p{Lu}/u;
const LETTER = /\p{L}/u;

/** What a code point is to the scan: not a letter, a letter, or an upper-case letter. */
const OTHER = 1;
const LOWER = 2;
const CAPITAL = 3;

/**
 * The kind of each code point of the Basic Multilingual Plane (0: not asked yet), filled as texts
 * meet them: a non-ASCII letter asks the Unicode tests once per process, not once per occurrence.
 */
const BMP_KINDS = new Uint8Array(0x10000);
for (let c = 0; c < 128; c++) BMP_KINDS[c] = c >= 65 && c <= 90 ? CAPITAL : c >= 97 && c <= 122 ? LOWER : OTHER;

/** The kind of the code point `ch` (one or two code units) by the Unicode tests. */
const kindOf = (ch: string): number => (UPPER.test(ch) ? CAPITAL : LETTER.test(ch) ? LOWER : OTHER);

/**
 * Every capitalised word of `view` as start and end offsets, two numbers per word, in order: each
 * longest run of letters (`\p{L}`) that starts with an upper-case letter (`\p{Lu}`) where no letter
 * stands before it. The same words as `view.matchAll(/(?<!\p{L})\p{Lu}\p{L}*\/gu)`, read code point
 * by code point (a surrogate pair is one), without a match object per word.
 */
export function capitalisedWords(view: string): number[] {
  const out: number[] = [];
  const n = view.length;
  let i = 0;
  // Inside a run of letters that did not start with a capital (or whose word was already taken).
  let inLetters = false;
  let start = -1;
  while (i < n) {
    const c = view.charCodeAt(i);
    let size = 1;
    let kind: number;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n && (view.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      size = 2;
      kind = kindOf(view.slice(i, i + 2));
    } else {
      kind = BMP_KINDS[c] as number;
      if (kind === 0) {
        kind = kindOf(view[i] as string);
        BMP_KINDS[c] = kind;
      }
    }
    if (kind === OTHER) {
      if (start >= 0) out.push(start, i);
      start = -1;
      inLetters = false;
    } else if (!inLetters) {
      inLetters = true;
      if (kind === CAPITAL) start = i;
    }
    i += size;
  }
  if (start >= 0) out.push(start, n);
  return out;
}
