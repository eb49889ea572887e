/**
 * Stage 4c, a part named after a role its player owns by a pronoun: "in his next role, playing C",
 * "her latest part as C". The possessive says whose role it is, so the actor is the one it stands
 * for, not the name the sentence happens to give last ("his long work with B ... his next role,
 * playing C" is no part of B's).
 */
import { PART_OWNERS } from '../../data/casting-vocab';
import type { EntityDraft } from '../stage-types';
import { sentenceStart } from './link-casting-as';
import { wordBefore, type EntityMention } from './link-casting-words';

/** The nouns of a role a possessive may own before its part ("his next role, playing C"). */
const OWNED_ROLE_NOUNS: ReadonlySet<string> = new Set(['role', 'part']);

/** The participles that name the part after the role and a comma ("her role, playing C"). */
const OWNED_ROLE_PARTICIPLES: ReadonlySet<string> = new Set(['playing', 'portraying']);

/** How many lower-case words may describe the role between the possessive and its noun ("his next big role"). */
const MAX_ROLE_WORDS = 2;

/** How far back, in code units, the sentence of the possessive is read for who it stands for. */
const MAX_OWNER_REACH = 320;

/**
 * Where the singular possessive (`his`, `her`) owning the role right before the part at `start`
 * begins, or -1: `his|her`, at most {@link MAX_ROLE_WORDS} lower-case words, `role` or `part`,
 * then `, playing` or ` as` and one space before the part. `lower` is the text in lower case.
 */
export function ownedRoleAt(lower: string, start: number): number {
  if (lower[start - 1] !== ' ') return -1;
  const cue = wordBefore(lower, start - 1);
  if (!cue) return -1;
  let at: number;
  if (cue.word === 'as' && lower[cue.start - 1] === ' ') at = cue.start - 1;
  else if (OWNED_ROLE_PARTICIPLES.has(cue.word) && lower.startsWith(', ', cue.start - 2)) at = cue.start - 2;
  else return -1;
  const noun = wordBefore(lower, at);
  if (!noun || !OWNED_ROLE_NOUNS.has(noun.word)) return -1;
  at = noun.start;
  for (let n = 0; n <= MAX_ROLE_WORDS; n++) {
    if (lower[at - 1] !== ' ') return -1;
    const w = wordBefore(lower, at - 1);
    if (!w) return -1;
    if (PART_OWNERS.has(w.word)) return w.word === 'their' ? -1 : w.start;
    at = w.start;
  }
  return -1;
}

/**
 * Who the possessive at `owner` stands for, the part's mention being `mentions[i]`: the text's
 * topic `topic` when its sentence names no person before the possessive (the topic named before
 * it) or names the topic there; else the one person the sentence names there; else no one.
 * Only the mentions of that sentence before the part are read, so the walk is bounded.
 */
export function roleOwner(view: string, lower: string, entities: readonly EntityDraft[], mentions: readonly EntityMention[], i: number, owner: number, topic: number): number | undefined {
  const from = sentenceStart(view, lower, owner, MAX_OWNER_REACH);
  const named = new Set<number>();
  for (let j = i - 1; j >= 0; j--) {
    const p = mentions[j] as EntityMention;
    if (p.end > owner) continue;
    if (p.start < from) break;
    if ((entities[p.entity] as EntityDraft).kind === 'person') named.add(p.entity);
  }
  if (topic >= 0 && named.has(topic)) return topic;
  if (named.size === 1) return [...named][0];
  if (named.size > 0 || topic < 0) return undefined;
  // Mentions run in text order: the first says whether the topic was named before the sentence.
  const first = (entities[topic] as EntityDraft).mentions[0];
  return first !== undefined && first.end <= from ? topic : undefined;
}
