/**
 * Stage 4c, second names the text gives: a name, then `known as`, `aka`, `nicknamed` or `alias`
 * and another name ("Walter White, known as Heisenberg", "Clint Barton aka Hawkeye", "Midoriya
 * (nicknamed Deku)"): the two are one entity. A real person whose second name is a character
 * ("A, aka C" of an actor and the part) is no alias, and neither is a name a few words on: only the
 * name right after the cue (past a `the` or a quote mark) counts. Each mention reads a bounded
 * window after it, so the pass is linear in mentions. Two names joined by a slash are one
 * character's two names ("Steve Rogers/Captain America (A)", "as Scott Lang/Ant-Man") when one
 * of them is a character, neither is an actor or a maker, and one is written there as a full name
 * (two lone names so joined are mostly a pair: "Joel/Mike"). A name in brackets after a part whose
 * actor the text names elsewhere, or a part in brackets after it, is that part's other name
 * ("Peter Quill (Star-Lord)" where Star-Lord has its actor) unless the text talks of it as an actor.
 */
import { ALIAS_CUES, BEFORE_ALIAS_CUE } from '../../data/alias-cues';
import { OPEN_QUOTES } from '../../data/name-marks';
import type { EntityDraft, NormalizedText } from '../stage-types';
import { MergedInto, merge } from './tie-merge';
import { actingSentence } from './link-casting-orient';
import { bracketAfter, closesBracket } from './link-casting-words';
import { isApostrophe } from '../../text/chars';


/** Merges each name given as a second name of the name right before it; the merged-away entities are left empty for `compact`. */
export function mergeKnownAs(input: NormalizedText, entities: EntityDraft[]): void {
  const { view, lower } = input;
  const startAt = new Map<number, number>();
  const endAt = new Map<number, number>();
  entities.forEach((e, i) => {
    for (const m of e.mentions) {
      startAt.set(m.start, i);
      endAt.set(m.start, m.end);
    }
  });
  if (startAt.size < 2) return;
  const movedTo = new MergedInto();
  const pairs: [number, number][] = [];
  const slashed: [number, number][] = [];
  const bracketed: [number, number][] = [];
  entities.forEach((e, x) => {
    for (const m of e.mentions) {
      const slash = SLASHES.find((g) => view.startsWith(g, m.end));
      const second = slash === undefined ? -1 : m.end + slash.length;
      const other = startAt.get(second);
      // Two lone names so joined are as often two characters paired ("Joel/Mike", "Naruto/Sasuke"):
      // a full name on one side says the other is its second name.
      if (other !== undefined && other !== x && (lower.slice(m.start, m.end).includes(' ') || lower.slice(second, endAt.get(second)).includes(' '))) slashed.push([x, other]);
      const open = bracketAfter(view, lower, m.end);
      const inside = open < 0 ? undefined : startAt.get(open + 1);
      if (inside !== undefined && inside !== x && closesBracket(view, endAt.get(open + 1) as number)) bracketed.push([x, inside]);
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
      // "posing as Tobin Hale's widow": the name owns the false identity, it is not the identity.
      if (y !== undefined && y !== x && !isApostrophe(view[endAt.get(next) as number])) pairs.push([x, y]);
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
  for (const [a, b] of bracketed) {
    const x = movedTo.find(a);
    const y = movedTo.find(b);
    if (x === y) continue;
    // A part read as played by the other name, that other name itself played by someone: a part
    // plays no one, so the link was the bracket misread and the two are one part.
    const ex = entities[x] as EntityDraft;
    const ey = entities[y] as EntityDraft;
    if (ex.playedBy === y && ey.playedBy !== null && ey.playedBy !== x) ex.playedBy = null;
    if (ey.playedBy === x && ex.playedBy !== null && ex.playedBy !== y) ey.playedBy = null;
    const [played, other] = ex.playedBy !== null ? [x, y] : [y, x];
    if (!secondNameInBracket(view, lower, entities, played, other)) continue;
    merge(entities, other, played);
    movedTo.set(other, played);
  }
  for (const [a, b] of slashed) {
    const x = movedTo.find(a);
    const y = movedTo.find(b);
    if (x === y) continue;
    const first = entities[x] as EntityDraft;
    const second = entities[y] as EntityDraft;
    if (!oneCharacter(first, second)) continue;
    merge(entities, y, x);
    movedTo.set(y, x);
    // A part with a second name is a part, whichever kind the other name got alone.
    first.kind = 'character';
  }
}

/**
 * True when `X (Y)` names one part twice ("Peter Quill (Star-Lord)", "Star-Lord (Peter Quill)"):
 * `played` is a character whose actor the text names elsewhere, and `other` has no actor, plays
 * no one, makes nothing and stands in no sentence about acting, so it is no second actor of the
 * part ("Anakin (Jake Lloyd)" where the actor is praised) but the part's other name.
 */
function secondNameInBracket(view: string, lower: string, entities: readonly EntityDraft[], played: number, other: number): boolean {
  const part = entities[played] as EntityDraft;
  const name = entities[other] as EntityDraft;
  if (part.kind !== 'character' || part.playedBy === null || part.playedBy === other || name.playedBy !== null) return false;
  if (name.roles.some((r) => r !== 'other') || entities.some((e) => e.playedBy === other)) return false;
  if (name.mentions.some((m) => actingSentence(lower, m))) return false;
  // "Ruth Pike (Moss)": a word of the actor's name is the actor, named short.
  const words = (e: EntityDraft): Set<string> => new Set(e.mentions.flatMap((m) => lower.slice(m.start, m.end).split(' ')));
  const actorWords = words(entities[part.playedBy] as EntityDraft);
  for (const w of words(name)) if (actorWords.has(w)) return false;
  // One of the two is written as a full name: two lone names in brackets are as often a part and its actor's surname.
  const full = (e: EntityDraft): boolean => e.mentions.some((m) => view.slice(m.start, m.end).includes(' '));
  return full(part) || full(name);
}

/** A slash between two names with nothing else between ("Steve Rogers/Captain America", "Scott Lang / Ant-Man"). */
const SLASHES: readonly string[] = ['/', ' / '];

/**
 * True when two names joined by a slash are one character's two names (a hero and the one behind
 * the mask): one of them is a character, neither is an actor or a maker, and they are not played
 * by two different people. Two real people joined so ("Simon/Garfunkel") stay two.
 */
function oneCharacter(first: EntityDraft, second: EntityDraft): boolean {
  if (first.kind !== 'character' && second.kind !== 'character') return false;
  if (first.playedBy !== null && second.playedBy !== null && first.playedBy !== second.playedBy) return false;
  return [...first.roles, ...second.roles].every((r) => r === 'other');
}
