/**
 * Stage 4c, casting read over whole entities, the way news and blogs write it: a casting verb or
 * noun, a few describing words, then the part, with the actor as the subject of the sentence
 * further back or as a `he` or `she` that stands for the person the text is about.
 *
 * - `A, who played C`, `A played undercover cop C`, `A … for playing soul star C`,
 *   `A … for his portrayal of C`, `A will play the role of C`, and the voice cues `A voices C`,
 *   `A as the voice of C`, `A lends her voice to C`, `A does the voices for C and D` (a voice
 *   cue takes the characters listed after its part too; not `(voice of A)`, which names the actor),
 *   and casting said as a choice, `A is the perfect choice for C`;
 * - `He played C`, `She starred as C`, `his portrayal of C`, `The 30-year-old actor, who played C` in a sentence that
 *   names no one before the cue: the pronoun or the performer noun stands for the one person the sentence before names ("Dana Moss is back. She plays
 *   C"); when that sentence names no one, or names someone only after the same pronoun as its
 *   subject ("She worked with A. She played C": A is no antecedent), for the person the text names
 *   most, when that is one person, named three times or more and no maker of the work.
 *
 * - `in his next role, playing C`, `her latest part as C`: a role its player owns by `his` or
 *   `her` goes to the one the possessive stands for (`link-casting-owned-role.ts`): the person the
 *   text is about when its sentence names that person or no one before the possessive, else the
 *   one person the sentence names there, never the name the sentence gives last by itself.
 *
 * The part's name may stand alone in quote marks ("She plays 'C'"), as reviewers write it.
 *
 * A noun cue (`role of`) needs an actor the text already calls one, or a possessive or a verb of
 * taking before it (`his role of`, `took the role of`): "the role of C" alone is any role.
 *
 * The actor is the person named last before the cue in its sentence, when nothing between opens
 * another clause with a subject of its own ("A stars, and the studio sold it as C"), names someone
 * else through a pronoun ("A said she plays C") or compares. A part the text names as a real person
 * becomes a character only when the text names its actor at least as often: a text about the real
 * person ("Foxx won for playing Charles" in a report on Charles) keeps the person.
 *
 * Each mention reads a bounded window back, so the pass is linear in mentions.
 */
import { APPOSITION_CLOSE, CHOICE_COPULAS, CHOICE_NOUNS, MAX_PART_NOUN_WORDS, NOT_PART_WORDS, NOT_SUBJECT_VERBS, PART_PREPOSITIONS, REGION_PART_NOUNS, NOT_TOPIC_PRONOUNS, ONE_PERSON_SUBJECTS, PART_OWNERS, PART_LIST_ASIDES, PART_LIST_JOINS, PASSIVE_AUXILIARIES, PLAIN_PLAY_VERBS, PLAIN_VERB_LEADS, PERFORMER_DETERMINERS, REPRISE_VERBS, PERFORMER_NOUNS, PORTRAYAL_NOUNS, PRONOUN_AS_VERBS, SUBJECT_PRONOUNS, TAKING_VERBS, TOPIC_PRONOUNS, TOPIC_SUBJECTS, VOICE_LINKS, VOICE_NOUNS, VOICE_VERBS } from '../../data/casting-vocab';
import { QUOTE_PAIRS } from '../../data/name-marks';
import { PLAYS_VERBS } from '../../data/role-words';
import { isApostrophe, isLetter, isUpper } from '../../text/chars';
import type { EntityDraft, NormalizedText } from '../stage-types';
import { LIST_JOINS, MAKER_ROLES, MAX_ACTOR_GAP, MAX_LIST, SENTENCE_END, comparing, endsRole, listGap, otherSubject, playersListBefore, sentenceStart } from './link-casting-as';
import { ownedRoleAt, roleOwner } from './link-casting-owned-role';
import { MAX_WORD, actorsOf, castAfter, clauseGoesOn, mentionsInOrder, playedPlace, wordAfter, wordBefore, type EntityMention } from './link-casting-words';

/** How many describing words may stand between the cue and the part ("playing late screen legend C"). */
const MAX_PART_WORDS = 5;
/** How often the text must name a person for a `he` or `she` with no name before it to stand for them. */
const MIN_TOPIC_MENTIONS = 3;
/** A real person named up to this often may still be a part, even when the actor is named less. */
const MAX_PART_MENTIONS = 2;

