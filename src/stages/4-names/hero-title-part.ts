/**
 * A hero's title-name as the part of a bracket pair: `Iron Man (A)`, `Wonder Woman (A)`. Its last
 * word is a noun of sex, age or rank, which elsewhere makes a title-case phrase a description and
 * no name (`Old Man (A)`, `English Teacher (A)`), but after a word that is no describing word
 * itself the two words are the name a hero goes by, and the player's full name in the bracket
 * names the part it is. A text that writes the two words in lower case elsewhere (`the assembly
 * woman`) uses them as a description, and the bracket then gives the described one's name.
 */
import { HERO_NAME_ENDS } from '../../data/alias-cues';
import { DESCRIPTOR_NOUNS, ROLE_NOUNS } from '../../data/role-words';
import type { Word } from '../../text/words';
import type { Piece } from './piece';

/** wink's tags of a first word that describes more than it names (`Old Man`, `Young Woman`, `Other Woman`). */
const DESCRIBING_POS: ReadonlySet<string> = new Set(['ADJ', 'DET', 'NUM', 'PRON', 'ADV']);

/** The lower-case pairs of each text's words, built once per scanned text. */
const lowerPairsOf = new WeakMap<readonly Word[], Set<string>>();

/** Every two words of the text one space apart, both written in lower case, as `a b`: one pass over the words. */
function lowerPairs(view: string, words: readonly Word[]): Set<string> {
  let pairs = lowerPairsOf.get(words);
  if (pairs) return pairs;
  pairs = new Set<string>();
  for (let k = 1; k < words.length; k++) {
    const a = words[k - 1] as Word;
    const b = words[k] as Word;
    if (!a.capitalised && !b.capitalised && !a.possessive && b.start === a.end + 1 && view[a.end] === ' ') pairs.add(`${a.lower} ${b.lower}`);
  }
  lowerPairsOf.set(words, pairs);
  return pairs;
}

/**
 * True when the piece `x` is two capitalised words, the second a hero's title noun
 * ({@link HERO_NAME_ENDS}) and the first no describing or role noun and not tagged as a
 * describing word, and the text writes the two nowhere in lower case (`Iron Man`, `Wonder Woman`;
 * not `Police Woman`, nor `Assembly Woman` beside `the assembly woman`).
 */
export function heroTitlePiece(view: string, words: readonly Word[], pos: readonly (string | undefined)[], x: Piece): boolean {
  if (x.last !== x.first + 1 || x.titled) return false;
  const head = words[x.first] as Word;
  const end = words[x.last] as Word;
  if (!head.capitalised || !end.capitalised || head.possessive || head.hyphenated) return false;
  if (!HERO_NAME_ENDS.includes(end.lower) || DESCRIPTOR_NOUNS.has(head.lower) || ROLE_NOUNS.has(head.lower)) return false;
  return !DESCRIBING_POS.has(pos[x.first] as string) && !lowerPairs(view, words).has(`${head.lower} ${end.lower}`);
}
