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
  // Forms by their first word, and within one first word by their whole text, with the lengths
  // they come in: at a place, each length is one look-up, however many forms share the word
  // (thousands of known names may start with "Kim").
  const byFirstWord = new Map<string, { byForm: Map<string, number[]>; lengths: number[] }>();
  forms.forEach((form, k) => {
    let w = 0;
    while (w < form.length && isWordChar(form[w])) w++;
    if (w === 0) return;
    const first = form.slice(0, w);
    let group = byFirstWord.get(first);
    if (!group) byFirstWord.set(first, (group = { byForm: new Map(), lengths: [] }));
    const same = group.byForm.get(form);
    if (same) same.push(k);
    else {
      group.byForm.set(form, [k]);
      if (!group.lengths.includes(form.length)) group.lengths.push(form.length);
    }
  });
  if (byFirstWord.size === 0) return found;
  for (const group of byFirstWord.values()) group.lengths.sort((a, b) => a - b);
  // The end of the run of letters and digits `i` stands in, found once per run.
  let runEnd = 0;
  for (let i = 0; i < view.length; i++) {
    if (!isWordChar(view[i]) || !startsAt(i)) continue;
    if (runEnd <= i) {
      runEnd = i + 1;
      while (runEnd < view.length && isWordChar(view[runEnd])) runEnd++;
    }
    const group = byFirstWord.get(lower.slice(i, runEnd));
    if (!group) continue;
    for (const length of group.lengths) {
      if (i + length > view.length) break;
      if (!endsAt(i + length)) continue;
      for (const k of group.byForm.get(lower.slice(i, i + length)) ?? []) (found[k] as number[]).push(i);
    }
  }
  return found;
}
