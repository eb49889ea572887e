/** A key that reads past a text's case, spacing and punctuation. */

/** What {@link lettersKey} leaves out: anything but a letter or a digit. */
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]/gu;

/**
 * `text` in lower case with its letters and digits only: one key whatever the spacing and
 * punctuation (`Naruto: Shippuden` and `Naruto Shippuden`, `Obi-Wan Kenobi` and `Obi Wan Kenobi`).
 *
 * @param text - A name or a title as a text writes it.
 */
export function lettersKey(text: string): string {
  return text.toLowerCase().replace(NOT_LETTER_OR_DIGIT, '');
}
