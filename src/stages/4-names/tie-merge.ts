/**
 * Stage 4c: how two entities become one. Every tie of stage 4c merges through {@link merge}, which
 * keeps mentions sorted and `playedBy` links pointing at the surviving entity; {@link compact}
 * then drops the emptied entities and renumbers the links.
 */
import type { Span } from '../../types';
import type { EntityDraft } from '../stage-types';

/**
 * The entities of one list that name who plays them (`playedBy` set), so a merge redirects those
 * alone, not every entity of the list: thousands of known names can merge thousands of times.
 * Made at a list's first merge; a merge that gives an entity its `playedBy` adds it.
 */
const PLAYERS = new WeakMap<readonly EntityDraft[], EntityDraft[]>();

function playersOf(entities: readonly EntityDraft[]): EntityDraft[] {
  let players = PLAYERS.get(entities);
  if (!players) PLAYERS.set(entities, (players = entities.filter((e) => e.playedBy !== null)));
  return players;
}

/**
 * Where each entity merged away went: {@link MergedInto.find} follows the chain of merges to the
 * entity that holds it now, shortening the chain as it goes (path compression), so a pass that
 * merges many entities in turn stays linear.
 */
export class MergedInto {
  private readonly to = new Map<number, number>();

  /** Records that entity `from` was merged into entity `to`. */
  set(from: number, to: number): void {
    this.to.set(from, to);
  }

  /** The entity that holds entity `e` now: `e` itself when it was never merged away. */
  find(e: number): number {
    let root = e;
    for (let next = this.to.get(root); next !== undefined; next = this.to.get(root)) root = next;
    for (let at = e, next = this.to.get(at); next !== undefined && next !== root; next = this.to.get(at)) {
      this.to.set(at, root);
      at = next;
    }
    return root;
  }
}

/** Moves everything of entity `from` into `to`; `from` is left empty for {@link compact}. */
export function merge(entities: EntityDraft[], from: number, to: number): void {
  const a = entities[from] as EntityDraft;
  const b = entities[to] as EntityDraft;
  if (from === to || a.mentions.length === 0) return;
  // One push at a time: a spread of a long list overflows the call stack.
  for (const m of a.mentions) b.mentions.push(m);
  // Two sorted runs: the sort merges them in one pass.
  b.mentions.sort((x, y) => x.start - y.start);
  for (const r of a.roles) if (!b.roles.includes(r)) b.roles.push(r);
  for (const d of a.descriptors) if (!b.descriptors.includes(d)) b.descriptors.push(d);
  const players = playersOf(entities);
  if (b.playedBy === null && a.playedBy !== null) {
    b.playedBy = a.playedBy;
    players.push(b);
  }
  // Two readings of one entity: the surer kind wins (a kind the caller gave is sure).
  if (a.kind !== b.kind && a.kindConfidence > b.kindConfidence) b.kind = a.kind;
  b.kindConfidence = a.kind === b.kind ? Math.max(a.kindConfidence, b.kindConfidence) : b.kindConfidence;
  a.mentions = [];
  for (const e of players) if (e.playedBy === from) e.playedBy = to;
}

/**
 * Drops emptied entities, orders the rest by first mention and renumbers `playedBy`. A link holds
 * only from a character to a person: kinds can change after the link was read (a known name's
 * kind, a merge with a person), and a link that no longer joins the two kinds is dropped.
 */
export function compact(entities: readonly EntityDraft[]): EntityDraft[] {
  const order = entities
    .map((e, i) => ({ e, i }))
    .filter(({ e }) => e.mentions.length > 0)
    .sort((a, b) => (a.e.mentions[0] as Span).start - (b.e.mentions[0] as Span).start);
  const index = new Map<number, number>(order.map(({ i }, k) => [i, k]));
  const kept = order.map(({ e }) => e);
  for (const e of kept) {
    const actor = e.playedBy === null ? undefined : index.get(e.playedBy);
    e.playedBy = actor !== undefined && e.kind === 'character' && kept[actor]?.kind === 'person' ? actor : null;
  }
  return kept;
}
