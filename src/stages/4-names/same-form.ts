/**
 * Stage 4c: whether two mentions write the same text, read off the code units with no string made.
 * An entity's mentions repeat one form again and again ("Ruth" ten times); a pass that reads each
 * mention's words only to file them in sets learns nothing from a repeat of the mention before, and
 * skips it.
 */
import type { Span } from '../../types';

/** True when the mention `b` writes in `text` (the view or its lower case) the very text the mention `a` does; false when `a` is undefined. */
export function sameForm(text: string, a: Span | undefined, b: Span): boolean {
  if (a === undefined) return false;
  const n = a.end - a.start;
  if (b.end - b.start !== n) return false;
  for (let k = 0; k < n; k++) if (text.charCodeAt(a.start + k) !== text.charCodeAt(b.start + k)) return false;
  return true;
}
