/**
 * A titled surname of a family and the full names of that surname. Two titles before one surname
 * (`Mr. Vane`, `Miss Vane`) name a family, and a titled form of it does not say by its words which
 * of the family's full names it is. Its title's sex does when the title is the only one of that sex
 * among the family's titled forms and exactly one full name of the surname is of that sex while
 * every other is plainly of the other (`Mr. Vane` of `Matthew Vane` beside `Marilla Vane`), a full
 * name's sex read from its own title first (`Mrs. Peter Vane` is a woman: the given name is her
 * husband's), else from its given name by the lists. Two titles of one sex (`Mrs. Vane`, `Miss
 * Vane`: a mother and a daughter), a full name of no known sex or a title of none (`Captain Vane`)
 * leave each titled form its own. Only the full names written before the titled form's first
 * mention count (the caller's `owners`): a writer names someone in full and then by title, while a
 * parent met by title first may have a child named in full later (`Mr Vane … his son Tom Vane`).
 */
import { bareTitle } from '../../text/bare-title';
import { titleSex } from './tie-title-sex';

/**
 * The one full name among `owners` (those written before the titled form) the family's titled
 * form `title` stands for, read as the file comment says; `titles` are the titles (lower case) the text writes before the surname and
 * `sexOf` the sex each full name's own title or given name tells. Undefined when the titles and sexes do not say.
 */
export function familyMember(title: string, titles: ReadonlySet<string>, owners: ReadonlySet<number>, sexOf: (e: number) => 'm' | 'f' | undefined): number | undefined {
  const own = bareTitle(title);
  const sex = titleSex(own);
  if (sex === undefined) return undefined;
  for (const t of titles) {
    const other = bareTitle(t);
    if (other !== own && titleSex(other) === sex) return undefined;
  }
  let member: number | undefined;
  for (const e of owners) {
    const s = sexOf(e);
    if (s === undefined) return undefined;
    if (s !== sex) continue;
    if (member !== undefined) return undefined;
    member = e;
  }
  return member;
}
