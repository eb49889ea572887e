/**
 * The words of a text the index reads, found in one pass over its character codes: the capitalised
 * words, for the plain mentions (plain-mentions.ts), the names written side by side
 * (form-context.ts) and the weak forms (weak-forms.ts); and the lower-case words, counted for the
 * weak forms (see word-counts.ts). A word starts where no letter, digit, apostrophe or hyphen is
 * before it: a capitalised one is an upper-case letter and the letters, digits and hyphens after
 * it; a lower-case one, a lower-case letter and the lower-case letters and digits after it.
 */
import { CODE_CLASSES, CODE_DIGIT, CODE_LETTER_OR_DIGIT, CODE_LOWER, CODE_UPPER, classOf, codePointAt } from '../text/code-classes';
import { FNV_OFFSET, fnvStep, mix32 } from '../text/hash';
import { MAX_LOWER_WORD_LENGTH, type WordCounts } from './word-counts';

/**
 * Spans of a text (where each word starts and ends), in order, kept as numbers in one typed array:
 * a text has hundreds of capitalised words, and an object per span was garbage the collector
 * copied for every document. A list is refilled for each text ({@link WordList.clear}).
 */
export class WordList {
  /**
   * The start of span `i` at `2i`, its end at `2i + 1`; read in place by the passes over a text's
   * words (a method call per read is slow in code not yet optimised, as a pass over the first
   * documents is). A push may replace it: read it after the list is filled.
   */
  spans = new Int32Array(256);
  /** Spans held. */
  length = 0;

  /** Adds the span `start..end` after the others. */
  push(start: number, end: number): void {
    const at = 2 * this.length;
    if (at + 2 > this.spans.length) {
      const spans = new Int32Array(2 * this.spans.length);
      spans.set(this.spans);
      this.spans = spans;
    }
    this.spans[at] = start;
    this.spans[at + 1] = end;
    this.length++;
  }

  /** Where span `i` starts. */
  start(i: number): number {
    return this.spans[2 * i] as number;
  }

  /** Where span `i` ends. */
  end(i: number): number {
    return this.spans[2 * i + 1] as number;
  }

  /** Empties the list, keeping its buffer. */
  clear(): void {
    this.length = 0;
  }
}

/** Whether a word may not start right after code point `c` (a letter, a digit, an apostrophe or a hyphen). */
const holds = (c: number, k: number): boolean => (k & CODE_LETTER_OR_DIGIT) !== 0 || c === 39 || c === 0x2019 || c === 45;

/**
 * The capitalised words of `text`, in order, counting its lower-case words (those of at most
 * `MAX_LOWER_WORD_LENGTH` code units) on `lower` when given. One pass over the character codes.
 * `words`: the list to fill (emptied first), for a caller that reads one text after another.
 */
export function readWords(text: string, lower?: WordCounts, words: WordList = new WordList()): WordList {
  words.clear();
  const n = text.length;
  /** Whether the code point before `i` keeps a word from starting at `i`. */
  let held = false;
  for (let i = 0; i < n; ) {
    let c = text.charCodeAt(i);
    let k = c < 128 ? (CODE_CLASSES[c] as number) : classOf((c = codePointAt(text, i)));
    if (held || !(k & (CODE_LOWER | CODE_UPPER))) {
      held = holds(c, k);
      i += c > 0xffff ? 2 : 1;
      continue;
    }
    held = true;
    const start = i;
    if (k & CODE_UPPER) {
      // Letters, digits and hyphens.
      do {
        i += c > 0xffff ? 2 : 1;
        if (i >= n) break;
        c = text.charCodeAt(i);
        k = c < 128 ? (CODE_CLASSES[c] as number) : classOf((c = codePointAt(text, i)));
      } while (k & CODE_LETTER_OR_DIGIT || c === 45);
      words.push(start, i);
      continue;
    }
    // Lower-case letters and digits, hashed as they are read.
    let h = FNV_OFFSET;
    do {
      h = fnvStep(h, text.charCodeAt(i));
      if (c > 0xffff) h = fnvStep(h, text.charCodeAt(i + 1));
      i += c > 0xffff ? 2 : 1;
      if (i >= n) break;
      c = text.charCodeAt(i);
      k = c < 128 ? (CODE_CLASSES[c] as number) : classOf((c = codePointAt(text, i)));
    } while (k & (CODE_LOWER | CODE_DIGIT));
    if (lower && i - start <= MAX_LOWER_WORD_LENGTH) lower.add(text, start, i, mix32(h));
  }
  return words;
}