/** Where a casting cue starts, whether it is a noun (`role of`) rather than a verb (`played`), and whether it is a voice's (`voices`, `the voice of`). */
interface Cue {
  start: number;
  noun: boolean;
  voice: boolean;
  /** A plain verb ("play"), a cue only right after its subject. */
  plain?: boolean;
  /** The plain verb `play` after its lead word ("will play C"), which may take a venue instead of a part. */
  playLed?: boolean;
  /**
   * `as` after a verb of starring ("She starred as C"): read here only for a `he` or `she` with no
   * name before it in its sentence; the names stage and the `as` pass read it after a name or a list.
   */
  pronounOnly?: boolean;
}

type Mention = EntityMention;

/**
 * Where the casting cue before the part at `start` begins (`played`, `portrayal of`, `role of`),
 * past at most {@link MAX_PART_WORDS} lower-case describing words, or null. The part may follow
 * its description after a comma ("played a small-town sheriff, C", "plays his wife, C", where a
 * possessive opens the description as an article would); the description is then read
 * back from the comma.
 */
function castingCueBefore(view: string, start: number): Cue | null {
  let at = start;
  // "played a small-town sheriff, C,": the part in apposition after its description, the comma
  // read once; the description must then be there and the part close with a mark.
  const apposition = inApposition(view, start);
  // An `and` read among the describing words: a plain verb's object ended before it.
  let joined = false;
  for (let n = 0; n <= MAX_PART_WORDS; n++) {
    const comma = apposition && n === 0;
    if (!comma && view[at - 1] !== ' ') return null;
    const w = wordBefore(view, comma ? start - 2 : at - 1);
    if (!w) return null;
    const playing = PLAYS_VERBS.has(w.word) || REPRISE_VERBS.has(w.word);
    if (comma && (playing || VOICE_VERBS.has(w.word) || VOICE_LINKS.has(w.word) || w.word === 'for')) return null;
    if (playing || VOICE_VERBS.has(w.word)) {
      // "who is played then-unknown C": a passive missing its `by`, so C is not the part.
      const aux = view[w.start - 1] === ' ' ? wordBefore(view, w.start - 1) : null;
      return aux && PASSIVE_AUXILIARIES.has(aux.word) ? null : { start: w.start, noun: false, voice: VOICE_VERBS.has(w.word) };
    }
    // "She will play C", "he is to voice C": a plain verb casts after its lead word, as in the names
    // stage; not past a second object ("will voice a sheep and C a rat" gives C a part of C's own).
    if (PLAIN_PLAY_VERBS.has(w.word) && !comma && !joined && view[w.start - 1] === ' ' && PLAIN_VERB_LEADS.has(wordBefore(view, w.start - 1)?.word ?? '')) {
      return { start: w.start, noun: false, voice: w.word === 'voice', plain: true, playLed: w.word === 'play' };
    }
    if (VOICE_LINKS.has(w.word)) {
      // "as the voice of C", "lends her voice to C", "does the voices for C": the voice names the
      // part as a verb would.
      const noun = view[w.start - 1] === ' ' ? wordBefore(view, w.start - 1) : null;
      // "C (voice of A)": in brackets the name after the voice is the actor's.
      if (noun && VOICE_NOUNS.has(noun.word)) return view[noun.start - 1] === '(' ? null : { start: noun.start, noun: false, voice: true };
    }
    if (w.word === 'for') {
      // "A is the perfect choice for C": casting said as a choice.
      const noun = view[w.start - 1] === ' ' ? wordBefore(view, w.start - 1) : null;
      return noun && CHOICE_NOUNS.has(noun.word) && isTheChoice(view, noun.start) ? { start: noun.start, noun: false, voice: false } : null;
    }
    if (w.word === 'of') {
      const noun = view[w.start - 1] === ' ' ? wordBefore(view, w.start - 1) : null;
      return noun && PORTRAYAL_NOUNS.has(noun.word) ? { start: noun.start, noun: true, voice: false } : null;
    }
    // "She starred as C", "he returns as C": `as` after a verb of starring or appearing casts as a
    // verb does, so a he or she opening the sentence may stand for the actor; after any other word
    // `as` is a conjunction or names a job ("she worked as a nurse").
    if (w.word === 'as' && !comma) {
      const verb = view[w.start - 1] === ' ' ? wordBefore(view, w.start - 1) : null;
      return verb && PRONOUN_AS_VERBS.has(verb.word) ? { start: verb.start, noun: false, voice: false, pronounOnly: true } : null;
    }
    // "plays his wife, C": in apposition, a possessive may open the description as an article does.
    if (NOT_PART_WORDS.has(w.word) && !(apposition && n > 0 && PART_OWNERS.has(w.word))) return null;
    joined ||= w.word === 'and';
    at = w.start;
  }
  return null;
}

