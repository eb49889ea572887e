/**
 * Stage 4c, second names the text gives: a name, then `known as`, `aka`, `nicknamed` or `alias`
 * and another name ("Walter White, known as Heisenberg", "Clint Barton aka Hawkeye", "Midoriya
 * (nicknamed Deku)"): the two are one entity. A real person whose second name is a character
 * ("A, aka C" of an actor and the part) is no alias, and neither is a name a few words on: only the
 * name right after the cue (past a `the` or a quote mark) counts. Each mention reads a bounded
 * window after it, so the pass is linear in mentions.
 */
import { ALIAS_CUES, BEFORE_ALIAS_CUE } from '../../data/alias-cues';
import { OPEN_QUOTES } from '../../data/name-marks';
import type { EntityDraft, NormalizedText } from '../stage-types';
import { MergedInto, merge } from './tie-merge';


/** Merges each name given as a second name of the name right before it; the merged-away entities are left empty for `compact`. */
export function mergeKnownAs(input: NormalizedText, entities: EntityDraft[]): void {
  const { view, lower } = input;
  const startAt = new Map<number, number>();
  entities.forEach((e, i) => {
    for (const m of e.mentions) startAt.set(m.start, i);
  });
  if (startAt.size < 2) return;
  const movedTo = new MergedInto();
  const pairs: [number, number][] = [];
  entities.forEach((e, x) => {
    for (const m of e.mentions) {
      const gap = BEFORE_ALIAS_CUE.find((g) => view.startsWith(g, m.end));
      if (gap === undefined) continue;
      const at = m.end + gap.length;
      const cue = ALIAS_CUES.find((c) => lower.startsWith(c, at));
      if (cue === undefined) continue;
      let next = at + cue.length;
      if (view[next] !== ' ') continue;
      next++;
      if (lower.startsWith('the ', next)) next += 4;
      if (OPEN_QUOTES.includes(view[next] as string)) next++;
      const y = startAt.get(next);
      if (y !== undefined && y !== x) pairs.push([x, y]);
    }
  });
  for (const [a, b] of pairs) {
    const x = movedTo.find(a);
    const y = movedTo.find(b);
    if (x === y) continue;
    const first = entities[x] as EntityDraft;
    const second = entities[y] as EntityDraft;
    // "Natalie Dormer, aka Margaery Tyrell": an actor's part, not a second name.
    if (first.kind !== second.kind && (first.roles.includes('actor') || second.roles.includes('actor') || first.playedBy === y || second.playedBy === x)) continue;
    merge(entities, y, x);
    movedTo.set(y, x);
  }
}
