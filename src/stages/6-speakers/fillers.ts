/** Stepping over the auxiliaries and adverbs that stand between a speaker and a speech verb. */
import type { Token } from '../stage-types';

/**
 * The index of the first token from `t` on, walking by `step` (1: forward, -1: back), that is not
 * a filler, after at most `max` fillers: forward from a name, "once said" → "said"; back from a
 * verb, "and then very gravely replied" → "and". May be `tokens.length` or -1 when the walk runs
 * off the text.
 */
export function skipFillers(tokens: readonly Token[], t: number, step: 1 | -1, max: number, isFiller: (w: Token) => boolean): number {
  let k = t;
  while (k >= 0 && k < tokens.length && Math.abs(k - t) < max && isFiller(tokens[k] as Token)) k += step;
  return k;
}
