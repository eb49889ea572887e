/**
 * The capitalised words of a text, found once for the index's readings of it: the plain mentions
 * (plain-mentions.ts) and the names written side by side (form-context.ts).
 */

/** A capitalised word: no letter, digit, apostrophe or hyphen before it. */
const CAPITALISED = /(?<![\p{L}\p{N}'’-])\p{Lu}[\p{L}\p{N}-]*/gu;

/** Where a word starts and ends in a text. */
export interface WordSpan {
  start: number;
  end: number;
}

/** The capitalised words of `text` (see {@link CAPITALISED}), in order: one pass over the text. */
export function capitalisedWords(text: string): WordSpan[] {
  const words: WordSpan[] = [];
  for (const m of text.matchAll(CAPITALISED)) words.push({ start: m.index, end: m.index + m[0].length });
  return words;
}
