/**
 * A titled form and a full name it may stand for, told apart by sex: a woman's title does not name
 * a man's full name (`Mrs. Vell` is not `Tom Vell`), nor a man's title a woman's (`Mr. Vell` is not
 * `Anna Vell`). A title or a given name borne by both, or by no listed sex, says nothing.
 */
import { FEMALE_NAMES, MALE_NAMES } from '../../data/given-names';
import { FEMALE_TITLES, MALE_TITLES } from '../../data/honorifics';
import { bareTitle } from '../../text/bare-title';

/** The sex a title (lower case, no dot) tells: `m`, `f`, or undefined. */
export function titleSex(title: string): 'm' | 'f' | undefined {
  if (MALE_TITLES.has(title)) return 'm';
  return FEMALE_TITLES.has(title) ? 'f' : undefined;
}

/** The sex a given name (lower case) usually tells: `m`, `f`, or undefined when both or neither. */
export function givenSex(given: string): 'm' | 'f' | undefined {
  const m = MALE_NAMES.has(given);
  const f = FEMALE_NAMES.has(given);
  return m === f ? undefined : m ? 'm' : 'f';
}

/** True when `title` and the full name's first word `given` tell two different sexes. */
export function sexesClash(title: string, given: string): boolean {
  const t = titleSex(bareTitle(title));
  if (t === undefined) return false;
  const g = givenSex(given);
  return g !== undefined && g !== t;
}
