/**
 * A list of nominees or winners names each person with the work they are up for (`A B for Work1,
 * C D for Work2 and E F for Work3`, `A B (Work1) and C D (Work2)`): the work after a name stands
 * between it and the next item, so the list's gaps are read past it.
 */
import type { NameContext } from './context';

/** What opens a nominee's work after the name: ` for ` or a bracket. */
const WORK_OPENERS: readonly string[] = [' for ', ' ('];

/**
 * The end of the work a nominee's name ending at `end` is up for (`for Work`, `(Work)`: a work
 * mention the works stage found, whole, with the bracket's close), or -1 when none follows there.
 */
export function nomineeWorkEnd(ctx: Pick<NameContext, 'input' | 'workMask'>, end: number): number {
  const { view } = ctx.input;
  const { workMask } = ctx;
  for (const opener of WORK_OPENERS) {
    if (!view.startsWith(opener, end)) continue;
    const from = end + opener.length;
    if (workMask[from] !== 1 || (from > 0 && workMask[from - 1] === 1)) return -1;
    let k = from;
    while (k < workMask.length && workMask[k] === 1) k++;
    if (opener === ' (') return view[k] === ')' ? k + 1 : -1;
    return k;
  }
  return -1;
}
