/**
 * Stage 4c, casting: a list of actors, each with one of their works in brackets ("stars Dana Moss
 * (Night Train), Ben Carr (The Long Road) and Ada Vell (Harbour)"), is no cast list. A cast list
 * puts a name in every bracket (`C (A), D (B)`); a list of works mostly does not, since most titles
 * are no names. Where fewer than half of the brackets of such a run hold one name alone, the few
 * titles that read as names ("Night Train") are works too: their bracket links are undone, the
 * name before each bracket is a real person who acts, and a title named nowhere outside the run's
 * brackets is no one at all.
 */
import type { EntityDraft, NormalizedText } from '../stage-types';
import { WORK_LIST_JOINS } from '../../data/casting-vocab';
import { mentionsInOrder, type EntityMention } from './link-casting-words';
import { bracketOpenAfter } from '../../text/bracket-open';

/** How many pairs a run needs before its brackets tell a list of works from a cast list. */
const MIN_RUN = 3;
/** The longest bracket a title fills, in characters. */
const MAX_BRACKET = 60;

/** One `N (…)` of a run: the name before the bracket, and the entity filling the bracket alone, if any. */
interface Pair {
  outside: EntityMention;
  inside: EntityMention | undefined;
  /** Where its bracket closes. */
  close: number;
}

/**
 * Where the bracket opening at `open` closes, read at most {@link MAX_BRACKET} characters on so
 * the pass stays linear; -1 when it does not close by then or another bracket opens first.
 */
function bracketClose(view: string, open: number): number {
  const end = Math.min(view.length, open + MAX_BRACKET + 1);
  for (let i = open + 1; i < end; i++) {
    if (view[i] === ')') return i;
    if (view[i] === '(') return -1;
  }
  return -1;
}

/**
 * Undoes the bracket links of every run of {@link MIN_RUN} or more `Name (…)` pairs joined by
 * commas or `and`, each name before a bracket written in full, where fewer than half the brackets
 * hold one name alone. Returns the starts of the names before those brackets, which no later
 * pass reads as a casting pair. Linear in mentions.
 */
export function dropFilmographyLinks(input: NormalizedText, entities: EntityDraft[], mentions: readonly EntityMention[] = mentionsInOrder(entities, input.view)): Set<number> {
  const { view } = input;
  const listed = new Set<number>();
  let run: Pair[] = [];
  /** The pair whose name starts at mention `i`, and the index of the mention after its bracket; undefined when none. */
  const pairAt = (i: number): [Pair, number] | undefined => {
    const m = mentions[i] as EntityMention;
    if (!view.slice(m.start, m.end).includes(' ')) return undefined;
    // The bracket may be glued to the name (`Dana Moss(Night Train)`), as careless typing leaves it.
    const open = bracketOpenAfter(view, m.end);
    if (open < 0) return undefined;
    const close = bracketClose(view, open);
    if (close < 0) return undefined;
    let j = i + 1;
    let inside: EntityMention | undefined;
    const first = mentions[j];
    if (first && first.start === open + 1 && first.end === close) inside = first;
    while (j < mentions.length && (mentions[j] as EntityMention).start < close) j++;
    return [{ outside: m, inside, close }, j];
  };
  const settle = (): void => {
    if (run.length >= MIN_RUN && 2 * run.filter((p) => p.inside).length < run.length) {
      undo(entities, run);
      for (const p of run) listed.add(p.outside.start);
    }
    run = [];
  };
  let i = 0;
  while (i < mentions.length) {
    const got = pairAt(i);
    if (!got) {
      settle();
      i++;
      continue;
    }
    const [pair, next] = got;
    const last = run[run.length - 1];
    if (last && !WORK_LIST_JOINS.includes(view.slice(last.close + 1, pair.outside.start))) settle();
    run.push(pair);
    i = next;
  }
  settle();
  return listed;
}

/** Undoes the links of a run of actors and their works (see {@link dropFilmographyLinks}). */
function undo(entities: EntityDraft[], run: readonly Pair[]): void {
  const brackets = new Set<number>();
  for (const p of run) if (p.inside) brackets.add(p.inside.start);
  for (const { outside, inside } of run) {
    const actor = entities[outside.entity] as EntityDraft;
    if (inside && actor.playedBy === inside.entity) actor.playedBy = null;
    if (actor.playedBy === null && actor.kind === 'character') {
      actor.kind = 'person';
      actor.kindConfidence = Math.max(0.5, 1 - actor.kindConfidence);
    }
    if (actor.kind === 'person') {
      if (actor.roles.length === 1 && actor.roles[0] === 'other') actor.roles = [];
      if (!actor.roles.includes('actor')) actor.roles.push('actor');
    }
    if (!inside) continue;
    const work = entities[inside.entity] as EntityDraft;
    if (!work.mentions.every((m) => brackets.has(m.start))) continue;
    // A title named only in the run is no one: its entity is emptied, and what it played is unlinked.
    work.mentions = [];
    for (const e of entities) if (e.playedBy === inside.entity) e.playedBy = null;
  }
}
