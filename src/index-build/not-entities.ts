/**
 * Name forms that name no one in reviews of shows and films, whatever the single document made of
 * them: the medium and its genres, the headings of a rating form, story parts, studios. A document
 * entity whose every form is one of these adds nothing to the index.
 */
import { INDEX_CAPITAL_ABBREVIATIONS, INDEX_GROUP_WORDS, INDEX_PART_WORDS, INDEX_PLAIN_WORDS, INDEX_STUDIOS } from '../data/index-not-entities';
import { formWords } from './form-key';

/** Each list of src/data/index-not-entities.ts, folded as {@link formWords} folds a form. */
const fold = (words: readonly string[]): ReadonlySet<string> => new Set(words.map((w) => formWords(w).join('')));
const PLAIN_WORDS = fold(INDEX_PLAIN_WORDS);
const PART_WORDS = fold(INDEX_PART_WORDS);
const GROUP_WORDS = fold(INDEX_GROUP_WORDS);
const STUDIOS = fold(INDEX_STUDIOS);
const CAPITAL_ABBREVIATIONS: ReadonlySet<string> = new Set(INDEX_CAPITAL_ABBREVIATIONS);

/** Whether `form`, as one document wrote it, names no one (see the sets above). */
export function namesNoOne(form: string): boolean {
  const bare = form.trim();
  const singular = bare.endsWith('s') ? bare.slice(0, -1) : bare;
  if (CAPITAL_ABBREVIATIONS.has(bare) || CAPITAL_ABBREVIATIONS.has(singular)) return true;
  const words = formWords(bare);
  if (!words.length) return true;
  if (STUDIOS.has(words.join(''))) return true;
  if (GROUP_WORDS.has(words[words.length - 1] as string)) return true;
  return words.every((w) => PLAIN_WORDS.has(w)) || words.some((w) => PART_WORDS.has(w));
}
