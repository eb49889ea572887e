import { TITLE_CASE_INNER_WORDS } from '../data/work-cues';
import { isUpper } from './chars';
import { isKoreanFullName } from './korean';
import type { Word } from './words';

/**
 * True when a word of `words[first..last]` past the first is a function word of
 * {@link TITLE_CASE_INNER_WORDS} capitalised as title case writes it ("Stranger Than Fiction",
 * "Murder By Numbers"): no personal name holds one there, so the run is a title. Not a word in
 * capitals (its second letter a capital too: capitals shout as often), nor a run that reads as a
 * romanised Korean name, which may hold such a syllable ("Seo In Guk"). The names stage (a bracket
 * after a name holds a work, not its player) and the works stage (such a bracket is a title) ask it.
 */
export function holdsTitleCaseInnerWord(view: string, words: readonly Word[], first: number, last: number): boolean {
  let inner = false;
  const texts: string[] = [];
  for (let k = first; k <= last; k++) {
    const w = words[k] as Word;
    if (k > first && w.capitalised && TITLE_CASE_INNER_WORDS.has(w.lower) && !isUpper(view[w.start + 1])) inner = true;
    texts.push(view.slice(w.start, w.end));
  }
  return inner && !isKoreanFullName(texts);
}
