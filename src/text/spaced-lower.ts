/** A lower-case word after a space: how a clause goes on after a name or a title (`X guitarist`, `was released`). */
import type { Word } from './words';

/**
 * True when `w` is a lower-case word one space from the word before it (`X guitarist`, `fights
 * back`); false for a capitalised word, a word glued to the one before, or none.
 *
 * @param w - The word, or undefined past either end of the text.
 */
export const isSpacedLower = (w: Word | undefined): w is Word => w !== undefined && !w.capitalised && w.spaceBefore;

/**
 * Word `k` of `words` when it is a lower-case word after a space ({@link isSpacedLower}: `was
 * released`, `from X to Y`), else undefined.
 *
 * @param words - The text's words.
 * @param k - The word's index; any index past either end gives undefined.
 */
export function spacedLower(words: readonly Word[], k: number): Word | undefined {
  const w = words[k];
  return isSpacedLower(w) ? w : undefined;
}
