/** Whether a word is a first name of either list: the curated one or the large one. */
import { GIVEN_NAMES } from '../data/given-names';
import { FIRST_NAMES } from './first-names';

/** True for a first name of the curated list or the large one ("Daphne", "Errol"). */
export function isListedFirstName(lower: string): boolean {
  return GIVEN_NAMES.has(lower) || FIRST_NAMES.has(lower);
}
