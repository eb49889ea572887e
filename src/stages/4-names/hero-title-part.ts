/**
 * A hero's title-name as the part of a bracket pair: `Iron Man (A)`, `Wonder Woman (A)`. Its last
 * word is a noun of sex, age or rank, which elsewhere makes a title-case phrase a description and
 * no name (`Old Man (A)`, `English Teacher (A)`), but after a word that is no describing word
 * itself the two words are the name a hero goes by, and the player's full name in the bracket
 * names the part it is, where the text also uses the two words as a name: joined by a slash to a
 * personal name (`Tony Stark/Iron Man (A)`) or written again elsewhere. Written once, such a phrase
 * is as often a description before the described one's own name (`– Assembly Woman (Park Eun-Hee)`),
 * and so it is where the text writes the two words in lower case (`the assembly woman`).
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

/** The pieces of a text by their first word, as the cue readers index them. */
export interface PiecesByFirstWord {
  get(k: number): Piece | undefined;
}

/** How many pieces of each text share each key, counted once per text. */
const keyCountsOf = new WeakMap<PiecesByFirstWord, Map<string, number>>();

/** The number of the text's pieces with each key: one pass over its words. */
function keyCounts(words: readonly Word[], pieceAt: PiecesByFirstWord): Map<string, number> {
  let counts = keyCountsOf.get(pieceAt);
  if (counts) return counts;
  counts = new Map<string, number>();
  for (let k = 0; k < words.length; k++) {
    const q = pieceAt.get(k);
    if (q !== undefined) counts.set(q.key, (counts.get(q.key) ?? 0) + 1);
  }
  keyCountsOf.set(pieceAt, counts);
  return counts;
}

/** True when a capitalised word ends right before `x` at a bare slash (`Tony Stark/Iron Man`). */
function slashedName(view: string, words: readonly Word[], x: Piece): boolean {
  const before = words[x.first - 1];
  return before !== undefined && before.capitalised && before.end === x.start - 1 && view[before.end] === '/';
}

/**
 * True when the piece `x` is two capitalised words, the second a hero's title noun
 * ({@link HERO_NAME_ENDS}) and the first no describing or role noun and not tagged as a
 * describing word, the text writes the two nowhere in lower case, and it uses them as a name: a
 * slash joins them to a personal name or they are written again (`Iron Man`, `Wonder Woman`; not
 * `Police Woman`, nor `Assembly Woman` written once or beside `the assembly woman`).
 */
export function heroTitlePiece(view: string, words: readonly Word[], pos: readonly (string | undefined)[], pieceAt: PiecesByFirstWord, x: Piece): boolean {
  if (x.last !== x.first + 1 || x.titled) return false;
  const head = words[x.first] as Word;
  const end = words[x.last] as Word;
  if (!head.capitalised || !end.capitalised || head.possessive || head.hyphenated) return false;
  if (!HERO_NAME_ENDS.includes(end.lower) || DESCRIPTOR_NOUNS.has(head.lower) || ROLE_NOUNS.has(head.lower)) return false;
  if (DESCRIBING_POS.has(pos[x.first] as string) || lowerPairs(view, words).has(`${head.lower} ${end.lower}`)) return false;
  return slashedName(view, words, x) || (keyCounts(words, pieceAt).get(x.key) ?? 0) > 1;
}
