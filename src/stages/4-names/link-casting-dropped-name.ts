/**
 * Stage 4c, a list of parts after `as` that names someone the names stage left out: where that
 * name ends, so the list still pairs in order (`link-casting-as.ts`).
 */
import { isLetter, isUpper } from '../../text/chars';

/** How many capitalised words a name left out of a list of parts may have ("Kylo Ren", "Princess Leia Organa"). */
const MAX_DROPPED_WORDS = 3;
/** The longest word read in such a name, in characters. */
const MAX_DROPPED_WORD = 24;

/**
 * Where a name the names stage left out, standing at `at` in a list of parts, ends; or -1. A run of
 * at most {@link MAX_DROPPED_WORDS} words one space apart, each a capital letter and then letters
 * (an apostrophe, hyphen or dot inside: "O'Hara", "Obi-Wan"), that stops before `limit` (the next
 * mention). The pronoun `I` is no name, alone or with its verb ("I'm"). A list of parts may name
 * someone the names stage did not keep ("as Rey and Kylo Ren"); counting it keeps the pairing of
 * the list in order.
 */
export function droppedNameEnd(view: string, at: number, limit: number): number {
  let k = at;
  let end = -1;
  for (let n = 0; n < MAX_DROPPED_WORDS && k < limit; n++) {
    if (!isUpper(view[k])) break;
    let w = k + 1;
    while (w < limit && w - k < MAX_DROPPED_WORD && (isLetter(view[w]) || ((view[w] === '\'' || view[w] === '-' || view[w] === '.') && isLetter(view[w + 1])))) w++;
    // A lone capital ("I", "A", "I'm") is a pronoun or an article; a word runs on past the longest read.
    if (w === k + 1 || isLetter(view[w]) || (view[k] === 'I' && !isLetter(view[k + 1]))) break;
    end = w;
    if (view[w] !== ' ' || !isUpper(view[w + 1])) break;
    k = w + 1;
  }
  return end;
}
