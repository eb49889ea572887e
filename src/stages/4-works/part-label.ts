/**
 * A review that rates its work part by part writes each part as a label (`SOUND`, `Enjoyment:`,
 * `Art & Sound`, `Character Development: …`): found by the capitals, emphasis or colon passes, such
 * a label looks like a title, but names a part of the review, never a work. One capitalised part
 * word alone may still be a title (`the stage hit Art`); a text that capitalises two parts or more
 * rates its work part by part, and there a title made of part words is a label.
 */
import { PART_HEADINGS } from '../../data/heading-words';
import { PART_LABEL_QUALIFIERS, PART_LABEL_WORDS, SCORE_ASPECTS } from '../../data/work-cues';
import type { Word } from '../../text/words';

/** The word joining two parts in one label (`Art and Sound`); `&` and `/` are no letters and fall out anyway. */
const PART_JOINER = 'and';

/** Distinct part words a text must capitalise before a title made of part words counts as a label. */
const MIN_LABELLED_PARTS = 2;

/** True when `word` (lower case) names a part a review rates. */
const isPartWord = (word: string): boolean => SCORE_ASPECTS.has(word) || PART_HEADINGS.has(word) || PART_LABEL_WORDS.has(word);

/**
 * True when the title `key` (lower case), or its main part before a colon, is made of part words
 * only ({@link isPartWord}, with the qualifiers of {@link PART_LABEL_QUALIFIERS} and "and" between),
 * one of them at least a part word: a label (`overall`, `art & sound`, `sound: good`,
 * `character development: one of`). One pass over the key's characters.
 */
export function namesReviewPart(key: string): boolean {
  const colon = key.indexOf(':');
  const main = colon >= 0 ? key.slice(0, colon) : key;
  let parts = 0;
  let word = '';
  // A letter or an apostrophe goes on a word; anything else ends it.
  const settle = (): boolean => {
    if (!word) return true;
    const w = word;
    word = '';
    if (isPartWord(w)) parts++;
    else if (!PART_LABEL_QUALIFIERS.has(w) && w !== PART_JOINER) return false;
    return true;
  };
  for (const ch of main) {
    if ((ch >= 'a' && ch <= 'z') || ch === '\'') word += ch;
    else if (!settle()) return false;
  }
  return settle() && parts > 0;
}

/**
 * True when the text capitalises {@link MIN_LABELLED_PARTS} distinct part words or more
 * ({@link isPartWord}, not possessive: `Story`, `SOUND`, `Enjoyment`): a review rated part by part.
 * One walk over the words, stopping at the second.
 */
export function ratesPartByPart(words: readonly Word[]): boolean {
  let first = '';
  for (const w of words) {
    if (!w.capitalised || w.possessive || !isPartWord(w.lower)) continue;
    if (!first) first = w.lower;
    else if (w.lower !== first) return true;
  }
  return false;
}
