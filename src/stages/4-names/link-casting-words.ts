/**
 * Stage 4c, casting: the character-level readers the casting patterns of `link-casting.ts` share:
 * a whole word at an offset, the offset after one of a few words, where an appositive ends. Each
 * reads a bounded window, so a pattern stays linear in mentions.
 */
import { PERFORMANCE_NOUNS } from '../../data/role-words';
import { VERBS_AFTER_PART } from '../../data/casting-vocab';
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

/** The longest noun of performance read before `as`, in characters. */
const MAX_NOUN = 16;

/**
 * True when the part at `part` follows `as` after a noun of performance ("whose performance as C",
 * "her turn as C"): the noun says the name is a part, so the clause may go on after it with a verb
 * or a subject ({@link clauseGoesOn}: "whose performance as C I enjoyed", "whose turn as C was
 * inspiring") where a bare `as C` must end its phrase.
 */
export function performanceAs(view: string, part: number): boolean {
  if (view[part - 1] !== ' ' || view[part - 2] !== 's' || view[part - 3] !== 'a' || view[part - 4] !== ' ') return false;
  let k = part - 4;
  while (k > 0 && part - 4 - k < MAX_NOUN && /\p{Ll}/u.test(view[k - 1] as string)) k--;
  return !/\p{L}/u.test(view[k - 1] ?? '') && PERFORMANCE_NOUNS.has(view.slice(k, part - 4));
}

/** The longest word read after a part for {@link clauseGoesOn}, in characters. */
const MAX_VERB = 12;

/** True when a verb of {@link VERBS_AFTER_PART} or a lone `I` follows the name that ends at `end`: the clause goes on, no longer name does. */
export function clauseGoesOn(view: string, end: number): boolean {
  if (view[end] !== ' ') return false;
  if (view[end + 1] === 'I' && view[end + 2] === ' ') return true;
  let k = end + 1;
  while (k < view.length && k - end <= MAX_VERB && /\p{Ll}/u.test(view[k] as string)) k++;
  return !/\p{L}/u.test(view[k] ?? '') && VERBS_AFTER_PART.has(view.slice(end + 1, k));
}
