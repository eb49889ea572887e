/**
 * Step 5, with the no-one test: the parts a review rates, written as labels (`Story: …`, `Art 9`,
 * `Art/Sound:`, `~Animation~`). A review that rates its work part by part capitalises the names of
 * several parts; one of those words there labels a part, not someone, wherever it stands (`Sound:
 * Sound is good` reads like a sentence about a being, and `Art` is also a given name).
 */
import { SCORE_ASPECTS } from '../../data/work-cues';
import type { Word } from '../../text/words';

/** Distinct rated parts a text must capitalise before any of them counts as a label. */
const MIN_RATED_PARTS = 2;

/**
 * The rated parts (lower case, {@link SCORE_ASPECTS}) the text writes capitalised, in one walk over
 * its words; empty when fewer than {@link MIN_RATED_PARTS} distinct ones are, since one capitalised
 * `Story` or `Art` alone may open a sentence or name someone.
 */
export function ratedParts(words: readonly Word[]): ReadonlySet<string> {
  const out = new Set<string>();
  for (const w of words) if (w.capitalised && !w.possessive && SCORE_ASPECTS.has(w.lower)) out.add(w.lower);
  return out.size >= MIN_RATED_PARTS ? out : new Set();
}

/**
 * True when every form of an entity is one word that is a rated part of this text
 * ({@link ratedParts}): the review's label for that part, not a name.
 */
export function namesRatedPart(forms: readonly string[], parts: ReadonlySet<string>): boolean {
  return parts.size > 0 && forms.every((f) => !f.includes(' ') && parts.has(f.toLowerCase()));
}
