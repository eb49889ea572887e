/**
 * Stage 4c, the actor of a part the text names by a noun only: `played by A`, `portrayed by A`,
 * `voiced by A` before a real person says A acts, even where the part has no name to link ("the
 * mother is played by A", "two nephews, played by A and B").
 */
import { APPOSITIVE_OPENERS } from '../../data/casting-vocab';
import { PLAYED_BY_VERBS } from '../../data/role-words';
import { isApostrophe } from '../../text/chars';
import type { EntityDraft } from '../stage-types';
import { LIST_JOINS, MAX_LIST } from './link-casting-as';
import { afterWord, isMannerWord, MAX_MANNER_WORDS, mentionsInOrder, wordBefore, type EntityMention } from './link-casting-words';

/** Lower-case describing words allowed between `by` and the actor ("by adorable new actress A"). */
const MAX_DESCRIBING_WORDS = 4;

/**
 * True when the mention `start`..`end` of `view` is the agent of a verb of playing: `played by`
 * (past at most {@link MAX_MANNER_WORDS} words of manner) right before it, or before at most
 * {@link MAX_DESCRIBING_WORDS} lower-case describing words, each with a comma at most. A
 * possessive after the name owns something else ("portrayed by A's camera"). Reads a bounded
 * window back from the mention.
 */
function playedByAgent(view: string, start: number, end: number): boolean {
  if (isApostrophe(view[end])) return false;
  let at = start - 1;
  for (let n = 0; n <= MAX_DESCRIBING_WORDS; n++) {
    if (view[at] !== ' ') return false;
    if (n > 0 && view[at - 1] === ',') at--;
    const w = wordBefore(view, at);
    if (!w) return false;
    if (w.word === 'by') return verbBefore(view, w.start - 1);
    at = w.start - 1;
  }
  return false;
}

/** True when a verb of playing ends at the space `at`, past at most {@link MAX_MANNER_WORDS} words of manner. */
function verbBefore(view: string, space: number): boolean {
  let at = space;
  for (let n = 0; n <= MAX_MANNER_WORDS; n++) {
    if (view[at] !== ' ') return false;
    const w = wordBefore(view, at);
    if (!w) return false;
    if (PLAYED_BY_VERBS.has(w.word)) return true;
    if (!isMannerWord(w.word)) return false;
    at = w.start - 1;
  }
  return false;
}

/**
 * The real people the text names as the agents of a verb of playing: each mention that
 * {@link playedByAgent} reads, and the names of a list that goes on right after it ("played by A,
 * B and C"), at most {@link MAX_LIST} of them. A name an appositive describes is a part the
 * list goes on to ("played by A, and C, a shy clerk played by B"). One pass over the mentions in
 * text order.
 */
export function playedByAgents(view: string, lower: string, entities: readonly EntityDraft[], mentions: readonly EntityMention[] = mentionsInOrder(entities, view)): Set<number> {
  const out = new Set<number>();
  let listed = 0;
  let prevEnd = -1;
  for (const m of mentions) {
    const person = (entities[m.entity] as EntityDraft).kind === 'person';
    const goesOn = listed > 0 && listed < MAX_LIST && LIST_JOINS.has(view.slice(prevEnd, m.start)) && !isApostrophe(view[m.end]) && !described(view, lower, m.end);
    if (person && (goesOn || playedByAgent(view, m.start, m.end))) {
      out.add(m.entity);
      listed = goesOn ? listed + 1 : 1;
    } else listed = 0;
    prevEnd = m.end;
  }
  return out;
}

/** True when an appositive opens right after the name that ends at `end` (", a shy clerk"). */
function described(view: string, lower: string, end: number): boolean {
  return view[end] === ',' && afterWord(lower, end + 2, APPOSITIVE_OPENERS) >= 0;
}
