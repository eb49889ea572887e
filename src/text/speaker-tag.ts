import { TAG_RUN_ON_WORDS, TAG_SCENE_WORDS } from '../data/speaker-words';
import { isUpper } from './chars';

/** The most characters of the word after a speaker tag that are read: longer than any word of the two lists. */
const MAX_NEXT_WORD = 12;

/**
 * True when a cited line's speaker tag (`” – Name`) may end at `end`: after any spaces, the text or
 * the line ends, or a mark of `stops` follows; or, after a space, a capitalised function word of
 * {@link TAG_RUN_ON_WORDS} opens the review's next sentence run on (`– Luffy This show`), or a
 * lower-case scene word of {@link TAG_SCENE_WORDS} opens the writer's note (`– Ilse after she
 * opens the box`). Any other word goes on with a longer tag or the writer's own sentence. The
 * names stage (which keeps the tag as a name) and the speakers' dash sieve read the tag's end here.
 */
export function tagEndsAt(view: string, end: number, stops: ReadonlySet<string>): boolean {
  let k = end;
  while (k < view.length && view[k] === ' ') k++;
  if (k >= view.length || view[k] === '\n' || stops.has(view[k] as string)) return true;
  if (k === end) return false;
  const word = /^\p{L}+/u.exec(view.slice(k, k + MAX_NEXT_WORD))?.[0] ?? '';
  return isUpper(view[k]) ? TAG_RUN_ON_WORDS.has(word.toLowerCase()) : TAG_SCENE_WORDS.has(word);
}
