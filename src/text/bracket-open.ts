/** Where a bracket opens right after a mention: `N (…)` or `N(…)`. */

/**
 * The offset of the `(` at `end` or after one space at `end` (`Dana Moss (Mara)`, `Heat(M)`); -1
 * when neither. Reads at most two characters, so a pass calling it once a mention stays linear.
 */
export function bracketOpenAfter(view: string, end: number): number {
  if (view[end] === '(') return end;
  return view[end] === ' ' && view[end + 1] === '(' ? end + 1 : -1;
}
