/** Word-level sentiment rules that wink's lexicon lacks. Each is a general habit of English. */

/**
 * Prefixes that negate the stem: when the whole word is not in the lexicon but the stem is,
 * the word scores minus the stem ("unimportant" = -"important", "unfunny" = -"funny").
 */
export const NEGATING_PREFIXES: readonly string[] = ['un'];

/** Shortest word a negating prefix is read off (so "under", "until", "unit" are left alone). */
export const MIN_PREFIXED_LENGTH = 6;

/**
 * "too" before a word that is not praise marks excess, which in a review is a criticism
 * ("too many characters", "too long", "a bit too annoying"); "too good" and "me too" are left alone.
 */
export const EXCESS_WORDS: ReadonlySet<string> = new Set(['too', 'overly']);

/** The score an excess marker adds. */
export const EXCESS_SCORE = -0.4;

/**
 * Words review writers use to label the parts of a review ("Verdict", "Summary", "Recognition").
 * They name the structure, not an opinion, so their lexicon scores are dropped.
 */
export { ONE_WORD_HEADINGS as STRUCTURE_WORDS } from './heading-words';