/** No title marks: the plays pass reads a venue's context from the words alone. */
const NO_TITLES = new Uint8Array(0);

/**
 * True when the mention `m` after the plain `play` at `verb` names a venue ({@link playedPlace}):
 * one word right after the verb, or a run after `the` that ends on a venue's word, unless an actor
 * plays it (`actor`) or {@link castAfter} puts it in a work.
 */
function playedVenueAfter(view: string, lower: string, verb: number, m: Mention, actor: boolean): boolean {
  const after = verb + 'play '.length;
  const article = lower.startsWith('the ', after) && m.start === after + 4;
  return playedPlace(lower.slice(m.start, m.end).split(' '), m.start === after, article, actor || castAfter(view, lower, m.end, NO_TITLES));
}


/**
 * True when the mention `start`..`end` stands alone in a pair of quote marks, a space before the
 * opening one and no letter after the closing one ("plays 'Ruth'", not "'Ruth's"), as reviewers
 * write a part's name.
 */
function quotedAround(view: string, start: number, end: number): boolean {
  const close = QUOTE_PAIRS.get(view[start - 1] ?? '');
  return close !== undefined && view[start - 2] === ' ' && view[end] === close && !isLetter(view[end + 1]);
}

/** True when the name at `start` follows a comma: it may stand in apposition to the description before ("played a sheriff, C"). */
function inApposition(view: string, start: number): boolean {
  return view[start - 2] === ',' && view[start - 1] === ' ';
}

/** How many words may stand between the copula and a choice noun ("is, probably, the perfect choice"). */
const MAX_CHOICE_WORDS = 4;

/** True when a copula comes close before the choice noun at `start`: the actor is the choice, not the one who makes it. */
function isTheChoice(view: string, start: number): boolean {
  let at = start;
  for (let n = 0; n <= MAX_CHOICE_WORDS; n++) {
    while (view[at - 1] === ' ' || view[at - 1] === ',') at--;
    const w = wordBefore(view, at);
    if (!w) return false;
    if (CHOICE_COPULAS.has(w.word)) return true;
    at = w.start;
  }
  return false;
}

/**
 * True when the words before a noun cue at `start` make it a part someone takes: a possessive
 * (`his portrayal of`) or a verb of taking or playing close before (`will play the role of`, `took
 * the part of`), or `the` with a verb of taking or a preposition of {@link PART_PREPOSITIONS} before
 * it and at most {@link MAX_PART_NOUN_WORDS} lower-case words describing the noun (`took the
 * demanding role of`, `is superb in the role of`, `was chosen for the part of`). Without them,
 * "the role of C" may be any role ("the role of the Jedi"). `view` may be read in lower case, so a
 * capitalised possessive counts; `cased` is the text as written, where a name's capital shows.
 */
export function takenPart(view: string, start: number, cased: string = view): boolean {
  let at = start;
  for (let n = 0; n < 2; n++) {
    if (view[at - 1] !== ' ') return false;
    const w = wordBefore(view, at - 1);
    if (!w) return false;
    if (PART_OWNERS.has(w.word) || PLAYS_VERBS.has(w.word) || TAKING_VERBS.has(w.word)) return true;
    at = w.start;
  }
  return describedTakenPart(view, start, cased);
}

/**
 * True when `the`, after a preposition of {@link PART_PREPOSITIONS}, a verb of taking or playing,
 * or any verb that has a name of `cased` right before it as its subject ({@link subjectVerb}), stands before
 * the noun cue at `start` with at most {@link MAX_PART_NOUN_WORDS} lower-case words between (`in
 * the role of`, `took the demanding role of`, `A handles the complicated role of`): the words say
 * the part is someone's.
 */
