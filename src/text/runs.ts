/**
 * Title-case runs: maximal sequences of capitalised words joined by single spaces, with lower-case
 * connectors inside ("All of Us Are Dead", "Lee Byeong-Chan"). Built in one pass over the words.
 */
import { RUN_BREAKERS, TITLE_CONNECTORS } from '../data/work-cues';
import type { Word } from './words';

/** A run of words `words[first..last]`, both ends capitalised. */
export interface Run {
  first: number;
  /** Inclusive. */
  last: number;
  start: number;
  end: number;
}

/** Finds every title-case run. */
export function titleRuns(words: readonly Word[]): Run[] {
  const runs: Run[] = [];
  let first = -1;
  let last = -1;
  const close = (): void => {
    if (first < 0) return;
    const a = words[first] as Word;
    const b = words[last] as Word;
    runs.push({ first, last, start: a.start, end: b.end });
    first = -1;
  };
  words.forEach((w, i) => {
    const joins = first >= 0 && w.spaceBefore && !(words[i - 1] as Word).possessive;
    const cap = w.capitalised && !RUN_BREAKERS.has(w.lower);
    const connector = joins && !w.capitalised && TITLE_CONNECTORS.has(w.lower);
    if (joins && (cap || connector)) {
      if (cap) last = i;
      else if (i - last > 2) close();
      return;
    }
    close();
    if (cap) {
      first = i;
      last = i;
    }
  });
  close();
  return runs;
}
