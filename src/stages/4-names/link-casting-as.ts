/**
 * Stage 4c, casting read over whole entities: `A … as C` where the names stage's bounded reading
 * stops short. A real person, then within the same sentence and with no other name between,
 * `as`, a few describing words and a name: "Dana Moss may be too young, but she is perfect as
 * Ruth", "Hale's third outing as CIA analyst Ruth Pike", "Moss (whom I remember as Ruth in the
 * first film)". `as` is read as a comparison and left alone when another `as` stands between the
 * two names ("as tall as Ruth"), or a word of likeness or naming comes right before it ("known
 * as", "such as", "same as"). A name with no person before it in its sentence may take a `he` or
 * `she` that opens the clause as its actor, when the sentence before ends on an actor.
 *
 * Names listed on both sides of one `as` ("A, B and C are fine as X, Y and Z") pair in order, even
 * where the names stage gave the first part the last actor; lists of unlike length pair nobody. A
 * capitalised name in the list of parts that the names stage left out still holds its place ("A and
 * B are fine as X and Y", Y no entity: X goes to A, not B), and becomes a part of its player.
 *
 * Being played makes the name a character, whatever its kind was: the words say so.
 */
import { droppedNameEnd } from './link-casting-dropped-name';
import { namingBeforeAs } from './naming-as';
import { audienceNamingBefore } from './naming-call';
import { isApostrophe, isLetter, isUpper } from '../../text/chars';
import type { PersonRole } from '../../types';
import type { EntityDraft, NormalizedText } from '../stage-types';
import { AFTER_ROLE, LIKENESS_AFTER_AS, NOT_ROLE_WORDS, OTHER_SUBJECTS, REGARD_VERBS } from '../../data/casting-vocab';
import { MAX_WORD, actorsOf, clauseGoesOn, endPastSuffixDot, jobTitle, mentionsInOrder, performanceAs, relativeClauseOpen, wordAfter, wordStartBefore, type EntityMention } from './link-casting-words';

/** How many describing words may stand between `as` and the role ("as the harried and desperate officer, C"). */
const MAX_ROLE_WORDS = 7;
/** How far back from `as` the actor may be named, in characters, within one sentence. */
export const MAX_ACTOR_GAP = 160;
/** Marks that end the sentence the actor must share with `as`. */
export const SENTENCE_END = '.!?;:\n';
/** Roles that make a name a maker of the work, never the one who plays a part. */
export const MAKER_ROLES: ReadonlySet<PersonRole> = new Set(['director', 'writer', 'author']);

/** Dashes that, with a space on each side, open or close an aside as a comma would ("A - who plays C - said"). */
export const ASIDE_DASHES = '-–—';

/** The marks after a name that end a role, each one code unit. */
const ROLE_END_MARKS = '.,;:!?)]"”\'’-';

/**
 * True when the name that ends at `end` ends the role: a mark, a spaced dash that closes an aside,
 * a spaced `&` that goes on to the next name of a list ("as X & Y"), the end of the text or a word
 * of {@link AFTER_ROLE}.
 */
export function endsRole(view: string, lower: string, end: number): boolean {
  const ch = view[end];
  if (ch === undefined || ch === '\n' || ROLE_END_MARKS.includes(ch)) return true;
  if (ch === ' ' && (ASIDE_DASHES.includes(view[end + 1] ?? '.') || view[end + 1] === '&') && view[end + 2] === ' ') return true;
  return ch === ' ' && (isUpper(view[end + 1]) ? false : AFTER_ROLE.has(wordAfter(lower, end)));
}

/**
 * Where the aside in brackets that opens at `open` (a `(`) closes: the index of its `)` before
 * `limit`, with no other `(` inside, or -1 when it does not close there. An unclosed bracket is no
 * aside: what follows it is read as the sentence it stands in.
 */
export function asideClose(text: string, open: number, limit: number): number {
  for (let k = open + 1; k < limit; k++) {
    if (text[k] === ')') return k;
    if (text[k] === '(') return -1;
  }
  return -1;
}

/** `text` with each closed aside in brackets ({@link asideClose}) replaced by a space. */
function withoutAsides(text: string): string {
  let out = '';
  let from = 0;
  for (let k = text.indexOf('('); k >= 0; k = text.indexOf('(', k + 1)) {
    const close = asideClose(text, k, text.length);
    if (close < 0) continue;
    out += text.slice(from, k) + ' ';
    from = close + 1;
    k = close;
  }
  return out + text.slice(from);
}

