/** What may stand between two items of a list of names or titles. */

/**
 * True when `gap` (the text between two list items) is only a comma, "and" / "or", or both, with
 * white space around: ", ", " and ", ", and ", ", or ". No regular expression, so no backtracking.
 */
export function isListGap(gap: string, joiners: readonly string[] = ['and']): boolean {
  let t = gap.trim();
  if (t.startsWith(',')) t = t.slice(1).trim();
  return t === '' || joiners.includes(t);
}
