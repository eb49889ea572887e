/** Whether a word is a first name of either list: the curated one or the large one. */
import { GIVEN_NAMES } from '../data/given-names';
import { FIRST_NAMES } from './first-names';

/**
 * The answers given so far, by word: the names passes ask about the same few hundred words of a
 * text many times over, and the large list hashes each word afresh. A word of the text is one
 * interned string, so a second question costs one lookup. Only short words are kept: a longer
 * string cut from a text may be a view into the whole text, which the memory would keep alive.
 * Emptied when it grows past {@link MAX_REMEMBERED}, so a long run over many texts keeps it small.
 */
const remembered = new Map<string, boolean>();
/** The most answers kept before the memory is emptied. */
const MAX_REMEMBERED = 50_000;
/** The longest word remembered, in code units (the engine copies a string this short when it is cut). */
const MAX_REMEMBERED_LENGTH = 12;

/** True for a first name of the curated list or the large one ("Daphne", "Errol"). */
export function isListedFirstName(lower: string): boolean {
  if (lower.length > MAX_REMEMBERED_LENGTH) return GIVEN_NAMES.has(lower) || FIRST_NAMES.has(lower);
  let listed = remembered.get(lower);
  if (listed === undefined) {
    listed = GIVEN_NAMES.has(lower) || FIRST_NAMES.has(lower);
    if (remembered.size >= MAX_REMEMBERED) remembered.clear();
    remembered.set(lower, listed);
  }
  return listed;
}