function describedTakenPart(view: string, start: number, cased: string): boolean {
  let at = start;
  for (let n = 0; n <= MAX_PART_NOUN_WORDS; n++) {
    if (view[at - 1] !== ' ') return false;
    const w = wordBefore(view, at - 1);
    if (!w) return false;
    if (w.word === 'the') {
      const lead = view[w.start - 1] === ' ' ? wordBefore(view, w.start - 1) : null;
      if (!lead) return false;
      if (PLAYS_VERBS.has(lead.word) || TAKING_VERBS.has(lead.word)) return true;
      // "in the part of town", "Hale hated the worst part of C": a piece of a place or a story, no part played.
      return !REGION_PART_NOUNS.has(wordAfter(view, start - 1)) && (PART_PREPOSITIONS.has(lead.word) || subjectVerb(cased, lead.word, lead.start));
    }
    at = w.start;
  }
  return false;
}

/**
 * True when `word` at `start` reads as a verb in the past or the third person (`-s`, `-ed`; no
 * auxiliary or copula: "A is the best part of C" says nothing of casting) right after a
 * capitalised word, the end of the name that is its subject ("Connery handles the … role of C").
 */
function subjectVerb(view: string, word: string, start: number): boolean {
  if (word.length < 4 || !(word.endsWith('s') || word.endsWith('ed')) || NOT_SUBJECT_VERBS.has(word) || view[start - 1] !== ' ') return false;
  let k = start - 1;
  while (k > 0 && isLetter(view[k - 1] as string)) k--;
  return k < start - 1 && isUpper(view[k]);
}

/**
 * True when a capitalised word stands in `view` between `from` and `to` past the first word: a name
 * no entity holds ("Lance Henriksen … and he plays C") may be what a pronoun stands for.
 */
function capitalisedInside(view: string, from: number, to: number): boolean {
  let k = from;
  while (k < to && view[k] === ' ') k++;
  for (k++; k < to; k++) if (view[k - 1] === ' ' && isUpper(view[k] as string)) return true;
  return false;
}

/**
 * Where the names that may be a pronoun's antecedent end in the clause `from`..`cue` (lower case
 * `lower`): at the last `he` or `she` when `and` joins the casting verb to that pronoun's own verb
 * ("she appeared in The Cazalets and played C", whose capitalised words are objects, not
 * subjects); else at the cue.
 */
function antecedentsEnd(lower: string, from: number, cue: number): number {
  if (!lower.startsWith(' and ', cue - 5)) return cue;
  let last = -1;
  for (const w of lower.slice(from, cue).matchAll(/\p{L}+/gu)) if (ONE_PERSON_SUBJECTS.has(w[0])) last = from + w.index;
  return last < 0 ? cue : last;
}

/** How many words may describe the performer between the determiner and the noun ("The 30-year-old Oscar-winning actor"). */
const MAX_PERFORMER_WORDS = 3;

/**
 * True when the clause `clause` (lower case, from its sentence's start) opens with a definite
 * subject naming a performer ("The 30-year-old actor, who …", "This talented actress"): it stands
 * for the person named before, as a `he` or `she` does.
 */
function performerSubject(clause: string): boolean {
  let n = 0;
  for (const w of clause.matchAll(/[\p{L}\p{Nd}-]+/gu)) {
    if (n === 0 && !PERFORMER_DETERMINERS.has(w[0])) return false;
    if (n > 0 && PERFORMER_NOUNS.has(w[0])) {
      // "The actress playing C", "the actor who plays C": a description that picks someone out,
      // not who was named before; "The actor, who plays C" and "The actor began … playing C" go on about them.
      const after = w.index + w[0].length;
      return clause[after] === ',' || !RESTRICTING.has(/^ (\p{L}+)/u.exec(clause.slice(after, after + MAX_WORD + 1))?.[1] ?? '');
    }
    if (++n > MAX_PERFORMER_WORDS + 1) return false;
  }
  return false;
}

/** Words right after a performer noun that make the subject a description of whoever plays the part. */
const RESTRICTING: ReadonlySet<string> = new Set(['who', 'that', 'playing', 'played', 'portraying', 'voicing', 'as', 'in', 'behind', 'of', 'for']);

