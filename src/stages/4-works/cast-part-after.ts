/**
 * A passive casting phrase right after a title's occurrence ("Bod would be played by A", "Bod is
 * voiced by A"): there the words name a part an actor plays, not the work, whatever a list of
 * titles elsewhere says, so that occurrence is left to the names stage. After a comma the phrase
 * may be an aside about someone named before ("C appeared in W, played by A"), so it is not read.
 */
import { PLAYED_BY_VERBS } from '../../data/role-words';
import { PASSIVE_CAST_LEADS } from '../../data/work-cues';
import { isLetter, isUpper } from '../../text/chars';

/** How many words of {@link PASSIVE_CAST_LEADS} may stand before the verb ("would likely be"). */
const MAX_LEAD_WORDS = 3;

/** The longest word read: past it, a run of letters is no lead word. */
const MAX_LEAD_LENGTH = 12;

/**
 * True when, from `end` in `view` (`lower` is the text in lower case), one space, at most
 * {@link MAX_LEAD_WORDS} words of {@link PASSIVE_CAST_LEADS}, a verb of {@link PLAYED_BY_VERBS},
 * ` by ` and a capital follow: the occurrence ending at `end` is a part a named actor plays
 * ("played by the wonderful A" may describe anyone). Reads a bounded stretch of the text.
 */
export function castPartAfter(view: string, lower: string, end: number): boolean {
  if (lower[end] !== ' ') return false;
  let at = end + 1;
  for (let n = 0; n <= MAX_LEAD_WORDS; n++) {
    let k = at;
    while (k < lower.length && k - at <= MAX_LEAD_LENGTH && isLetter(lower[k])) k++;
    const word = lower.slice(at, k);
    if (PLAYED_BY_VERBS.has(word)) return lower.startsWith(' by ', k) && isUpper(view[k + 4]);
    if (n === MAX_LEAD_WORDS || !PASSIVE_CAST_LEADS.has(word) || lower[k] !== ' ') return false;
    at = k + 1;
  }
  return false;
}