/** What stands between two names of one list ("A, B and C", "A & B"). */
export const LIST_JOINS: ReadonlySet<string> = new Set([', ', ' and ', ' & ', ', and ', ', & ']);
/** The longest of {@link LIST_JOINS}, in characters. */
const MAX_LIST_JOIN = Math.max(...[...LIST_JOINS].map((join) => join.length));
/** {@link LIST_JOINS}, longest first, so `, and ` is read before `, `. */
const JOINS_LONGEST_FIRST: readonly string[] = [...LIST_JOINS].sort((a, b) => b.length - a.length);

/**
 * What `lower` holds between `from` and `to` (two names), to be asked whether it is one of {@link
 * LIST_JOINS}: `''` (no join) when it is longer than any, so the text between two names far apart
 * is not cut out and hashed only to fail.
 */
export function listGap(lower: string, from: number, to: number): string {
  return to - from > MAX_LIST_JOIN ? '' : lower.slice(from, to);
}

/** The longest list of names read on either side of `as`. */
export const MAX_LIST = 8;

/**
 * The mentions (indices into `mentions`, in order) of the list of people that ends with the last
 * mention of `actor` that ends by `at` (a cue after the list), before mention `i`: names joined as
 * {@link LIST_JOINS} joins them, at most {@link MAX_LIST}.
 */
export function playersListBefore(mentions: readonly EntityMention[], lower: string, i: number, at: number, actor: number): number[] {
  let j = i - 1;
  while (j >= 0 && ((mentions[j] as EntityMention).end > at || (mentions[j] as EntityMention).entity !== actor)) j--;
  if (j < 0) return [];
  const list = [j];
  let joined = false;
  for (let k = j - 1; k >= 0 && list.length < MAX_LIST; k--) {
    const gap = listGap(lower, (mentions[k] as EntityMention).end, (mentions[k + 1] as EntityMention).start);
    if (!LIST_JOINS.has(gap) || (joined && gap !== ', ')) break;
    joined ||= gap !== ', ';
    list.unshift(k);
  }
  return list;
}

/** Pronouns that may open the clause of `as` and stand for the actor named just before. */
const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she']);

/** Words between the actor and `as` that make it a comparison ("says the same lines as Ruth"). */
const COMPARING: ReadonlySet<string> = new Set(['same', 'such', 'similar', 'like']);
/** Words after an earlier `as` that make it a casting `as` of its own ("as the coach, and … as Ruth"). */
const ROLE_OPENERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its']);
/** How many words an `as … as` comparison spans at most ("as cruel to her sister as"). */
const MAX_COMPARED = 6;

/**
 * True when `gap` (the words from the actor to `as`) holds a word of {@link COMPARING}, or `before`
 * (the sentence up to `as`, in the text's own case) an earlier `as` close before it that opens no
 * role and no name ("as good as", "as cruel to Ruth as"; not "A back as Benji, and B back as").
 */
export function comparing(gap: string, before: string): boolean {
  for (const w of gap.split(/\P{L}+/u)) if (COMPARING.has(w.toLowerCase())) return true;
  const words = before.split(/\P{L}+/u).filter((w) => w !== '');
  for (let k = Math.max(0, words.length - MAX_COMPARED); k < words.length; k++) {
    const next = words[k + 1] ?? '';
    // "A back as Benji, and B back as C": an `as` before a name cast its own part.
    if (words[k]?.toLowerCase() === 'as' && !ROLE_OPENERS.has(next.toLowerCase()) && !/^\p{Lu}/u.test(next)) return true;
  }
  return false;
}

/** Words that join a second clause to the actor's. */
const CLAUSE_JOINERS: ReadonlySet<string> = new Set(['and', 'but', 'while', 'when', 'because', 'whereas', 'although', 'though', 'so', 'yet']);

/**
 * True when `gap` (lower case, from the actor to the cue) joins a clause with a subject of its own
 * ("A stars, and the studio sold it as C") or ends in a comma away from the actor; `but he is
 * fine as C` keeps the actor as its subject.
 */
