/** Telling a group from one person by the noun that names it. */
import { ROLE_NOUNS } from '../../data/role-words';
import { GROUP_NOUNS, SOMEONE_NOUNS } from '../../data/speaker-words';

/**
 * True for a plural noun for a group ("Critics", "Teachers", "Witnesses", "Police"): the plural of a
 * noun for a person, or one of the few group words with no such noun.
 */
export function isGroupNoun(w: string): boolean {
  if (GROUP_NOUNS.has(w)) return true;
  if (!w.endsWith('s')) return false;
  const one = (x: string): boolean => ROLE_NOUNS.has(x) || SOMEONE_NOUNS.has(x);
  return one(w.slice(0, -1)) || (w.endsWith('es') && one(w.slice(0, -2)));
}
