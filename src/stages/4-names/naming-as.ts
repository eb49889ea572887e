import { NAMING_BEFORE_AS, NAMING_GAP_WORDS, NOT_CASTING_BEFORE_AS } from '../../data/role-words';

/**
 * True when the two words before an `as` (`before`, the one right before it, and `earlier`, the
 * one before that, in lower case) make it no casting cue: a word of {@link NOT_CASTING_BEFORE_AS}
 * ("such as", "known as"), or a verb of naming with a particle or an adverb between ("known simply
 * as C", "referred to as C", "known affectionately as C").
 */
export function namingBeforeAs(before: string, earlier: string): boolean {
  if (NOT_CASTING_BEFORE_AS.has(before)) return true;
  const gap = NAMING_GAP_WORDS.has(before) || (before.length > 4 && before.endsWith('ly'));
  return gap && NAMING_BEFORE_AS.has(earlier);
}
