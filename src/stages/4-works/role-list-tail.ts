/**
 * The runs a list of titles goes on with after the first, past commas ("appeared in Brookside, My
 * Family and A Touch of Frost"): a run of title-case words stops at a comma, so a cue that finds
 * the first title of a list alone would miss the rest.
 */
import { TITLE_LIST_JOINERS } from '../../data/work-list-words';
import { isListGap } from '../../text/list-gap';
import type { Run } from '../../text/runs';
import type { Word } from '../../text/words';
import type { WorksContext } from './context';

/** How many runs a list tail takes at most after the first: a list longer than that is a roll call. */
const TAIL_RUNS_AT_MOST = 8;

/**
 * The runs that follow `first` as items of one list, each after a gap of a comma, "and" / "or" /
 * "plus" or both on one line; empty unless the list is closed by a joiner (a gap that holds one,
 * or a lower-case "and" / "or" inside the last run: "X, Y and Z"), since a comma alone after a
 * title opens an aside as often ("starred in X, Ann Lee said").
 */
export function roleListTail(ctx: WorksContext, first: Run): Run[] {
  const { view, words } = ctx;
  const out: Run[] = [];
  let prev = first;
  let joined = false;
  while (out.length < TAIL_RUNS_AT_MOST) {
    // A joiner after a comma is a word of its own between two runs (", and Z").
    const link = words[prev.last + 1];
    const next = ctx.runAt(prev.last + 1) ?? (link && !link.capitalised && TITLE_LIST_JOINERS.includes(link.lower) ? ctx.runAt(prev.last + 2) : undefined);
    if (!next) break;
    const gap = view.slice(prev.end, next.start);
    if (gap.includes('\n') || !isListGap(gap, TITLE_LIST_JOINERS)) break;
    const mark = gap.trim();
    out.push(next);
    prev = next;
    if (mark !== ',') {
      joined = true;
      break;
    }
  }
  if (!joined && out.length > 0) joined = innerJoiner(words, out.at(-1) as Run);
  return joined ? out : [];
}

/** True when a lower-case "and" / "or" stands inside a run before a capitalised word ("My Family and A Touch of Frost"). */
function innerJoiner(words: readonly Word[], run: Run): boolean {
  for (let k = run.first + 1; k < run.last; k++) {
    const w = words[k] as Word;
    if (!w.capitalised && TITLE_LIST_JOINERS.includes(w.lower) && (words[k + 1] as Word).capitalised) return true;
  }
  return false;
}