export function otherSubject(gap: string): boolean {
  // ", as C …" away from the actor opens a clause of time or reason ("washed up, as Ruth noticed").
  if (gap.endsWith(', ') && gap.trim() !== ',') return true;
  const words = gap.split(/\P{L}+/u).filter((w) => w !== '');
  for (let k = 0; k + 1 < words.length; k++) if (CLAUSE_JOINERS.has(words[k] as string) && OTHER_SUBJECTS.has(words[k + 1] as string)) return true;
  return false;
}

/** True when ` and ` and a word of {@link OTHER_SUBJECTS} follow `end` ("C and the others"): C opens a subject of two. */
function sharedSubjectAfter(lower: string, end: number): boolean {
  if (!lower.startsWith(' and ', end)) return false;
  let k = end + 5;
  while (k < lower.length && k - end < MAX_WORD + 5 && isLetter(lower[k] as string)) k++;
  return lower[k] === ' ' && OTHER_SUBJECTS.has(lower.slice(end + 5, k));
}

/**
 * The offset where the sentence that holds `at` starts, looking back at most `max` characters. The
 * dot of a name's abbreviated suffix ends no sentence ({@link endPastSuffixDot}: "A Jr. plays the
 * lead, C"), so the reading goes on past it.
 */
export function sentenceStart(view: string, lower: string, at: number, max: number): number {
  let k = at;
  for (;;) {
    while (k > 0 && at - k < max && !SENTENCE_END.includes(lower[k - 1] as string)) k--;
    if (k === 0 || at - k >= max || lower[k - 1] !== '.' || endPastSuffixDot(view, k - 1) !== k) return k;
    k--;
  }
}

type Mention = EntityMention;

/**
 * Where the `as` that introduces the role at `start` begins, past at most {@link MAX_ROLE_WORDS}
 * describing words (a comma may close them: "officer, Dutch"), or -1. Right after `as` the words may
 * open on another name's possessive, the one the part is someone to ("as Ruth's loyal old friend
 * Dutch"): that name is no player and no part, and the owner makes the words a description, so commas
 * may part them too ("as Ruth's grim, tired deputy Dutch"). `mentionAt` maps each mention's end to its
 * start.
 */
function asBefore(view: string, lower: string, start: number, mentionStarts: ReadonlySet<number>, mentionAt: ReadonlyMap<number, number>): number {
  let at = start;
  if (view[at - 1] !== ' ') return -1;
  at--;
  if (view[at - 1] === ',') at--;
  let inner = false;
  for (let n = 0; n <= MAX_ROLE_WORDS; n++) {
    let from = wordStartBefore(lower, at);
    const owner = n > 0 ? ownerStart(lower, from, at, mentionAt) : -1;
    if (owner >= 0) {
      // Only `as` may stand before the owner ("as Ruth's friend Dutch", not "with Ruth's friend Dutch").
      const asFrom = view[owner - 1] === ' ' ? wordStartBefore(lower, owner - 1) : -1;
      if (asFrom < 0 || lower.slice(asFrom, owner - 1) !== 'as' || view[asFrom] !== 'a') return -1;
      return asFrom === 0 || view[asFrom - 1] === ' ' || view[asFrom - 1] === '(' ? asFrom : -1;
    }
    if (from === at || mentionStarts.has(from)) return -1;
    const word = lower.slice(from, at);
    if (word === 'as') return !inner && view[from] === 'a' && (from === 0 || view[from - 1] === ' ' || view[from - 1] === '(') ? from : -1;
    // "as the nurse and Ruth": a list goes on, and the name is not the part.
    if (NOT_ROLE_WORDS.has(word) || (n === 0 && word === 'and')) return -1;
    if (view[from - 1] !== ' ') return -1;
    from--;
    // A comma between describing words stands only after an owner's possessive, checked above.
    if (view[from - 1] === ',') {
      inner = true;
      from--;
    }
    at = from;
  }
  return -1;
}

/**
 * Where the name whose possessive is the word `lower[from, to)` starts ("Ruth's", "Ruth Vale's"):
 * the start of the mention that ends right before the `'s`, or -1 when the word is no possessive of
 * a mention.
 */
function ownerStart(lower: string, from: number, to: number, mentionAt: ReadonlyMap<number, number>): number {
  if (to - from < 3 || lower[to - 1] !== 's' || !isApostrophe(lower[to - 2])) return -1;
  return mentionAt.get(to - 2) ?? -1;
}

