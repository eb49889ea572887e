/**
 * The first word of a name form as the title lists spell it, and the word after it.
 *
 * `Dr. Holt`, `Dr Holt` and `DR Holt` all open with the title `dr`: lists of titles hold lower-case
 * words without the dot of an abbreviation, so every reader that asks "is this form a title and a
 * name" reads the first word the same way here.
 */

/** A form of exactly two words: its first word as a title is looked up, and its second word as written. */
export interface TitleAndWord {
  /** The first word, lower case, without a final dot (`dr`, `judge`). */
  title: string;
  /** The second word as the form writes it (`Holt`). */
  word: string;
}

/** The first word of `form` lower case without its final dot, when `form` has a word after it; else null. */
export function leadingTitle(form: string): string | null {
  const space = form.indexOf(' ');
  if (space <= 0) return null;
  return form.slice(0, form[space - 1] === '.' ? space - 1 : space).toLowerCase();
}

/** `form` read as a title and one word (`Mrs. Pike`), or null when it has one word or more than two. */
export function titleAndWord(form: string): TitleAndWord | null {
  const space = form.indexOf(' ');
  if (space <= 0 || form.indexOf(' ', space + 1) >= 0) return null;
  return { title: leadingTitle(form) as string, word: form.slice(space + 1) };
}
