/**
 * The creator cue's naming shape: a text about animation names a name by a noun of a story's maker
 * in an appositive or as what it is (`A, the mangaka,`, `A (the creator of X)`, `A is an amazing
 * storyteller`). Only a text about animation: a film's review calls its characters by their trade
 * (`Paul, the writer, is held captive`), while a fan review of an anime does so for its maker.
 */
import { MAKER_NAMING_COPULAS, MAKER_NAMING_DETERMINERS, MAKER_NAMING_NOUNS, MAKER_OF_WORK_NOUNS, WORK_OBJECT_NOUNS } from '../../data/creator-cues';
import type { Word } from '../../text/words';
import { gapBefore, isModifier, possessive, type CueContext } from './3-cue-readers';
import { plainWord } from './creator-verb';
import type { Piece } from './piece';

/** How many describing words may stand before the maker's noun (`a truly amazing storyteller`). */
const MAX_DESCRIBING = 3;

/** True when the `of` after a maker's noun at word `k` names a work (`creator of One Piece`, `author of this manga`), or no `of` follows. */
function ofWork(c: CueContext, k: number): boolean {
  const of = plainWord(c, k + 1);
  if (!of || of.lower !== 'of') return true;
  let j = k + 2;
  const det = plainWord(c, j);
  if (det && MAKER_NAMING_DETERMINERS.has(det.lower)) j++;
  const w = c.words[j];
  return w !== undefined && (c.workMask[w.start] === 1 || (!w.capitalised && WORK_OBJECT_NOUNS.has(w.lower)));
}

/** True when the words right after the name at `p` name it by a maker's noun (`A, the mangaka`, `A is a great storyteller`). */
export function namedMaker(c: CueContext, p: Piece): boolean {
  if (!c.facts.readsAsAnimation() || possessive(c, p)) return false;
  let k = p.last + 1;
  if (k >= c.words.length) return false;
  const gap = gapBefore(c, k);
  const copula = plainWord(c, k);
  // `A is a …`: the determiner one space after the copula; `A, the …` / `A (The …`: right after the mark.
  if (copula && MAKER_NAMING_COPULAS.has(copula.lower)) k++;
  else if (gap !== ', ' && gap !== ' (') return false;
  const det = copula ? plainWord(c, k) : (c.words[k] as Word);
  if (!det || !MAKER_NAMING_DETERMINERS.has(det.lower) || (det.capitalised && gap !== ' (')) return false;
  for (let j = k + 1, n = 0; n <= MAX_DESCRIBING; j++, n++) {
    const w = plainWord(c, j);
    if (!w) return false;
    if (MAKER_NAMING_NOUNS.has(w.lower)) return !MAKER_OF_WORK_NOUNS.has(w.lower) || ofWork(c, j);
    if (!isModifier(c, j)) return false;
  }
  return false;
}
