/**
 * A sorted word list of `src/data`, asked as written: one string, no set and no string per word.
 */

/** The marks a word of the lists may end with (`+` borne by men only, `-` by women only). */
export const PLUS = 43;
export const MINUS = 45;
/** {@link SortedWords.markOf}'s answer for a word the list does not hold. */
export const UNLISTED = -1;
/** {@link SortedWords.markOf}'s answer for a word the list holds with no mark. */
export const UNMARKED = 0;

/** Whether code unit `c` separates two words of a list (a space or a line break). */
const isSeparator = (c: number): boolean => c === 32 || c === 10 || c === 13 || c === 9;

/**
 * The words of a list written as one string in code-unit order, one space or line break apart,
 * each with at most one mark (`+` or `-`) after it, which is no part of the word: `has` answers
 * as a set of the words without their marks would, by binary search over the string itself. A
 * list asked about rarely costs nothing at start-up this way, where splitting it into a set made
 * tens of thousands of strings before the first analysis.
 */
export class SortedWords {
  /** Where the first word starts. */
  private readonly first: number;
  /** Where the last word (with its mark) ends. */
  private readonly end: number;

  /** @param list the words, as `src/data` writes them (see the class comment). */
  constructor(private readonly list: string) {
    let first = 0;
    while (first < list.length && isSeparator(list.charCodeAt(first))) first++;
    let end = list.length;
    while (end > first && isSeparator(list.charCodeAt(end - 1))) end--;
    this.first = first;
    this.end = end;
  }

  /** True when `name` is a word of the list. */
  has(name: string): boolean {
    return this.markOf(name) !== UNLISTED;
  }

  /**
   * The mark `name` has in the list ({@link PLUS} or {@link MINUS}), {@link UNMARKED} when it is a
   * word of the list without one, or {@link UNLISTED} when it is none.
   */
  markOf(name: string): number {
    if (name.length === 0) return UNLISTED;
    const list = this.list;
    // lo: a word's start (or hi); hi: the end of a word with its mark. Each step halves the range.
    let lo = this.first;
    let hi = this.end;
    while (lo < hi) {
      let start = (lo + hi) >>> 1;
      while (start > lo && !isSeparator(list.charCodeAt(start - 1))) start--;
      let stop = start;
      while (stop < hi && !isSeparator(list.charCodeAt(stop))) stop++;
      let wordEnd = stop;
      const last = list.charCodeAt(stop - 1);
      if (last === PLUS || last === MINUS) wordEnd--;
      const order = compareWith(name, list, start, wordEnd);
      if (order === 0) return wordEnd === stop ? UNMARKED : last;
      if (order < 0) {
        // The words before `start`: back over its separators to the previous word's end.
        hi = start;
        while (hi > lo && isSeparator(list.charCodeAt(hi - 1))) hi--;
      } else {
        lo = stop;
        while (lo < hi && isSeparator(list.charCodeAt(lo))) lo++;
      }
    }
    return UNLISTED;
  }
}

/** `name` against `list`'s code units from `start` to `end`: negative, zero or positive, as `<`, `===`, `>` on strings. */
function compareWith(name: string, list: string, start: number, end: number): number {
  const n = end - start;
  const shorter = Math.min(n, name.length);
  for (let k = 0; k < shorter; k++) {
    const d = name.charCodeAt(k) - list.charCodeAt(start + k);
    if (d !== 0) return d;
  }
  return name.length - n;
}
