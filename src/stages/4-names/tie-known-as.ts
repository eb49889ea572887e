/**
 * Stage 4c, second names the text gives: a name, then `known as`, `aka`, `nicknamed` or `alias`
 * and another name ("Walter White, known as Heisenberg", "Clint Barton aka Hawkeye", "Midoriya
 * (nicknamed Deku)"), or a phrase of calling ("X, whom everyone calls Y", "X (his friends call him
 * Y)", "X, known to the press as Y", "X, or Y as everyone calls him"): the two are one entity. A real person whose second name is a character
 * ("A, aka C" of an actor and the part) is no alias, and neither is a name a few words on: only the
 * name right after the cue (past a `the` and a quote mark, in either order) counts. Each mention reads a bounded
 * window after it, so the pass is linear in mentions. Two names joined by a slash are one
 * character's two names ("Steve Rogers/Captain America (A)", "as Scott Lang/Ant-Man", "Bruce
 * Banner/The Hulk") when one
 * of them is a character, neither is an actor or a maker, and one is written there as a full name
 * (two lone names so joined are mostly a pair: "Joel/Mike"). A name in brackets after a part whose
 * actor the text names elsewhere, or a part in brackets after it, is that part's other name
 * ("Peter Quill (Star-Lord)" where Star-Lord has its actor) unless the text talks of it as an actor.
 */
