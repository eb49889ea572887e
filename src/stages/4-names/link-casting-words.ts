/**
 * Stage 4c, casting: the character-level readers the casting patterns of `link-casting.ts` share:
 * a whole word at an offset, the offset after one of a few words, where an appositive ends. Each
 * reads a bounded window, so a pattern stays linear in mentions.
 */
import { isUpper } from '../../text/chars';

/** How far an appositive may run between a name and its `is` or `played by`, in characters. */
export const MAX_APPOSITIVE = 60;
/** Marks that end a clause or an appositive. */
export const CLAUSE_END = '.!?;:\n()[]"“”';

/** Where the appositive that starts at `at` (just after `, `) ends at its closing comma, or -1. */
export function appositiveEnd(view: string, at: number, stopAtCapital: boolean): number {
  const limit = Math.min(view.length, at + MAX_APPOSITIVE);
  for (let k = at; k < limit; k++) {
    const ch = view[k] as string;
    if (ch === ',') return k;
    if (CLAUSE_END.includes(ch)) return -1;
    if (stopAtCapital && isUpper(ch) && (k === at || view[k - 1] === ' ')) return -1;
  }
  return -1;
}

/** True when `lower` has `word` as a whole word at `at`. */
export function wordAt(lower: string, at: number, word: string): boolean {
  return lower.startsWith(word, at) && !/\p{L}/u.test(lower[at + word.length] ?? '');
}

/** Offset right after one of `words` and a space at `at`, or -1. */
export function afterWord(lower: string, at: number, words: readonly string[]): number {
  for (const w of words) if (wordAt(lower, at, w) && lower[at + w.length] === ' ') return at + w.length + 1;
  return -1;
}
