/**
 * Titles of works readers know, read where the names stage meets a run of capitalised words: such
 * a run names the work, not someone, even where the text drops the title's colon ("Naruto
 * Shippuden", "Avengers Infinity War").
 */
import { KNOWN_WORK_TITLES } from '../../data/work-titles-known';
import { lettersKey } from '../../text/letters-key';

/**
 * The keys of the known titles of several words ({@link KNOWN_WORK_TITLES}). Titles of one word
 * are left out: they are given names or plain words as often ("Ray", "Closer").
 */
const KNOWN_TITLE_KEYS: ReadonlySet<string> = new Set(KNOWN_WORK_TITLES.filter((t) => t.includes(' ')).map(lettersKey));

/** True when `text`, a run of two or more words, is a known title of a work, whatever its punctuation. */
export function isKnownTitleRun(text: string): boolean {
  return KNOWN_TITLE_KEYS.has(lettersKey(text));
}
