/**
 * The large first-name lists of `src/data/first-names.ts` as sets, and the sex a name is borne by.
 */
import { FIRST_NAME_LIST, WORD_FIRST_NAME_LIST } from '../data/first-names';

/** The names of a list without their marks (native replace and split: the cheapest load). */
const read = (list: string): Set<string> => new Set(list.replace(/[+-]/g, '').split(' '));

/** Lower-case English first names that are not also English words. */
export const FIRST_NAMES: ReadonlySet<string> = read(FIRST_NAME_LIST);

/** Lower-case English first names that are also words: a name only with more evidence. */
export const WORD_FIRST_NAMES: ReadonlySet<string> = read(WORD_FIRST_NAME_LIST);

/** Sex by name, built at the first question (few texts ask). */
let sexes: Map<string, 'm' | 'f'> | undefined;

/** The sex a name of either list is borne by only (`m` or `f`), or undefined. */
export function firstNameSex(name: string): 'm' | 'f' | undefined {
  if (!sexes) {
    sexes = new Map();
    for (const entry of `${FIRST_NAME_LIST} ${WORD_FIRST_NAME_LIST}`.split(' ')) {
      const mark = entry[entry.length - 1];
      if (mark === '+') sexes.set(entry.slice(0, -1), 'm');
      else if (mark === '-') sexes.set(entry.slice(0, -1), 'f');
    }
  }
  return sexes.get(name);
}
