/** Telling a noun that can say something (a person, a group, a lawsuit) from one that cannot (a time, a manner). */
import { ROLE_NOUNS } from '../../data/role-words';
import { SOMEONE_NOUNS, SPEAKING_THING_NOUNS } from '../../data/speaker-words';
import { isGroupNoun } from './group-noun';

/**
 * True for a lower-case noun that can be a speech verb's subject: a person ("the spokesman"), a
 * group of people ("lawyers"), or a document or body that says things ("the lawsuit", "the
 * corporation"); not a noun of time or manner ("after a time exclaimed", "in a constrained manner said").
 */
export function canSpeak(w: string): boolean {
  if (SOMEONE_NOUNS.has(w) || ROLE_NOUNS.has(w) || isGroupNoun(w) || SPEAKING_THING_NOUNS.has(w)) return true;
  return w.endsWith('s') && SPEAKING_THING_NOUNS.has(w.slice(0, -1));
}
