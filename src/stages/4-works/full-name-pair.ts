/**
 * A one-word title that is also its hero's given name (or family name) is written beside the
 * hero's other name: "the protagonist, Naruto Uzumaki", "a boy named Uzumaki Naruto". The pair is
 * a full name, a person, not a mention of the work followed by a stray capitalised word.
 */
import { isLower } from '../../text/chars';
import type { Word } from '../../text/words';
import { isModelWord } from '../../wink';

/** The fewest letters the other name of the pair has (`Vs`, `Jr` are no family names). */
const MIN_PARTNER_LETTERS = 3;

/**
 * True when word `k`, an occurrence of a one-word title, makes a full name with the capitalised
 * word right before or after it, one space apart. Both words are no word of the English model
 * (names, not `Alien Hunter` nor `Batman Forever`); the other word is written like a name (a
 * capital and lower-case letters, no hyphen) and is no word of any title the text names (the
 * subtitle of `Naruto Shippuden` is a title's word, not a family name); the possessive ends the
 * pair (`Naruto Uzumaki's journey`; not `Naruto's Uzumaki`).
 */
export function inFullNamePair(view: string, words: readonly Word[], k: number, titleWords: ReadonlySet<string>): boolean {
  const w = words[k];
  if (!w || isModelWord(w.lower)) return false;
  const before = words[k - 1];
  if (before && w.spaceBefore && !before.possessive && namePartner(view, before, titleWords)) return true;
  const after = words[k + 1];
  return after !== undefined && after.spaceBefore && !w.possessive && namePartner(view, after, titleWords);
}

/** True when `w` may be the other name of {@link inFullNamePair}'s pair. */
function namePartner(view: string, w: Word, titleWords: ReadonlySet<string>): boolean {
  if (!w.capitalised || w.hyphenated || w.lower.length < MIN_PARTNER_LETTERS || titleWords.has(w.lower) || isModelWord(w.lower)) return false;
  for (let i = w.start + 1; i < w.end; i++) if (!isLower(view[i])) return false;
  return true;
}
