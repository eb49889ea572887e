import { HERO_TITLE_READ_VERBS, HERO_TITLE_WATCHER_TAGS, HERO_TITLE_WATCHERS } from '../../data/work-cues';
import type { Word } from '../../text/words';

/**
 * True when the watch or read verb at word `v` is the writer's or the reader's: `I`, `we` or `you`
 * before it, or a lower-case auxiliary, `to`, adverb or verb ({@link HERO_TITLE_WATCHER_TAGS});
 * not a story's `Fiona watched Shrek` nor `Anne stood and watched Diana`. A verb of reading
 * ({@link HERO_TITLE_READ_VERBS}) takes only the pronoun or an auxiliary: after `to` one reads a
 * script or a mind as often.
 *
 * @param words - The text's words.
 * @param pos - wink's tag of each word.
 * @param v - Index of the verb.
 */
export function watcherIsReader(words: readonly Word[], pos: readonly string[], v: number): boolean {
  const subject = words[v - 1];
  if (subject === undefined) return false;
  if (HERO_TITLE_WATCHERS.has(subject.lower)) return true;
  const tag = pos[v - 1] as string;
  if (HERO_TITLE_READ_VERBS.has((words[v] as Word).lower)) return tag === 'AUX';
  return !subject.capitalised && HERO_TITLE_WATCHER_TAGS.has(tag);
}
