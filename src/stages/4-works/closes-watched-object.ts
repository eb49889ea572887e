import { HERO_TITLE_OBJECT_ENDS, HERO_TITLE_TIME_WORDS } from '../../data/work-cues';
import type { Word } from '../../text/words';

/**
 * True when the word at `k`, standing one space after a watched name, ends the watch verb's object
 * though no mark does: a word tagged as a preposition, an adverb or a conjunction of clauses
 * ({@link HERO_TITLE_OBJECT_ENDS}: `watched Shrek with my kids`, `watched Shrek when`) or a word
 * of time ({@link HERO_TITLE_TIME_WORDS}: `watched Shrek last night`). A verb there makes the name
 * someone seen doing something (`watching Shrek fight`).
 *
 * @param words - The text's words.
 * @param pos - wink's tag of each word.
 * @param k - Index of the word after the name.
 */
export function closesWatchedObject(words: readonly Word[], pos: readonly string[], k: number): boolean {
  const next = words[k];
  return next !== undefined && (HERO_TITLE_OBJECT_ENDS.has(pos[k] as string) || HERO_TITLE_TIME_WORDS.has(next.lower));
}