/**
 * True when the words before the `as` at `as` make it no casting cue ({@link namingBeforeAs}:
 * "such as", "known as", "known simply as"; {@link audienceNamingBefore}: "known to everyone as"). `well` does so only after another `as` ("as well as C"): "A does well as
 * C" and "A fits in well as C" cast.
 */
export function notCastingAs(lower: string, as: number): boolean {
  if (lower[as - 1] !== ' ') return false;
  if (audienceNamingBefore(lower, as)) return true;
  const before = wordStartBefore(lower, as - 1);
  const word = lower.slice(before, as - 1);
  if (word !== 'well') return namingBeforeAs(word, lower[before - 1] === ' ' ? lower.slice(wordStartBefore(lower, before - 1), before - 1) : '');
  return lower[before - 1] !== ' ' || lower.slice(wordStartBefore(lower, before - 1), before - 1) === 'as';
}

/** One name of a list of parts after `as`: its place, and its entity or -1 where the names stage left the name out. */
interface ListSlot {
  entity: number;
  start: number;
  end: number;
}

/** A part named in a list after `as` that no entity holds, and the entity of the person the list pairs it with. */
export interface LeftOutPart {
  start: number;
  end: number;
  actor: number;
}

/**
 * `A … as C`; sets `playedBy`, the actor's role and the role's kind. Returns the parts of lists
 * paired in order that no entity holds ("A and B are fine as X and Y", Y left out), each with
 * its player, for the pass that makes new parts (`link-casting-create.ts`).
 */
