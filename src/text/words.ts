/**
 * A word scanner for the name and work stages: one linear pass over the view.
 * A word is a run of letters, digits and marks, with inner hyphens (`Cheong-San`, `bae-soo`) and
 * inner apostrophes (`it’s`). A trailing possessive (`Nam-ra’s`) is cut off and flagged.
 */
import { isApostrophe, isHyphen, isUpper, isWordChar } from './chars';

/** One scanned word. */
export interface Word {
  start: number;
  /** End of the word without a possessive `’s`. */
  end: number;
  /** True when a possessive `’s` / `'s` / `’` followed the word. */
  possessive: boolean;
  /** True when a hyphen joins two parts (`Cheong-San`). */
  hyphenated: boolean;
  /** True when the first character is upper case. */
  capitalised: boolean;
  /** True when the gap before this word is one space or tab only (no newline, no punctuation). */
  spaceBefore: boolean;
  /** The character before the gap (or before the word when there is no gap), '' at the start. */
  charBefore: string;
}

const isMark = (ch: string | undefined): boolean => ch !== undefined && /\p{M}/u.test(ch);
const inWord = (ch: string | undefined): boolean => isWordChar(ch) || isMark(ch);

/**
 * Scans every word of `view`. `glued` lists lower-case words that scraped text often glues to the
 * next title ("webtoonNow At Our School"): such a word is split before the capital letter.
 */
export function scanWords(view: string, glued: ReadonlySet<string> = new Set()): Word[] {
  const words: Word[] = [];
  const n = view.length;
  let i = 0;
  let lastEnd = 0;
  while (i < n) {
    if (!inWord(view[i])) {
      i++;
      continue;
    }
    const start = i;
    let hyphenated = false;
    while (i < n) {
      if (inWord(view[i])) i++;
      else if ((isHyphen(view[i]) || isApostrophe(view[i])) && inWord(view[i + 1]) && i > start) {
        if (isHyphen(view[i])) hyphenated = true;
        i++;
      } else break;
    }
    let end = i;
    let possessive = false;
    const tail = view.slice(Math.max(start, end - 2), end);
    if (end - start > 2 && (tail === '’s' || tail === "'s" || tail === 'ʼs')) {
      end -= 2;
      possessive = true;
    } else if (isApostrophe(view[end]) && view[end - 1] === 's' && !inWord(view[end + 1])) possessive = true;
    // Split words glued to a following title: "webtoonNow" → "webtoon" + "Now".
    let cut = -1;
    if (glued.size > 0 && !isUpper(view[start])) {
      for (let k = start + 1; k < end; k++) {
        if (isUpper(view[k])) {
          if (glued.has(view.slice(start, k).toLowerCase())) cut = k;
          break;
        }
      }
    }
    const gap = view.slice(lastEnd, start);
    const spaceBefore = words.length > 0 && (gap === ' ' || gap === '\t');
    const charBefore = start > 0 ? (view[start - 1] as string) : '';
    if (cut > 0) {
      words.push({ start, end: cut, possessive: false, hyphenated: false, capitalised: false, spaceBefore, charBefore });
      words.push({ start: cut, end, possessive, hyphenated, capitalised: true, spaceBefore: true, charBefore: view[cut - 1] as string });
    } else {
      words.push({ start, end, possessive, hyphenated, capitalised: isUpper(view[start]), spaceBefore, charBefore });
    }
    lastEnd = i;
  }
  return words;
}
