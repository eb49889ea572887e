/**
 * Whether a lower-case word is a noun of a work or of its kind (`novel`, `films`, `thriller`,
 * `opera`): read by the works stage and by the names stage's reading of an owner's possessive.
 */
import { GENRE_NOUNS, KIND_OF_WORK_NOUNS, WORK_NOUN_PLURALS, WORK_NOUNS } from '../data/work-cues';

/** True when lower-case `l` is a noun of a work, in the singular or the plural, or of its kind or genre. */
export function isWorkNoun(l: string): boolean {
  return WORK_NOUNS.has(l) || WORK_NOUN_PLURALS.has(l) || KIND_OF_WORK_NOUNS.has(l) || GENRE_NOUNS.has(l);
}