export function linkCastingAs(input: NormalizedText, entities: EntityDraft[], mentions: readonly EntityMention[] = mentionsInOrder(entities, input.view)): LeftOutPart[] {
  const { view, lower } = input;
  const leftOut: LeftOutPart[] = [];
  if (mentions.length < 2) return leftOut;
  const mentionStarts = new Set(mentions.map((m) => m.start));
  const mentionAt = new Map(mentions.map((m) => [m.end, m.start]));
  const actors = actorsOf(entities);
  const canPlay = (a: number, c: number): boolean => {
    const actor = entities[a] as EntityDraft;
    return a !== c && actor.kind === 'person' && !actor.roles.some((r) => MAKER_ROLES.has(r));
  };
  for (let i = 1; i < mentions.length; i++) {
    const m = mentions[i] as Mention;
    const c = m.entity;
    const role = entities[c] as EntityDraft;
    // A part the names stage already gave the actor named last before `as` is read again for lists.
    const earlier = role.playedBy;
    if ((earlier === null && actors.has(c)) || role.roles.some((r) => r !== 'other')) continue;
    // "as Ruth's father": the part is someone else's; "as Ruth was leaving": `as` joins two clauses.
    // "as a Ruth film": the name only describes; "A as the nurse, B as Ruth": each `as` has its own actor.
    if (isApostrophe(view[m.end]) || !(endsRole(view, lower, m.end) || (performanceAs(view, m.start) && clauseGoesOn(view, lower, m.end)))) continue;
    // "whose role as Executive Producer": a post the person holds, not a part.
    if (jobTitle(lower.slice(m.start, m.end).split(' '))) continue;
    const as = asBefore(view, lower, m.start, mentionStarts, mentionAt);
    if (as < 0) continue;
    if (notCastingAs(lower, as)) continue;
    // "A, as C and the others prepare, …": after a comma, a subject of two opens a clause of its own.
    if (lower.startsWith(', ', as - 2) && sharedSubjectAfter(lower, m.end)) continue;
    // "A as the next C" may compare two people: the names stage's reading and the kind model decide.
    if (lower.slice(as + 3, m.start).split(' ').some((w) => LIKENESS_AFTER_AS.has(w))) continue;
    const actor = actorBefore(mentions, i, as);
    if (actor === undefined || !canPlay(actor, c) || (earlier !== null && earlier !== actor) || regarded(i, actor)) continue;
    // "A and B are fine as X and Y": two lists, paired in order; lists of unlike length pair nothing.
    const whole = listAfter(i);
    const playerMentions = whole.length > 1 ? listBefore(i, as, actor) : [];
    const players = playerMentions.map((j) => (mentions[j] as Mention).entity);
    // "A and B as old pals X and Y are back": a list of players as long as the list of names after
    // `as` pairs with it even when the last name runs on into the sentence, unless a player is itself
    // a part of an earlier `as` ("as X, B remains good as Y, and C is …").
    // "A and B are fine as X and Y" where the names stage left Y out: the lists still pair in order.
    const slots = slotsAfter(i);
    if (slots !== undefined) {
      const listed = listBefore(i, as, actor);
      if (listed.length === slots.length && listed.every((j) => asBefore(view, lower, (mentions[j] as Mention).start, mentionStarts, mentionAt) < 0)) {
        role.playedBy = null;
        const players = listed.map((j) => (mentions[j] as Mention).entity);
        pairInOrder(slots.map((slot) => slot.entity), players);
        // The names left out become parts of their players, for the pass that makes new parts.
        slots.forEach((slot, k) => {
          const player = players[k] as number;
          if (slot.entity < 0 && canPlay(player, -1)) {
            leftOut.push({ start: slot.start, end: slot.end, actor: player });
            actors.add(player);
          }
        });
        continue;
      }
    }
    const last = mentions[i + whole.length - 1] as Mention;
    const paired = players.length === whole.length && playerMentions.every((j) => asBefore(view, lower, (mentions[j] as Mention).start, mentionStarts, mentionAt) < 0);
    const parts = paired || (endsRole(view, lower, last.end) && !isApostrophe(view[last.end])) ? whole : whole.slice(0, 1);
    if (parts.length > 1) {
      if (players.length !== parts.length) {
        role.playedBy = null;
        continue;
      }
      role.playedBy = null;
      pairInOrder(parts, players);
      continue;
    }
    if (earlier === null) cast(c, actor);
  }
  return leftOut;

  /** True when a verb of public regard stands right before `actor`'s last mention before mention `i` ("hailed A as C"). */
  function regarded(i: number, actor: number): boolean {
    for (let j = i - 1; j >= 0; j--) {
      const p = mentions[j] as Mention;
      if (p.entity !== actor) continue;
      if (view[p.start - 1] !== ' ') return false;
      const from = wordStartBefore(lower, p.start - 1);
      return REGARD_VERBS.has(lower.slice(from, p.start - 1));
    }
    return false;
  }

  /** Casts each part of `parts` with the player at the same place of `players`; a part left out by the names stage (-1) is skipped. */
  function pairInOrder(parts: readonly number[], players: readonly number[]): void {
    parts.forEach((part, k) => {
      const player = players[k] as number;
      if (part < 0) return;
      const r = entities[part] as EntityDraft;
      if (part === player || r.playedBy !== null || actors.has(part) || r.roles.some((x) => x !== 'other') || !canPlay(player, part)) return;
      cast(part, player);
    });
  }

  /**
   * The list of parts that mention `i` opens, counting the names the names stage left out
   * ({@link droppedNameEnd}): each name's place, with the entity of a mention or -1 for a name left out, joined as
   * {@link LIST_JOINS} joins them and ending at the first join that is no comma, like
   * {@link listAfter}; undefined when the list leaves no name out.
   */
  function slotsAfter(i: number): ListSlot[] | undefined {
    const first = mentions[i] as Mention;
    const slots: ListSlot[] = [{ entity: first.entity, start: first.start, end: first.end }];
    let end = first.end;
    let k = i + 1;
    let dropped = false;
    while (slots.length < MAX_LIST) {
      const join = JOINS_LONGEST_FIRST.find((j) => lower.startsWith(j, end));
      if (join === undefined) break;
      const from = end + join.length;
      const next = mentions[k];
      if (next !== undefined && next.start === from) {
        slots.push({ entity: next.entity, start: next.start, end: next.end });
        end = next.end;
        k++;
      } else {
        const stop = droppedNameEnd(view, from, next === undefined ? view.length : next.start);
        if (stop < 0) break;
        slots.push({ entity: -1, start: from, end: stop });
        end = stop;
        dropped = true;
      }
      if (join !== ', ') break;
    }
    return dropped ? slots : undefined;
  }

  /** Makes `c` a character played by `actor`. */
  function cast(c: number, actor: number): void {
    const role = entities[c] as EntityDraft;
    if (role.kind !== 'character') {
      role.kind = 'character';
      role.kindConfidence = Math.max(0.5, 1 - role.kindConfidence);
    }
    role.roles = [];
    role.playedBy = actor;
    actors.add(actor);
    const a = entities[actor] as EntityDraft;
    if (a.roles.length === 1 && a.roles[0] === 'other') a.roles[0] = 'actor';
    else if (!a.roles.includes('actor')) a.roles.push('actor');
  }

  /**
   * The entities of the list that mention `i` opens ("X, Y and Z"), in order; at most {@link
   * MAX_LIST} long. The caller keeps the first alone where the last runs on (see above): in "as X,
   * B as Y", "as X and B's as Y" a name that does not end a part opens the next pair.
   */
  function listAfter(i: number): number[] {
    const list = [(mentions[i] as Mention).entity];
    for (let k = i + 1; k < mentions.length && list.length < MAX_LIST; k++) {
      const gap = listGap(lower, (mentions[k - 1] as Mention).end, (mentions[k] as Mention).start);
      if (!LIST_JOINS.has(gap)) break;
      list.push((mentions[k] as Mention).entity);
      if (gap !== ', ') break;
    }
    return list;
  }

  /** The mentions (indices into `mentions`) of the list of people that ends with the last mention of `actor` before `as`, in order. */
  function listBefore(i: number, as: number, actor: number): number[] {
    return playersListBefore(mentions, lower, i, as, actor);
  }

  /**
   * The entity named last before `as` in its sentence, when nothing between reads as a comparison;
   * with no name there, the actor the sentence before names last, for a `he` or `she` that opens
   * this one.
   */
  function actorBefore(all: readonly Mention[], i: number, as: number): number | undefined {
    for (let j = i - 1; j >= 0; j--) {
      const p = all[j] as Mention;
      if (p.end > as) continue;
      if (as - p.end > MAX_ACTOR_GAP) return undefined;
      // An aside in brackets ("A (my favourite actor, no. 1) is great as C") is no clause of its own.
      const gap = withoutAsides(lower.slice(p.end, as));
      let ends = 0;
      let last = -1;
      for (let k = 0; k < gap.length; k++) {
        if (!SENTENCE_END.includes(gap[k] as string)) continue;
        if (last < 0 || last !== k - 1) ends++;
        last = k;
      }
      const before = view.slice(sentenceStart(view, lower, as, 2 * MAX_ACTOR_GAP), as);
      if (ends === 0) return comparing(gap, before) || otherSubject(gap) ? undefined : antecedent(all, j, as);
      // No name in this sentence: a pronoun opening it may stand for the actor the one before names last.
      const clause = gap.slice(last + 1);
      const first = clause.trimStart().split(' ', 1)[0] ?? '';
      const actor = entities[p.entity] as EntityDraft;
      if (ends > 1 || !SUBJECT_PRONOUNS.has(first) || comparing(clause, before) || otherSubject(clause) || !actor.roles.includes('actor')) return undefined;
      return onlyNameOfSentence(all, j) ? p.entity : undefined;
    }
    return undefined;
  }

  /**
   * The entity of mention `j`, the name last before the cue at `cue`; when that name stands inside a
   * relative clause ({@link relativeClauseOpen}: "A, who I liked in B's film, is fine as C"), the
   * name the clause follows, or undefined when no name stands right before its comma.
   */
  function antecedent(all: readonly Mention[], j: number, cue: number): number | undefined {
    const p = all[j] as Mention;
    const open = relativeClauseOpen(lower, p.start, p.end, cue);
    if (open < 0) return p.entity;
    for (let k = j - 1; k >= 0 && (all[k] as Mention).end >= open; k--) if ((all[k] as Mention).end === open) return (all[k] as Mention).entity;
    return undefined;
  }

  /** True when no other entity is named in the sentence of mention `j` before it: a pronoun then has one antecedent. */
  function onlyNameOfSentence(all: readonly Mention[], j: number): boolean {
    const p = all[j] as Mention;
    for (let k = j - 1; k >= 0; k--) {
      const q = all[k] as Mention;
      // A sentence is bounded here, so the look back stays short whatever the text.
      if (p.start - q.end > 2 * MAX_ACTOR_GAP) return false;
      const gap = view.slice(q.end, p.start);
      for (let x = 0; x < gap.length; x++) if (SENTENCE_END.includes(gap[x] as string)) return true;
      if (q.entity !== p.entity) return false;
    }
    return true;
  }
}