/** True when the word of `lower` at `at` is a participle in `-ing` ("playing", "portraying"). */
function participleAt(lower: string, at: number): boolean {
  let k = at;
  while (k < lower.length && k - at < MAX_WORD && isLetter(lower[k] as string)) k++;
  return k - at > 4 && lower.startsWith('ing', k - 3);
}

/**
 * How the words `earlier` (lower case) name the one person the pronouns of {@link TOPIC_PRONOUNS}
 * in `clause` stand for: `subject` when they hold the same subject pronoun ("She starred with A.
 * She played C": A is her object), `owner` when they hold that person's possessive ("Her teacher
 * was A. She played C": A is someone of theirs, and the pronoun may stand for either), `none`
 * otherwise or when the clause's pronouns stand for no one person.
 */
function samePersonBefore(clause: string, earlier: string): 'subject' | 'owner' | 'none' {
  const subjects = new Set<string>();
  for (const w of clause.split(/\P{L}+/u)) {
    const subject = TOPIC_SUBJECTS.get(w);
    if (subject !== undefined) subjects.add(subject);
  }
  if (subjects.size !== 1) return 'none';
  let owner = false;
  for (const w of earlier.split(/\P{L}+/u)) {
    if (subjects.has(w)) return 'subject';
    if (PART_OWNERS.has(w) && subjects.has(TOPIC_SUBJECTS.get(w) ?? '')) owner = true;
  }
  return owner ? 'owner' : 'none';
}

/** True when `gap` (lower case) holds a word of `set`. */
function holds(gap: string, set: ReadonlySet<string>): boolean {
  for (const w of gap.split(/\P{L}+/u)) if (set.has(w)) return true;
  return false;
}

/**
 * The person the text is about, for a `he` or `she` with no name before it in its sentence: the
 * one person named most, at least {@link MIN_TOPIC_MENTIONS} times, who is no maker of the work;
 * -1 when there is none or two are named as often.
 */
export function textTopic(entities: readonly EntityDraft[]): number {
  let topic = -1;
  let most = 0;
  let tie = false;
  entities.forEach((e, k) => {
    if (e.kind !== 'person') return;
    if (e.mentions.length > most) {
      topic = k;
      most = e.mentions.length;
      tie = false;
    } else if (e.mentions.length === most) tie = true;
  });
  if (tie || topic < 0 || most < MIN_TOPIC_MENTIONS) return -1;
  const e = entities[topic] as EntityDraft;
  return e.roles.some((r) => MAKER_ROLES.has(r)) ? -1 : topic;
}

