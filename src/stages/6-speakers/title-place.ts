/**
 * The see or office after a title's "of" ("the Bishop of Durham, …"), read word by word: the
 * speakers stage links a title holder to the person the text gives that title.
 */
import { isLetter, isUpper } from '../../text/chars';

/** Most capitalised words read as the see or office after a title's "of" ("of Bath and Wells" is cut short). */
const MAX_PLACE_WORDS = 3;

/** True for a character that goes on a place's word: a letter, an apostrophe or a hyphen. */
const isPlaceChar = (ch: string): boolean => ch === "'" || ch === '’' || ch === '-' || isLetter(ch);

/**
 * How many characters at the start of `gap` are the see or office after a title (" of Durham" in
 * "Bishop of Durham, the Rt Rev …"): " of", then one to three words each a space and a capital
 * with letters, apostrophes or hyphens after it, where the last is followed by a comma. Zero when
 * the gap does not open so. Reads each character at most once.
 */
export function titlePlaceLength(gap: string): number {
  if (!gap.startsWith(' of')) return 0;
  const chars = Array.from(gap.slice(3));
  let at = 0;
  let length = 3;
  for (let words = 0; words < MAX_PLACE_WORDS; words++) {
    if (chars[at] !== ' ' || !isUpper(chars[at + 1] ?? '')) return 0;
    length += 1 + (chars[at + 1] as string).length;
    at += 2;
    while (at < chars.length && isPlaceChar(chars[at] as string)) {
      length += (chars[at] as string).length;
      at++;
    }
    if (chars[at] === ',') return length;
  }
  return 0;
}
