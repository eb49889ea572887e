/**
 * The creator cue's reading of the words after a name: a plain lower-case word, and where the
 * name's verb stands past adverbs and auxiliaries (`A still clearly decided`, `A could have ended`,
 * `A has drawn`).
 */
import { CREATOR_AUXILIARIES } from '../../data/creator-cues';
import type { Word } from '../../text/words';
import { gapBefore, type CueContext } from './3-cue-readers';

/** How many adverbs and auxiliaries may stand between the name and its verb (`A still clearly decided`, `A could have ended`). */
const MAX_ADVERBS = 3;

/** The lower-case word at `k` one space after the word before it, or undefined (also for the text's first word). */
export function plainWord(c: CueContext, k: number): Word | undefined {
  const w = k >= 1 ? c.words[k] : undefined;
  return w && !w.capitalised && gapBefore(c, k) === ' ' ? w : undefined;
}

/** True when word `j` is a plain auxiliary or modal (`has`, `could`, `should’ve`). */
export function isAuxiliary(c: CueContext, j: number): boolean {
  const w = plainWord(c, j);
  return w !== undefined && CREATOR_AUXILIARIES.has(w.lower.replace(/’/g, "'"));
}

/**
 * The word after the adverbs and auxiliaries that follow word `k - 1` (at most {@link MAX_ADVERBS}):
 * where the name's verb stands, and whether an auxiliary came before it.
 */
export function verbAfter(c: CueContext, k: number): { at: number; auxiliary: boolean } {
  let j = k;
  let auxiliary = false;
  for (let n = 0; n < MAX_ADVERBS && plainWord(c, j); n++, j++) {
    if (isAuxiliary(c, j)) auxiliary = true;
    else if (c.pos[j] !== 'ADV') break;
  }
  return { at: j, auxiliary };
}