import type { EntityDraft, NormalizedText } from '../stage-types';
import { secondNameAfter } from './alias-cue';
import { MergedInto, merge } from './tie-merge';
import { actingSentence } from './link-casting-orient';
import { bracketAfter, closesBracket } from './link-casting-words';
import { isApostrophe, isWordChar } from '../../text/chars';
import { namedAsAfter, orNameAt } from './naming-call';

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
      let second = slash === undefined ? -1 : m.end + slash.length;
      // "Natasha Romanoff/The Black Widow": the article leads the hero's name, it is no name of its own.
      if (second >= 0 && lower.startsWith('the ', second)) second += 4;
      const other = startAt.get(second);
      // Two lone names so joined are as often two characters paired ("Joel/Mike", "Naruto/Sasuke"):
      // a full name on one side says the other is its second name.
      if (other !== undefined && other !== x && (lower.slice(m.start, m.end).includes(' ') || lower.slice(second, endAt.get(second)).includes(' '))) slashed.push([x, other]);
      const open = bracketAfter(view, lower, m.end, m.start);
      const inside = open < 0 ? undefined : startAt.get(open + 1);
      if (inside !== undefined && inside !== x && closesBracket(view, endAt.get(open + 1) as number)) bracketed.push([x, inside]);
      // "X, or "Y" as everyone calls him": the second name comes first, the calling after it.
      const or = orNameAt(view, lower, m.end);
      const named = or < 0 ? undefined : startAt.get(or);
      if (named !== undefined && named !== x && namedAsAfter(lower, endAt.get(or) as number)) pairs.push([x, named]);
      const alias = secondNameAfter(view, lower, m.end);
      if (alias === undefined) continue;
      const { start: next, quoted } = alias;
      const y = startAt.get(next);
      if (y !== undefined && y !== x && !owner(view, endAt.get(next) as number, quoted)) pairs.push([x, y]);
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
  const reading = bracketed.length ? new BracketReading(view, lower, entities) : undefined;
  for (const [a, b] of bracketed) {
    const x = movedTo.find(a);
    const y = movedTo.find(b);
    if (x === y || !reading) continue;
    // A part read as played by the other name, that other name itself played by someone: a part
    // plays no one, so the link was the bracket misread and the two are one part.
    const ex = entities[x] as EntityDraft;
    const ey = entities[y] as EntityDraft;
    if (ex.playedBy === y && ey.playedBy !== null && ey.playedBy !== x) reading.unlink(x);
    if (ey.playedBy === x && ex.playedBy !== null && ex.playedBy !== y) reading.unlink(y);
    const [played, other] = ex.playedBy !== null ? [x, y] : [y, x];
    if (!reading.secondName(played, other)) continue;
    merge(entities, other, played);
    movedTo.set(other, played);
    reading.merged(played);
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
 * True when an apostrophe at `end`, right after a second name, makes the name an owner: "posing as
 * Tobin Hale's widow" names no identity, the widow is one. After an opening quote mark an apostrophe
 * with no letter after it closes the quote instead (`known as 'Needle',`).
 */
function owner(view: string, end: number, quoted: boolean): boolean {
  return isApostrophe(view[end]) && (!quoted || isWordChar(view[end + 1]));
}

/**
 * Reads `X (Y)` pairs as one part's two names (`secondName`), with what it asks of each entity
 * worked out once: who is played by someone (kept as links are cut), each entity's words and
 * whether it stands in a sentence about acting (an entity's again only once a merge grows it),
 * so a long casting list of brackets stays linear.
 */
class BracketReading {
  private readonly playedCount = new Map<number, number>();
  private readonly wordsOf = new Map<number, Set<string>>();
  private readonly acting = new Map<number, boolean>();

  constructor(
    private readonly view: string,
    private readonly lower: string,
    private readonly entities: EntityDraft[],
  ) {
    for (const e of entities) if (e.playedBy !== null) this.playedCount.set(e.playedBy, (this.playedCount.get(e.playedBy) ?? 0) + 1);
  }

  /** Cuts the link of entity `e` to its actor. */
  unlink(e: number): void {
    const part = this.entities[e] as EntityDraft;
    if (part.playedBy === null) return;
    this.playedCount.set(part.playedBy, (this.playedCount.get(part.playedBy) ?? 1) - 1);
    part.playedBy = null;
  }

  /** Entity `e` took in another: its words and sentences are read again when next asked. */
  merged(e: number): void {
    this.wordsOf.delete(e);
    this.acting.delete(e);
  }

  /**
   * True when `X (Y)` names one part twice ("Peter Quill (Star-Lord)", "Star-Lord (Peter Quill)"):
   * `played` is a character whose actor the text names elsewhere, and `other` has no actor, plays
   * no one, makes nothing and stands in no sentence about acting, so it is no second actor of the
   * part ("Anakin (Jake Lloyd)" where the actor is praised) but the part's other name.
   */
  secondName(played: number, other: number): boolean {
    const part = this.entities[played] as EntityDraft;
    const name = this.entities[other] as EntityDraft;
    if (part.kind !== 'character' || part.playedBy === null || part.playedBy === other || name.playedBy !== null) return false;
    if (name.roles.some((r) => r !== 'other') || (this.playedCount.get(other) ?? 0) > 0) return false;
    if (this.actingAbout(other)) return false;
    // "Ruth Pike (Moss)": a word of the actor's name is the actor, named short.
    const actorWords = this.words(part.playedBy);
    for (const w of this.words(other)) if (actorWords.has(w)) return false;
    // One of the two is written as a full name: two lone names in brackets are as often a part and its actor's surname.
    const full = (e: EntityDraft): boolean => e.mentions.some((m) => this.view.slice(m.start, m.end).includes(' '));
    return full(part) || full(name);
  }

  private words(e: number): Set<string> {
    let set = this.wordsOf.get(e);
    if (!set) this.wordsOf.set(e, (set = new Set((this.entities[e] as EntityDraft).mentions.flatMap((m) => this.lower.slice(m.start, m.end).split(' ')))));
    return set;
  }

  private actingAbout(e: number): boolean {
    let said = this.acting.get(e);
    if (said === undefined) this.acting.set(e, (said = (this.entities[e] as EntityDraft).mentions.some((m) => actingSentence(this.lower, m))));
    return said;
  }
}

/**
 * A slash between two names, with a space on either side or none ("Steve Rogers/Captain America",
 * "Scott Lang / Ant-Man", "Anakin Skywalker/ Darth Vader"); longest first.
 */
const SLASHES: readonly string[] = [' / ', ' /', '/ ', '/'];

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
