/**
 * Stage 4c, casting said by a phrase that opens the sentence: `As C, A …` and `Playing C, A …`
 * ("As the weary sheriff Tom Rusk, Dan Vell is superb", "Playing boxing champ Jim Orr, Flynn
 * charms"). The opening phrase names the part and the subject right after its comma is the one who
 * plays it. Only lower-case describing words may stand between the opener and the part, none of
 * them a preposition ("As for C, A", "Playing opposite C, A": C is then no part), and the part must
 * end the phrase at its comma (`As C's father, A` casts A as the father). A full name right after
 * the comma is the actor even where the kind model read it as a character, if it plays no part and
 * the opener is `Playing`/`Portraying` or a verb of judged playing follows it ("As Ruth, Dana Moss
 * is superb"); after `As` a story verb ("As Nightjar, Tom Reed saves the day") or an identity ("is
 * a shy clerk") tells of a hero's other name, not of casting.
 *
 * Each mention looks back a bounded window to its sentence's start, so the pass is linear in mentions.
 */
import { OBJECT_PREPOSITIONS, OPENER_ACTOR_VERBS, OPENER_CUES, OPENER_IDENTITY_WORDS, OPENER_NOT_PART_WORDS } from '../../data/casting-vocab';
import { isLower } from '../../text/chars';
import type { EntityDraft, NormalizedText } from '../stage-types';
import { MAKER_ROLES, sentenceStart } from './link-casting-as';
import { actorsOf, mentionsInOrder, type EntityMention } from './link-casting-words';

/** How many describing words may stand between the opener and the part ("Playing real-life boxing champ C"). */
const MAX_OPENER_WORDS = 5;
/** How far back the sentence's start is looked for: the opener, its describing words and the part. */
const MAX_OPENER_SPAN = 160;
/** A part the model read as a real person becomes a character only when it is named at most this often, or no more than its actor. */
const MAX_PART_MENTIONS = 2;

/**
 * True when the words from the sentence's start `from` to the part at `start` are an opener of
 * {@link OPENER_CUES} and at most {@link MAX_OPENER_WORDS} lower-case describing words, none a
 * preposition or a word of {@link OPENER_NOT_PART_WORDS}.
 */
function openerBefore(view: string, from: number, start: number): boolean {
  if (view[start - 1] !== ' ') return false;
  const words = view.slice(from, start - 1).trim().split(' ');
  if (words.length > MAX_OPENER_WORDS + 1) return false;
  const opener = words[0] as string;
  // The opener opens the sentence, so it is capitalised ("As", "Playing").
  if (!/^\p{Lu}/u.test(opener) || !OPENER_CUES.has(opener.toLowerCase())) return false;
  for (let w = 1; w < words.length; w++) {
    const word = words[w] as string;
    if (!/^[\p{Ll}\p{Nd}][\p{Ll}\p{Nd}-]*$/u.test(word) || OBJECT_PREPOSITIONS.has(word) || OPENER_NOT_PART_WORDS.has(word)) return false;
  }
  return true;
}

/**
 * True when the words after the actor's name at `end` say how a player plays ({@link
 * OPENER_ACTOR_VERBS}, not followed by an identity of {@link OPENER_IDENTITY_WORDS}).
 */
function judgedAsPlayer(lower: string, end: number): boolean {
  if (lower[end] !== ' ') return false;
  const verbEnd = wordEnd(lower, end + 1);
  if (!OPENER_ACTOR_VERBS.has(lower.slice(end + 1, verbEnd))) return false;
  if (lower[verbEnd] !== ' ') return true;
  return !OPENER_IDENTITY_WORDS.has(lower.slice(verbEnd + 1, wordEnd(lower, verbEnd + 1)));
}

/** The end of the lower-case letters from `from`, at most {@link MAX_VERB_LENGTH} of them. */
function wordEnd(lower: string, from: number): number {
  let i = from;
  while (i < lower.length && i - from < MAX_VERB_LENGTH && isLower(lower[i])) i++;
  return i;
}

/** The longest verb or word read after the actor's name. */
const MAX_VERB_LENGTH = 12;

/** The links of `As C, A …` and `Playing C, A …`; sets `playedBy`, roles and the part's kind. */
export function linkCastingOpener(input: NormalizedText, entities: EntityDraft[], mentions: readonly EntityMention[] = mentionsInOrder(entities, input.view)): void {
  const { view, lower } = input;
  if (mentions.length < 2) return;
  const actors = actorsOf(entities);
  for (let i = 0; i + 1 < mentions.length; i++) {
    const m = mentions[i] as (typeof mentions)[number];
    const next = mentions[i + 1] as (typeof mentions)[number];
    // The part closes the opening phrase and the actor opens the clause right after its comma.
    if (view[m.end] !== ',' || view[m.end + 1] !== ' ' || next.start !== m.end + 2 || next.entity === m.entity) continue;
    const role = entities[m.entity] as EntityDraft;
    const actor = entities[next.entity] as EntityDraft;
    if (role.playedBy !== null || actors.has(m.entity) || role.roles.includes('actor') || role.roles.some((r) => MAKER_ROLES.has(r))) continue;
    // The opener says who plays: a full name after it that read as a character, and plays no
    // part of its own, is the actor ("As Ruth, Dana Moss is superb").
    const named = actor.kind === 'character' && actor.playedBy === null && view.slice(next.start, next.end).includes(' ');
    if ((actor.kind !== 'person' && !named) || actor.roles.some((r) => MAKER_ROLES.has(r))) continue;
    const from = sentenceStart(view, lower, m.start, MAX_OPENER_SPAN);
    if (m.start - from >= MAX_OPENER_SPAN || !openerBefore(view, from, m.start)) continue;
    if (named && view.slice(from, m.start).trimStart().toLowerCase().startsWith('as ') && !judgedAsPlayer(lower, next.end)) continue;
    if (named) {
      actor.kind = 'person';
      actor.kindConfidence = Math.max(0.5, 1 - actor.kindConfidence);
    }
    if (role.kind !== 'character') {
      if (role.mentions.length > Math.max(MAX_PART_MENTIONS, actor.mentions.length)) continue;
      role.kind = 'character';
      role.kindConfidence = Math.max(0.5, 1 - role.kindConfidence);
    }
    role.roles = [];
    role.playedBy = next.entity;
    actors.add(next.entity);
    if (actor.roles.length === 1 && actor.roles[0] === 'other') actor.roles[0] = 'actor';
    else if (!actor.roles.includes('actor')) actor.roles.push('actor');
  }
}
