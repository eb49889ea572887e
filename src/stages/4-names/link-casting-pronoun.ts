/**
 * Stage 4c, casting said through a pronoun: `A … he plays C`, `A is fine. She played C` ("Dana
 * Moss is new here and she plays Ruth", "I had not heard of Tom Reed (he played Sam)"). A `he` or
 * `she`, at most one adverb, a casting verb of {@link PRONOUN_PART_VERBS} and a character's name
 * right after: the pronoun stands for the real person named last before it, in its sentence or
 * the one before, when no other real person is named in that stretch and a listed given name does
 * not tell the other sex. A character named between is skipped only when that person already
 * plays it ("A is Sam, and he also plays Tom"); any other character there could be the pronoun's
 * person, so nothing is linked. The part must be a character already, no one's actor nor maker,
 * and not a possessive ("she played Tom Reed's wife" names another part).
 *
 * Each mention looks back over the mentions of a bounded window, so the pass is linear in mentions.
 */
import { PRONOUN_PART_VERBS, PRONOUN_VERB_ADVERBS } from '../../data/casting-vocab';
import { FEMALE_NAMES, MALE_NAMES } from '../../data/given-names';
import { isApostrophe } from '../../text/chars';
import type { EntityDraft, NormalizedText } from '../stage-types';
import { MAKER_ROLES, MAX_ACTOR_GAP, sentenceStart } from './link-casting-as';
import { actorsOf, mentionsInOrder, wordBefore, type EntityMention } from './link-casting-words';

/** Marks that end a sentence for the pronoun's look back (a colon or semicolon keeps the sentence). */
const SENTENCE_MARKS = '.!?\n';

/**
 * Where the `he` or `she` that casts the part starting at `start` starts, and which it is: the
 * casting verb right before the part, one space apart, at most one adverb before the verb, and
 * the pronoun opening its word; else undefined.
 */
function pronounBefore(lower: string, start: number): { at: number; female: boolean } | undefined {
  if (lower[start - 1] !== ' ') return undefined;
  const verb = wordBefore(lower, start - 1);
  if (verb === null || lower[verb.start - 1] !== ' ' || !PRONOUN_PART_VERBS.has(verb.word)) return undefined;
  let word = wordBefore(lower, verb.start - 1);
  if (word !== null && lower[word.start - 1] === ' ' && PRONOUN_VERB_ADVERBS.has(word.word)) word = wordBefore(lower, word.start - 1);
  if (word === null || (word.word !== 'he' && word.word !== 'she')) return undefined;
  return { at: word.start, female: word.word === 'she' };
}

/** How many sentence ends `view` holds from `from` to `to`, a run of marks counted once. */
function sentenceEnds(view: string, from: number, to: number): number {
  let ends = 0;
  for (let k = from; k < to; k++) if (SENTENCE_MARKS.includes(view[k] as string) && !SENTENCE_MARKS.includes(view[k + 1] as string)) ends++;
  return ends;
}

/** True when the first word of a mention of `e` of two words or more is a given name of the other sex than the pronoun says. */
function otherSex(view: string, e: EntityDraft, female: boolean): boolean {
  return e.mentions.some((m) => {
    const name = view.slice(m.start, m.end);
    const space = name.indexOf(' ');
    if (space < 0) return false;
    const first = name.slice(0, space).toLowerCase();
    return female ? MALE_NAMES.has(first) && !FEMALE_NAMES.has(first) : FEMALE_NAMES.has(first) && !MALE_NAMES.has(first);
  });
}

/** The links of `A … he plays C`; sets `playedBy` and the actor's role. */
export function linkCastingPronoun(input: NormalizedText, entities: EntityDraft[], mentions: readonly EntityMention[] = mentionsInOrder(entities, input.view)): void {
  const { view, lower } = input;
  if (mentions.length < 2) return;
  const actors = actorsOf(entities);
  for (let i = 1; i < mentions.length; i++) {
    const m = mentions[i] as EntityMention;
    const role = entities[m.entity] as EntityDraft;
    if (role.kind !== 'character' || role.playedBy !== null || actors.has(m.entity) || role.roles.some((r) => r !== 'other')) continue;
    if (isApostrophe(view[m.end])) continue;
    const pronoun = pronounBefore(lower, m.start);
    if (pronoun === undefined) continue;
    const actor = antecedent(view, lower, entities, mentions, i, pronoun.at);
    if (actor === undefined || actor === m.entity) continue;
    const person = entities[actor] as EntityDraft;
    if (otherSex(view, person, pronoun.female) || (person.roles.some((r) => MAKER_ROLES.has(r)) && !person.roles.includes('actor'))) continue;
    role.roles = [];
    role.playedBy = actor;
    actors.add(actor);
    if (person.roles.length === 1 && person.roles[0] === 'other') person.roles[0] = 'actor';
    else if (!person.roles.includes('actor')) person.roles.push('actor');
  }
}

/**
 * The real person a pronoun at `at` stands for: the last one named before it (mentions before
 * mention `i`), in its sentence or the one before, the only real person named from that
 * sentence's start to the pronoun; a character named between must be one that person plays, and no
 * `he`, `she`, `his`, `her` or `him` may stand before the person in that sentence. Undefined when
 * there is none or more than one.
 */
function antecedent(view: string, lower: string, entities: readonly EntityDraft[], mentions: readonly EntityMention[], i: number, at: number): number | undefined {
  let found: number | undefined;
  let foundAt = -1;
  const passed: number[] = [];
  for (let j = i - 1; j >= 0; j--) {
    const p = mentions[j] as EntityMention;
    if (p.end > at) continue;
    if (at - p.end > 2 * MAX_ACTOR_GAP) break;
    const ends = sentenceEnds(view, p.end, at);
    if (found === undefined) {
      if (ends > 1) return undefined;
      const e = entities[p.entity] as EntityDraft;
      if (e.kind === 'person') {
        found = p.entity;
        foundAt = p.start;
      }
      else if (e.kind === 'character' && e.playedBy !== null) passed.push(e.playedBy);
      else return undefined;
      continue;
    }
    // The look back runs to the start of the found person's sentence: no other real person there.
    if (sentenceEnds(view, p.end, (mentions[j + 1] as EntityMention).start) > 0) break;
    const e = entities[p.entity] as EntityDraft;
    if (e.kind === 'person' && p.entity !== found) return undefined;
  }
  if (found === undefined || !passed.every((a) => a === found)) return undefined;
  // "Her sister was A. She played C": a personal pronoun before the person in that sentence is someone else the pronoun may stand for.
  const lead = lower.slice(sentenceStart(view, lower, foundAt, MAX_ACTOR_GAP), foundAt).split(/\P{L}+/u);
  return lead.some((w) => PERSONAL_PRONOUNS.has(w)) ? undefined : found;
}

/** Pronouns of one person that, before the antecedent in its sentence, point to someone else ("Her sister was A"). */
const PERSONAL_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'his', 'her', 'him', 'hers']);
