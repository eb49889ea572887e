/** Many forms found in one pass over a text, by their first word. */
import { isWordChar } from './chars';

/**
 * Where each lower-case form occurs, found in one pass over the text (not one search per form):
 * at every place `startsAt` allows, the forms whose first word (its letters and digits) is the
 * word there are compared, and kept where `endsAt` allows the character after them. A form that
 * does not start with a letter or digit is not found here; the caller searches for it.
 *
 * @returns For each form, the offsets where it starts, in order.
 */
export function occurrencesByFirstWord(
  view: string,
  lower: string,
  forms: readonly string[],
  startsAt: (at: number) => boolean,
  endsAt: (end: number) => boolean,
): number[][] {
  const found: number[][] = forms.map(() => []);
  const byFirstWord = new Map<string, number[]>();
  forms.forEach((form, k) => {
    let w = 0;
    while (w < form.length && isWordChar(form[w])) w++;
    if (w === 0) return;
    const first = form.slice(0, w);
    byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), k]);
  });
  if (byFirstWord.size === 0) return found;
  // The end of the run of letters and digits `i` stands in, found once per run.
  let runEnd = 0;
  for (let i = 0; i < view.length; i++) {
    if (!isWordChar(view[i]) || !startsAt(i)) continue;
    if (runEnd <= i) {
      runEnd = i + 1;
      while (runEnd < view.length && isWordChar(view[runEnd])) runEnd++;
    }
    for (const k of byFirstWord.get(lower.slice(i, runEnd)) ?? []) {
      const form = forms[k] as string;
      if (lower.startsWith(form, i) && endsAt(i + form.length)) (found[k] as number[]).push(i);
    }
  }
  return found;
}