/** The links of `He played C`, `A, who played C`, `A … for his portrayal of C`; sets `playedBy`, roles and kinds. */
export function linkCastingPlays(input: NormalizedText, entities: EntityDraft[], mentions: readonly EntityMention[] = mentionsInOrder(entities, input.view)): void {
  const { view, lower } = input;
  if (mentions.length < 2) return;
  const actors = actorsOf(entities);
  // How many parts each entity plays, kept as links are made, so a list asks it in constant time.
  const partsPlayed = new Map<number, number>();
  const countPart = (actor: number | null, by: number): void => {
    if (actor !== null) partsPlayed.set(actor, (partsPlayed.get(actor) ?? 0) + by);
  };
  for (const e of entities) countPart(e.playedBy, 1);
  const canPlay = (a: number): boolean => {
    const actor = entities[a] as EntityDraft;
    return actor.kind === 'person' && actor.mentions.length > 0 && !actor.roles.some((r) => MAKER_ROLES.has(r));
  };
  // The person the text names most, for a pronoun with no name before it in its sentence.
  const topic = textTopic(entities);

  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as Mention;
    const c = m.entity;
    const role = entities[c] as EntityDraft;
    if ((isApostrophe(view[m.end]) && !quotedAround(view, m.start, m.end)) || pairLists(i)) continue;
    // A real person may hold the link the names stage read at its mention ("A's portrayal of C")
    // while the kind model still weighs it a person: the cue read here may make it the part.
    if ((role.playedBy !== null && role.kind === 'character') || actors.has(c) || role.roles.some((r) => MAKER_ROLES.has(r))) continue;
    // "She plays 'Ruth'": a part's name alone in quote marks is read as if the marks were not there.
    const quoted = quotedAround(view, m.start, m.end);
    const start = quoted ? m.start - 1 : m.start;
    const end = quoted ? m.end + 1 : m.end;
    const ends = endsRole(view, lower, end);
    if (!ends && !clauseGoesOn(view, lower, end)) continue;
    // "in his next role, playing C": the possessive says whose part it is, whoever is named last.
    const owner = ownedRoleAt(lower, start);
    if (owner >= 0) {
      const player = ends ? roleOwner(view, lower, entities, mentions, i, owner, topic) : undefined;
      if (player !== undefined && player !== c && canPlay(player) && cast(c, player)) makeActor(player);
      continue;
    }
    const cue = castingCueBefore(view, start);
    if (!cue || (inApposition(view, start) && !APPOSITION_CLOSE.includes(view[end] ?? '.'))) continue;
    // "A's portrayal of C has won prizes": after a noun cue the part ends a noun phrase that may
    // be the subject of the clause, so a verb may follow it; after a verb cue a verb would make
    // the name part of a longer phrase.
    if (!ends && !cue.noun) continue;
    const actor = actorBefore(i, cue.start, cue.pronounOnly);
    if (actor === undefined || actor === c || !canPlay(actor)) continue;
    const a = entities[actor] as EntityDraft;
    // Read in lower case: a possessive opening the sentence owns the part too ("Her portrayal of C").
    if (cue.noun && !a.roles.includes('actor') && !takenPart(lower, cue.start, view)) continue;
    // "he will play Hampden", "to play the Hollywood Bowl": a venue played, as the names stage reads it.
    if (cue.playLed && playedVenueAfter(view, lower, cue.start, m, a.roles.includes('actor'))) continue;
    if (!cast(c, actor)) continue;
    makeActor(actor);
    if (cue.voice) voicedList(i, actor);
  }

  /** Records `actor` as one who plays a part, with the role of an actor. */
  function makeActor(actor: number): void {
    actors.add(actor);
    const a = entities[actor] as EntityDraft;
    if (a.roles.length === 1 && a.roles[0] === 'other') a.roles[0] = 'actor';
    else if (!a.roles.includes('actor')) a.roles.push('actor');
  }

  /**
   * "A and B play X and Y", "A, B and C portray X, Y and Z": the names listed right after a
   * casting verb pair in order with the people listed right before it, its subject. Lists of
   * unlike length, a list that runs on past its last name, or a player that is no actor's kind,
   * pair nobody. True when the lists paired.
   */
  function pairLists(i: number): boolean {
    const parts = [i];
    for (let k = i + 1; k < mentions.length && parts.length < MAX_LIST; k++) {
      const gap = listGap(lower, (mentions[k - 1] as Mention).end, (mentions[k] as Mention).start);
      if (!LIST_JOINS.has(gap)) break;
      parts.push(k);
      if (gap !== ', ') break;
    }
    const last = mentions[parts[parts.length - 1] as number] as Mention;
    if (parts.length < 2 || isApostrophe(view[last.end]) || !endsRole(view, lower, last.end)) return false;
    const m = mentions[i] as Mention;
    // "A and B play a married couple, X and Y": the parts may follow their description after a comma.
    const apposed = inApposition(view, m.start);
    const cue = castingCueBefore(view, m.start) ?? (apposed ? describedPlainCue(m.start) : plainCue(m.start));
    if (!cue || cue.noun || cue.voice || cue.pronounOnly) return false;
    const actor = actorBefore(i, cue.start);
    if (actor === undefined) return false;
    const players = playersBefore(i, cue.start, actor);
    // "A, B and C play the Kell Brothers, X, Y and Z": a group's name before its members is none of the parts.
    if (players.length + 1 === parts.length && groupBefore(m, mentions[parts[1] as number] as Mention)) parts.shift();
    if (players.length !== parts.length) return false;
    // A plain `play` is a verb only with its subject right before it (the list's last player).
    if (cue.plain && (mentions[players[players.length - 1] as number] as Mention).end !== cue.start - 1) return false;
    const entitiesOf = (list: readonly number[]): number[] => list.map((k) => (mentions[k] as Mention).entity);
    const named = [...entitiesOf(players), ...entitiesOf(parts)];
    if (new Set(named).size !== named.length) return false;
    // The names stage may have given a part the player named last, the one next to the verb.
    for (let k = 0; k < parts.length; k++) {
      const part = entities[named[players.length + k] as number] as EntityDraft;
      if (!canPlay(named[k] as number) || (part.playedBy !== null && part.playedBy !== actor) || part.roles.some((r) => MAKER_ROLES.has(r))) return false;
    }
    if (parts.some((_, k) => named.slice(players.length).includes(named[k] as number) || playsOther(named[players.length + k] as number))) return false;
    for (let k = 0; k < parts.length; k++) {
      // A part that will not take its player (a real person the text is about) keeps what it had.
      if (!castable(named[players.length + k] as number, named[k] as number)) continue;
      const part = entities[named[players.length + k] as number] as EntityDraft;
      countPart(part.playedBy, -1);
      part.playedBy = null;
    }
    parts.forEach((_, k) => {
      const player = named[k] as number;
      if (!cast(named[players.length + k] as number, player)) return;
      actors.add(player);
      const a = entities[player] as EntityDraft;
      if (a.roles.length === 1 && a.roles[0] === 'other') a.roles[0] = 'actor';
      else if (!a.roles.includes('actor')) a.roles.push('actor');
    });
    return true;
  }

  /**
   * True when `m` names a group whose members the list goes on with: `the`, a plural last word,
   * then a comma before the first member ("the Kell Brothers, X, Y and Z").
   */
  function groupBefore(m: Mention, next: Mention): boolean {
    return m.start >= 4 && lower.startsWith('the ', m.start - 4) && lower[m.end - 1] === 's' && lower.slice(m.end, next.start) === ', ';
  }

  /** True when the entity `e` plays a part of its own: an actor, no part of this list. */
  function playsOther(e: number): boolean {
    return (partsPlayed.get(e) ?? 0) > 0;
  }

  /**
   * A plain casting verb ({@link PLAIN_PLAY_VERBS}: "play", "portray") right before the part at
   * `start`, or null: after a list of people it is the verb their list is the subject of.
   */
  function plainCue(start: number): (Cue & { plain: true }) | null {
    let w = view[start - 1] === ' ' ? wordBefore(view, start - 1) : null;
    // "A, B and C play the Kell Brothers, X, Y and Z": one article may stand before the part.
    if (w?.word === 'the' && view[w.start - 1] === ' ') w = wordBefore(view, w.start - 1);
    return w && PLAIN_PLAY_VERBS.has(w.word) ? { start: w.start, noun: false, voice: false, plain: true } : null;
  }

  /**
   * A plain casting verb before the description the part at `start` stands in apposition to
   * ("play a married couple, X and Y"), past at most {@link MAX_PART_WORDS} lower-case words
   * before the comma, or null.
   */
  function describedPlainCue(start: number): (Cue & { plain: true }) | null {
    let at = start - 2;
    for (let n = 0; n <= MAX_PART_WORDS; n++) {
      if (n > 0 && view[at - 1] !== ' ') return null;
      const w = wordBefore(view, n > 0 ? at - 1 : at);
      if (!w) return null;
      if (PLAIN_PLAY_VERBS.has(w.word)) return n > 0 ? { start: w.start, noun: false, voice: false, plain: true } : null;
      if (NOT_PART_WORDS.has(w.word)) return null;
      at = w.start;
    }
    return null;
  }

  /**
   * The mentions (indices into `mentions`, in order) of the list of people that ends with the last
   * mention of `actor` before the cue at `cue`, joined as {@link LIST_JOINS} joins names.
   */
  function playersBefore(i: number, cue: number, actor: number): number[] {
    return playersListBefore(mentions, lower, i, cue, actor);
  }

  /**
   * True when `c` may become a part `actor` plays: a character, or a real person named no more
   * often than the actor or than {@link MAX_PART_MENTIONS} times.
   */
  function castable(c: number, actor: number): boolean {
    const role = entities[c] as EntityDraft;
    return role.kind === 'character' || role.mentions.length <= Math.max(MAX_PART_MENTIONS, (entities[actor] as EntityDraft).mentions.length);
  }

  /**
   * Makes `c` a part `actor` plays; false when `c` is a real person the text names more often
   * than the actor and more than {@link MAX_PART_MENTIONS} times.
   */
  function cast(c: number, actor: number): boolean {
    const role = entities[c] as EntityDraft;
    if (!castable(c, actor)) return false;
    if (role.kind !== 'character') {
      role.kind = 'character';
      role.kindConfidence = Math.max(0.5, 1 - role.kindConfidence);
    }
    role.roles = [];
    countPart(role.playedBy, -1);
    role.playedBy = actor;
    countPart(actor, 1);
    return true;
  }

  /**
   * "A voices C and D", "the voices for C, D and E": one voice actor often voices several parts, so
   * the characters listed right after the part at `i` are the actor's too. The list ends at
   * anything but a plain join, a maker, a name with an actor already or that plays a part; a part
   * may end at an aside in brackets, which may add one more ("C and D (as well as E)").
   */
  function voicedList(i: number, actor: number): void {
    let prev = mentions[i] as Mention;
    for (let j = i + 1; j < mentions.length; j++) {
      const next = mentions[j] as Mention;
      const part = entities[next.entity] as EntityDraft;
      const join = view.slice(prev.end, next.start);
      if (!PART_LIST_JOINS.includes(join) && !PART_LIST_ASIDES.includes(join)) return;
      if (next.entity === actor || part.playedBy !== null || actors.has(next.entity) || part.roles.some((r) => MAKER_ROLES.has(r))) return;
      if (isApostrophe(view[next.end]) || !(endsRole(view, lower, next.end) || view.startsWith(' (', next.end)) || !cast(next.entity, actor)) return;
      prev = next;
    }
  }

  /**
   * The person named last before the cue in its sentence, when nothing between opens another
   * subject; with no name there, for a `he` or `she` before the cue, the one person the sentence
   * before names, or the text's topic when that sentence names no one. With `pronounOnly`, a name
   * before the cue in its sentence gives no one.
   */
  function actorBefore(i: number, cue: number, pronounOnly = false): number | undefined {
    const from = sentenceStart(view, lower, cue, 2 * MAX_ACTOR_GAP);
    let j = i - 1;
    for (; j >= 0; j--) {
      const p = mentions[j] as Mention;
      if (p.end > cue) continue;
      if (p.end <= from) break;
      if (pronounOnly) return undefined;
      let gap = lower.slice(p.end, cue);
      // "A is back on screen, playing C": a participle after a comma takes the subject of the
      // clause before it, where a clause after a comma has a subject of its own.
      if (gap.endsWith(', ') && participleAt(lower, cue)) gap = gap.slice(0, -2);
      if (gap.length > MAX_ACTOR_GAP || otherSubject(gap) || holds(gap, SUBJECT_PRONOUNS) || comparing(gap, view.slice(from, cue))) return undefined;
      return (entities[p.entity] as EntityDraft).kind === 'person' ? p.entity : undefined;
    }
    const clause = lower.slice(from, cue);
    if (!(holds(clause, TOPIC_PRONOUNS) || performerSubject(clause)) || holds(clause, NOT_TOPIC_PRONOUNS) || otherSubject(clause) || capitalisedInside(view, from, antecedentsEnd(lower, from, cue))) return undefined;
    // The sentence before: the one person it names.
    let end = from;
    while (end > 0 && (SENTENCE_END.includes(lower[end - 1] as string) || lower[end - 1] === ' ')) end--;
    const before = sentenceStart(view, lower, end, 2 * MAX_ACTOR_GAP);
    let named: number | undefined;
    let firstNamed = from;
    for (; j >= 0; j--) {
      const p = mentions[j] as Mention;
      if (p.start < before || from - p.end > 2 * MAX_ACTOR_GAP) break;
      // A character named there may be who the pronoun stands for.
      if (named !== undefined && named !== p.entity) return undefined;
      named = p.entity;
      firstNamed = p.start;
    }
    // "She starred in films with A. She played C": the same pronoun as the subject of the sentence
    // before, ahead of its one name, makes that name its object; the pronoun goes on from that
    // subject, the person the text is about.
    if (named !== undefined) {
      const same = samePersonBefore(clause, lower.slice(before, firstNamed));
      if (same === 'owner') return undefined;
      if (same === 'none') return (entities[named] as EntityDraft).kind === 'person' ? named : undefined;
    }
    // No one named there: the topic, named before.
    return topic >= 0 && (entities[topic] as EntityDraft).mentions.some((x) => x.end <= from) ? topic : undefined;
  }
}
