/**
 * Stage 4c, casting: the character-level readers the casting patterns of `link-casting.ts` share:
 * a whole word at an offset, the offset after one of a few words, where an appositive ends. Each
 * reads a bounded window, so a pattern stays linear in mentions.
 */
import { isUpper } from '../../text/chars';
import type { EntityDraft } from '../stage-types';

/** How far an appositive may run between a name and its `is` or `played by`, in characters. */
export const MAX_APPOSITIVE = 60;
/** Marks that end a clause or an appositive. */
export const CLAUSE_END = '.!?;:\n()[]"“”';

/** Where the appositive that starts at `at` (just after `, `) ends at its closing comma, or -1. */
export function appositiveEnd(view: string, at: number, stopAtCapital: boolean): number {
  const limit = Math.min(view.length, at + MAX_APPOSITIVE);
  for (let k = at; k < limit; k++) {
    const ch = view[k] as string;
    if (ch === ',') return k;
    if (CLAUSE_END.includes(ch)) return -1;
    if (stopAtCapital && isUpper(ch) && (k === at || view[k - 1] === ' ')) return -1;
  }
  return -1;
}

/** True when `lower` has `word` as a whole word at `at`. */
export function wordAt(lower: string, at: number, word: string): boolean {
  return lower.startsWith(word, at) && !/\p{L}/u.test(lower[at + word.length] ?? '');
}

/** Offset right after one of `words` and a space at `at`, or -1. */
export function afterWord(lower: string, at: number, words: readonly string[]): number {
  for (const w of words) if (wordAt(lower, at, w) && lower[at + w.length] === ' ') return at + w.length + 1;
  return -1;
}

/** A mention of the entity at index `entity`. */
export interface EntityMention {
  start: number;
  end: number;
  entity: number;
}

/** Every mention of every entity, in text order. */
export function mentionsInOrder(entities: readonly EntityDraft[]): EntityMention[] {
  const mentions: EntityMention[] = [];
  entities.forEach((e, entity) => {
    for (const m of e.mentions) mentions.push({ start: m.start, end: m.end, entity });
  });
  return mentions.sort((a, b) => a.start - b.start);
}

/** The entities that already play someone. */
export function actorsOf(entities: readonly EntityDraft[]): Set<number> {
  const actors = new Set<number>();
  for (const e of entities) if (e.playedBy !== null) actors.add(e.playedBy);
  return actors;
}
