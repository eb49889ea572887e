/**
 * Stage 4c, casting read over whole entities: patterns that tie an actor to a role only once both
 * names are entities of a known kind, so the kinds themselves keep the patterns from misfiring.
 *
 * 1. `A is C`, `A, also a fine actor, is C`, `A, who was C in W`: a real person, `is` or `was`,
 *    then a character ("Dana Moss is Ruth, the widow"); a copula between a person and a character casts.
 *    So does a judgement of how the part is filled, an article and a few describing words before
 *    the character ("Dana Moss was a fine Ruth", "is the perfect Ruth"), unless `of` follows the
 *    name ("the Ruth of her generation") or a word of likeness precedes it ("the next Ruth").
 *    `A – C in the film –`: an aside between spaced dashes, a name and `in`, says who A is in the
 *    work; being so named makes C a part, whatever its kind was.
 * 2. `A's C`: an actor's possessive right before a character ("Hale's Ruth"); the owner must
 *    already be an actor elsewhere in the text, since a maker's possessive names his work. With a
 *    part noun and the name in brackets (`A's character (C)`), C is a part whatever its kind was.
 *    For a name the text already calls an actor, a few words judging the performance may stand
 *    between ("A's brooding, haunted C"), none a word of kin or company ("A's brother Tom").
 * 3. `C, a … played by A`: a name, an appositive of a few words, then `played by` and a person
 *    ("Ruth, a lonely widow played by Dana Moss"), or a quoted name (`"Ruth" is played by A`). An
 *    article, a possessive determiner or a name's possessive opens the appositive, and it may close
 *    on a comma or a bracket right before the verb ("Ruth, his wife (played by A)", "Ruth, Ann's
 *    sister, played by A"). Being played makes the name a character.
 *
 * 4. `C (A)` and `A (C)` read again once kinds are known, for pairs the names stage left unlinked;
 *    where both names read as real people, titles, acting words and the voice say which is the part;
 *    a bracketed full name the text talks of as an actor elsewhere, where the name outside never
 *    is, is the actor whatever kind either got alone.
 * 5. Which side of `X (Y)` is the role: reviews write the role first ("Ruth (Dana Moss)"), news
 *    writes the actor first ("Dana Moss (Ruth)"), and a titled form in the bracket is a role
 *    whatever the voice ("Dana Moss (Mrs. Pike)"). The names stage reads the review order; the
 *    names' shapes, and for two full names the text's other pairs, say which order a pair takes
 *    (`link-casting-bracket-vote.ts`); where they say nothing, a report or a text that talks of the
 *    name outside as an actor elsewhere and names the bracketed one only there turns the link round.
 *    A name with a rank or a post's title (`Capt. Ruth Moss`) plays no one.
 *
 * Every pattern reads a bounded window after one mention, so the pass is linear in mentions.
 * Step 5 is in `link-casting-orient.ts`, the word readers in `link-casting-words.ts`.
 */
import { APPOSITIVE_OPENERS, COPULA_ARTICLES, KIN_NOUNS, LIKENESS_AFTER_AS, NOT_ROLE_WORDS } from '../../data/casting-vocab';
import { OPEN_QUOTES } from '../../data/name-marks';
import { isApostrophe, isLower, isUpper } from '../../text/chars';
import { castingLeadAt } from '../../text/casting-lead';
import { isListedFirstName } from '../../text/listed-first-name';
import { readsAsReport } from '../../text/voice';
import { isModelWord } from '../../wink';
import type { Span } from '../../types';
import type { EntityDraft, NormalizedText } from '../stage-types';
import { type ActingMemo, actingSaysActor, actingSaysBracketed, orientBrackets, rankedName, titledName } from './link-casting-orient';
import { bracketSides } from './link-casting-bracket-vote';
import { namesWork } from './link-casting-create';
import { CLAUSE_END, endPastSuffixDot, mentionsInOrder, type EntityMention, MAX_APPOSITIVE, MAX_MANNER_WORDS, MAX_WORD, afterWord, appositiveEnd, bracketAfter, bracketedActor, closesBracket, endsBracketName, isMannerWord, ledBracketActor, lowerWordEnd, namedInFull, possessiveNameAt, wordAt, wordStartBefore } from './link-casting-words';
import { ASIDE_DASHES, MAKER_ROLES } from './link-casting-as';
import { playedByAgents } from './link-casting-played-role';

/** Lower-case words allowed between `by` and the actor ("by the still-radiant A", "by bona fide movie star A"). */
const MAX_WORDS_AFTER_BY = 4;

/** Verbs before `by` that lead to the actor. */
const PLAYED_WORDS = ['played', 'portrayed', 'voiced', 'performed'];
const CLOSE_QUOTES = '"”\'’';
/** Nouns of a part between an actor's possessive and the part's name in brackets ("A's character (C)"). */
const PART_NOUNS = ['character', 'role', 'part'];
/** How many describing words may stand before the part of `A was a fine C` and `A's fine C`. */
const MAX_COPULA_WORDS = 3;
/** What may follow the role of `A is C`: the end of its clause or a list going on. */
const AFTER_ROLE = ',.;:!?)\n';

/**
 * The casting links of the entities, read off whole mentions; sets `playedBy`, roles and kinds.
 * `listedWorks` holds the starts of names whose bracket holds one of their works
 * (`link-casting-filmography.ts`): no casting pair. `mentions` are the entities' mentions in text
 * order ({@link mentionsInOrder} with the view), when the caller has them.
 */
export function linkCasting(input: NormalizedText, entities: EntityDraft[], listedWorks: ReadonlySet<number> = new Set(), mentions: readonly EntityMention[] = mentionsInOrder(entities, input.view)): void {
  const { view, lower } = input;
  // The entity and the end of the mention that starts at each offset.
  const startAt = new Map<number, number>();
  const endOf = new Map<number, number>();
  for (let e = 0; e < entities.length; e++) {
    for (const m of (entities[e] as EntityDraft).mentions) {
      startAt.set(m.start, e);
      endOf.set(m.start, m.end);
    }
  }
  const actorRole = (e: EntityDraft): void => {
    if (e.roles.length === 1 && e.roles[0] === 'other') e.roles[0] = 'actor';
    else if (!e.roles.includes('actor')) e.roles.push('actor');
  };
  // The agents of `played by` act, whether or not the part has a name to link.
  for (const e of playedByAgents(view, lower, entities, mentions)) actorRole(entities[e] as EntityDraft);
  if (startAt.size < 2) return;
  /** The first link read wins; a person who plays someone is no role, nor a name with a rank or a post's title. */
  const link = (c: number, a: number, sure: boolean): boolean => {
    const role = entities[c] as EntityDraft;
    const actor = entities[a] as EntityDraft;
    if (c === a || role.playedBy !== null || actor.kind !== 'person' || role.roles.some((r) => r !== 'other') || rankedName(view, lower, actor)) return false;
    if (role.kind !== 'character') {
      if (!sure) return false;
      role.kind = 'character';
      role.roles = [];
    }
    role.playedBy = a;
    actorRole(actor);
    return true;
  };

  /** 1. `A is C`, `A, appositive, is C`. */
  const copula = (m: Span, a: number): boolean => {
    let at = endPastSuffixDot(view, m.end);
    if (isApostrophe(view[at])) return false;
    // "A, who was C in the long-running show": the relative clause says what A was.
    const who = view[at] === ',' ? afterWord(lower, at + 2, ['who']) : -1;
    const relative = who > 0;
    // Where the verb starts: after `who `, or after the space that follows the name or its appositive.
    let verb = who;
    if (!relative) {
      if (view[at] === ',' && view[at + 1] === ' ') {
        const end = appositiveEnd(view, at + 2, true);
        if (end < 0) return false;
        at = end + 1;
      }
      if (view[at] !== ' ') return false;
      verb = at + 1;
    }
    let q = afterWord(lower, verb, ['is', 'was']);
    if (q < 0) return false;
    if (OPEN_QUOTES.includes(view[q] as string)) q++;
    // "A was a fine C", "A is the perfect C": an article and a few describing words before the part.
    else if (!startAt.has(q)) q = pastDescription(q);
    const c = startAt.get(q);
    if (c === undefined || (entities[c] as EntityDraft).kind !== 'character') return false;
    let after = endOf.get(q) as number;
    if (CLOSE_QUOTES.includes(view[after] as string) && OPEN_QUOTES.includes(view[q - 1] as string)) after++;
    else if (isApostrophe(view[after])) return false;
    const next = view[after];
    // "A, who was C in the show": after a relative `who`, the work the part is in may follow.
    if (!(next === undefined || AFTER_ROLE.includes(next) || wordAt(lower, after + 1, 'and') || wordAt(lower, after + 1, 'who') || (relative && wordAt(lower, after + 1, 'in')))) return false;
    return link(c, a, false);
  };

  /**
   * Where the name after a description that opens at `at` starts: an article of {@link
   * COPULA_ARTICLES}, then at most {@link MAX_COPULA_WORDS} lower-case describing words ("a
   * completely likable", "the unremittingly perfect"), each one space apart; or -1. A word that
   * opens another phrase ({@link NOT_ROLE_WORDS}: "the wife of") or makes the part another's
   * likeness ({@link LIKENESS_AFTER_AS}: "the next") ends the reading.
   */
  const pastDescription = (at: number): number => {
    let k = afterWord(lower, at, COPULA_ARTICLES);
    for (let n = 0; k >= 0 && n <= MAX_COPULA_WORDS; n++) {
      if (startAt.has(k)) return k;
      const end = lowerWordEnd(view, k);
      const word = lower.slice(k, end);
      if (end === k || view[end] !== ' ' || NOT_ROLE_WORDS.has(word) || LIKENESS_AFTER_AS.has(word)) return -1;
      k = end + 1;
    }
    return -1;
  };

  /**
   * 1b. `A – C in the film – said`: a real person, an aside between spaced dashes that opens on a
   * name and `in`, and closes with the same dash: the aside says who A is in the work. News writes
   * the part so beside the actor's name.
   */
  const dashAside = (m: Span, a: number): boolean => {
    const dash = view[m.end + 1] as string;
    if (view[m.end] !== ' ' || !ASIDE_DASHES.includes(dash) || view[m.end + 2] !== ' ') return false;
    const c = startAt.get(m.end + 3);
    if (c === undefined) return false;
    const after = endOf.get(m.end + 3) as number;
    if (!lower.startsWith(' in ', after)) return false;
    const limit = Math.min(view.length, after + MAX_APPOSITIVE);
    for (let k = after + 4; k < limit; k++) {
      const ch = view[k] as string;
      if (ch === ',' || CLAUSE_END.includes(ch)) return false;
      if (ch === dash && view[k - 1] === ' ' && view[k + 1] === ' ') return k > after + 4 && link(c, a, true);
    }
    return false;
  };

  /** 2. `A's C`, for an actor `A`. */
  const possessive = (m: Span, a: number): boolean => {
    const actor = entities[a] as EntityDraft;
    if (actor.roles.some((r) => MAKER_ROLES.has(r)) || !isApostrophe(view[m.end])) return false;
    let at = m.end + 1;
    if (lower[at] === 's') at++;
    if (view[at] !== ' ') return false;
    const named = partInBracket(at + 1);
    if (named !== undefined) return link(named, a, true);
    // "A's devilishly sly Ruth": describing words may stand between an actor's possessive and the part.
    const start = startAt.has(at + 1) ? at + 1 : actor.roles.includes('actor') ? pastJudgement(at + 1) : -1;
    const c = startAt.get(start);
    if (c === undefined || (entities[c] as EntityDraft).kind !== 'character') return false;
    // "A's Ruth's father": the role is someone else's.
    if (isApostrophe(view[endOf.get(start) as number])) return false;
    return link(c, a, false);
  };

  /**
   * Where the name after the describing words from `at` starts ("dynamic and fearless Ruth",
   * "deadly serious, deathly pale Ruth"): at most {@link MAX_COPULA_WORDS} lower-case words, a
   * comma or `and` between them, none a word of kin or company ({@link KIN_NOUNS}: "brother Tom"
   * names the actor's own brother) nor one that opens another phrase ({@link NOT_ROLE_WORDS}); or -1.
   */
  const pastJudgement = (at: number): number => {
    let k = at;
    for (let n = 0; n <= MAX_COPULA_WORDS; n++) {
      let end = lowerWordEnd(view, k);
      const word = lower.slice(k, end);
      if (end === k || NOT_ROLE_WORDS.has(word) || KIN_NOUNS.has(word)) return -1;
      if (view[end] === ',') end++;
      if (view[end] !== ' ') return -1;
      k = end + 1;
      if (startAt.has(k)) return k;
    }
    return -1;
  };

  /**
   * 2b. `A's character (C)`: a part noun after the possessive, the part's name in brackets right
   * after it, alone. The words say C is a part, whatever its kind was.
   */
  const partInBracket = (at: number): number | undefined => {
    const noun = afterWord(lower, at, PART_NOUNS);
    if (noun < 0 || view[noun] !== '(') return undefined;
    const c = startAt.get(noun + 1);
    return c !== undefined && view[endOf.get(noun + 1) as number] === ')' ? c : undefined;
  };

  /** 3. `C, a … played by A`. */
  /** The actor after `by` at `at`, past at most {@link MAX_WORDS_AFTER_BY} lower-case words. */
  const actorAfterBy = (from: number): number | undefined => {
    let at = from;
    for (let n = 0; n <= MAX_WORDS_AFTER_BY; n++) {
      const a = startAt.get(at);
      if (a !== undefined) return a;
      if (isUpper(view[at])) return undefined;
      let space = at;
      while (space < at + MAX_WORD && space < view.length && view[space] !== ' ') space++;
      if (view[space] !== ' ' || CLAUSE_END.includes(view[space - 1] as string) || view[space - 1] === ',') return undefined;
      at = space + 1;
    }
    return undefined;
  };
  /** The offset past at most {@link MAX_MANNER_WORDS} words of manner after a casting verb ("played very well by", "voiced so magnificently by"). */
  const pastManner = (from: number): number => {
    let at = from;
    for (let n = 0; n < MAX_MANNER_WORDS; n++) {
      let end = at;
      while (end < view.length && end - at < MAX_WORD && isLower(view[end] as string)) end++;
      const word = lower.slice(at, end);
      if (view[end] !== ' ' || !isMannerWord(word)) break;
      at = end + 1;
    }
    return at;
  };
  const appositivePlayed = (m: Span, c: number): boolean => {
    // `"Bob" is played by A`: the role in quote marks, which the names stage's reading stops at.
    if (CLOSE_QUOTES.includes(view[m.end] as string) && OPEN_QUOTES.includes(view[m.start - 1] as string) && view[m.end + 1] === ' ') {
      const verb = afterWord(lower, m.end + 2, ['is', 'was']);
      const by = verb < 0 ? -1 : afterWord(lower, verb, PLAYED_WORDS);
      const at = by < 0 ? -1 : afterWord(lower, by, ['by']);
      const a = at < 0 ? undefined : actorAfterBy(at);
      return a !== undefined && link(c, a, true);
    }
    if (view[m.end] !== ',' || view[m.end + 1] !== ' ') return false;
    const from = m.end + 2;
    if (afterWord(lower, from, APPOSITIVE_OPENERS) < 0 && !possessiveNameAt(view, lower, from)) return false;
    const limit = Math.min(view.length, from + MAX_APPOSITIVE);
    for (let k = from; k < limit; k++) {
      const ch = view[k] as string;
      // "C, his wife, played by A", "C, his wife (played by A)": the appositive closes right before
      // the verb. A bracket right after a name is that name's ("C, the wife of Sam (played by A)").
      const verb = ch === ',' && view[k + 1] === ' ' ? k + 2 : ch === '(' && view[k - 1] === ' ' && !afterName(k - 1) ? k + 1 : -1;
      if (verb > 0 && afterWord(lower, verb, PLAYED_WORDS) >= 0) return playedFrom(c, verb);
      if (ch === ',' || CLAUSE_END.includes(ch)) return false;
      if (k > from && view[k - 1] !== ' ') continue;
      if (afterWord(lower, k, PLAYED_WORDS) >= 0) return playedFrom(c, k);
    }
    return false;
  };
  /** True when the word that ends right before `space` starts with a capital: a name's last word. */
  const afterName = (space: number): boolean => {
    const from = wordStartBefore(view, space);
    return from < space && isUpper(view[from]);
  };
  /** Links `c` to the actor of the `played … by A` that starts at `verb`, when there is one. */
  const playedFrom = (c: number, verb: number): boolean => {
    const at = afterWord(lower, pastManner(afterWord(lower, verb, PLAYED_WORDS)), ['by']);
    const a = at < 0 ? undefined : actorAfterBy(at);
    return a !== undefined && link(c, a, true);
  };
  /**
   * `C (A)` and `A (C)` once both are entities whose kinds agree with one order: the character
   * first in a review (a report writes the actor first), the actor first in any voice.
   */
  const actingMemo: ActingMemo = new WeakMap();
  const bracketPair = (m: Span, x: number): boolean => {
    if (listedWorks.has(m.start)) return false;
    const at = bracketAfter(view, lower, m.end, m.start);
    if (at < 0) return namedPartBracket(m, x);
    const led = ledActor(at);
    if (led !== undefined) return led !== x && link(x, led, true);
    const y = startAt.get(at + 1);
    if (y === undefined || y === x) return false;
    const close = endOf.get(at + 1) as number;
    if (!endsBracketName(view, close)) return false;
    const outside = entities[x] as EntityDraft;
    const bracketed = entities[y] as EntityDraft;
    const side = sides.get(m.start);
    // Both read as characters, but the text talks of the bracketed full name as an actor elsewhere
    // and never of the name outside: the bracket holds the actor.
    if (outside.kind === 'character' && bracketed.kind === 'character' && side === undefined && bracketed.playedBy === null && outside.playedBy === null && twoWordName(view, bracketed) && actingSaysBracketed(view, lower, outside, bracketed, actingMemo)) {
      bracketed.kind = 'person';
      bracketed.kindConfidence = Math.max(0.5, 1 - bracketed.kindConfidence);
      bracketed.roles = [];
      return link(x, y, true);
    }
    if (outside.kind === 'person' && bracketed.kind === 'character') {
      const inside = side === 'inside' && bracketed.playedBy === null && bracketed.roles.length === 0 && !outside.roles.some((r) => r !== 'other');
      const talked = side === undefined && bracketed.playedBy === null && bracketed.roles.length === 0 && !outside.roles.some((r) => r !== 'other') && actingSaysBracketed(view, lower, outside, bracketed, actingMemo);
      if (inside || talked || (side === undefined && bracketFullNames(m, at + 1, close, outside, bracketed) && !(report ??= readsAsReport(view)))) {
        // Two full names, the second alone in brackets and nowhere else: a review writes the part
        // first and its actor in brackets ("Diana Prince (Gal Gadot)"), whatever kind each name got
        // alone. So does a bracketed name the text talks of elsewhere as an actor, where the name
        // outside never is ("… Gal Gadot gave a fine performance").
        bracketed.kind = 'person';
        bracketed.roles = [];
        return link(x, y, true);
      }
      // The names' shapes put the actor in the bracket, but its entity already has a part or an
      // actor: no link, rather than the other way round.
      if (side === 'inside') return false;
      return link(y, x, false);
    }
    if (outside.kind === 'character' && bracketed.kind === 'person' && (side === 'inside' || (side === undefined && !(report ??= readsAsReport(view))))) {
      if (outside.mentions.length === 1 && namesWork(input, bracketed, m.start, m.end, at)) return false;
      // A maker's word read off a character's one mention ("the Rock, led by Commander C (A)") describes no maker.
      if (outside.mentions.length === 1 && outside.roles.every((r) => MAKER_ROLES.has(r))) outside.roles = [];
      return link(x, y, false);
    }
    if (outside.kind === 'person' && bracketed.kind === 'person') {
      // The bracket holds the surname alone of a full name the text writes elsewhere ("John Hale
      // (Moss)" after "Dana Moss"): a review's actor, named in full once and then by the surname.
      const surname = !bracketed.roles.some((r) => MAKER_ROLES.has(r)) && surnameOfFullName(view, at + 1, close, bracketed);
      const role = surname ? x : roleOfPeople(x, y, m.start);
      const actor = role === x ? y : x;
      if (role === undefined || !(surname || fullPersonalName(entities[actor] as EntityDraft))) return false;
      // A maker's word read off the part's one mention ("the creator C (A)") describes the part.
      const part = entities[role] as EntityDraft;
      if (part.mentions.length === 1) part.roles = part.roles.filter((r) => !MAKER_ROLES.has(r));
      return link(role, actor, true);
    }
    return false;
  };
  /**
   * 4b. `the C character (A)`, `the C role (A)`: a part noun after the name says the name is the
   * part, so the full name alone in the bracket right after the noun is its actor, whatever kind
   * each name got alone and in any voice.
   */
  const namedPartBracket = (m: Span, x: number): boolean => {
    if (view[m.end] !== ' ') return false;
    const open = afterWord(lower, m.end + 1, PART_NOUNS);
    if (open < 0 || view[open] !== '(') return false;
    const y = startAt.get(open + 1);
    if (y === undefined || y === x || view[endOf.get(open + 1) as number] !== ')') return false;
    const part = entities[x] as EntityDraft;
    const actor = entities[y] as EntityDraft;
    if (part.playedBy !== null || part.roles.some((r) => r !== 'other')) return false;
    // A real person named elsewhere before the noun is the author or the star of the part
    // ("Tom Hanks leads, and the Hanks character (C)"), so the bracket holds the part, not an actor.
    if (part.kind === 'person' && part.mentions.length > 1) return false;
    if (actor.playedBy !== null || !twoWordName(view, actor) || actor.roles.some((r) => MAKER_ROLES.has(r))) return false;
    if (actor.kind !== 'person') {
      actor.kind = 'person';
      actor.kindConfidence = Math.max(0.5, 1 - actor.kindConfidence);
      actor.roles = [];
    }
    return link(x, y, true);
  };
  /**
   * 4c. `C (voice of A)`, `C (played by A)`: the entity whose mention a casting lead puts in the
   * bracket that opens at `open`, or undefined. The lead says who plays whom, whatever kind each
   * name got alone.
   */
  const ledActor = (open: number): number | undefined => {
    const lead = castingLeadAt(lower, open);
    if (lead === 0) return undefined;
    const start = open + 1 + lead;
    const a = startAt.get(start);
    if (a !== undefined) return ledBracketActor(view, lower, start, endOf.get(start) as number) ? a : undefined;
    return describedActor(start);
  };
  /**
   * `C (played by the stone-faced, dead-pan A)`: the actor after at most
   * {@link MAX_WORDS_AFTER_BY} lower-case describing words (a comma may follow each) that start at
   * `from`, when the actor's name closes the bracket; else undefined.
   */
  const describedActor = (from: number): number | undefined => {
    let at = from;
    for (let n = 0; n < MAX_WORDS_AFTER_BY; n++) {
      let end = lowerWordEnd(view, at);
      if (end === at) return undefined;
      if (view[end] === ',') end++;
      if (view[end] !== ' ') return undefined;
      at = end + 1;
      const a = startAt.get(at);
      if (a !== undefined) return closesBracket(view, endOf.get(at) as number) ? a : undefined;
    }
    return undefined;
  };
  /**
   * True when `m` and the bracketed mention `from`..`to` are both full names (two words or more,
   * neither with a title), the outside name is no actor or maker, and the bracketed name has no
   * mention outside a bracket of its own: nothing in the text says the bracket holds the part.
   */
  const bracketFullNames = (m: Span, from: number, to: number, outside: EntityDraft, bracketed: EntityDraft): boolean => {
    const full = (a: number, b: number): boolean => view.slice(a, b).trim().includes(' ');
    if (!full(m.start, m.end) || !full(from, to) || bracketed.playedBy !== null || bracketed.roles.length > 0) return false;
    if (outside.roles.some((r) => r !== 'other') || outside.mentions.some((x) => titledName(view, lower, x)) || bracketed.mentions.some((x) => titledName(view, lower, x))) return false;
    return bracketed.mentions.every((x) => bracketedActor(view, x.start, x.end));
  };
  /**
   * 4b. `X (Y)` where both names read as real people ("The creator John Hammond(Richard
   * Attenborough)"): the bracket says one plays the other, and the text says which. A title before
   * one name only makes it the part ("Clark Gregg (Agent Coulson)"); a name the text already calls
   * an actor, or names elsewhere in a sentence about acting while the other stands only in
   * brackets, is the actor; else a review writes the part first. A maker of the work plays no part,
   * and a report's brackets hold too much else (a paper, a party) to read as casting.
   */
  const fullPersonalName = (e: EntityDraft): boolean => namedInFull(view, lower, e);
  const roleOfPeople = (x: number, y: number, start: number): number | undefined => {
    const outside = entities[x] as EntityDraft;
    const inside = entities[y] as EntityDraft;
    const maker = (e: EntityDraft): boolean => e.roles.some((r) => MAKER_ROLES.has(r));
    if (maker(inside) || (maker(outside) && outside.mentions.length > 1)) return undefined;
    const tx = outside.mentions.some((m) => titledName(view, lower, m));
    const ty = inside.mentions.some((m) => titledName(view, lower, m));
    if (tx !== ty) return tx ? x : y;
    const ax = outside.roles.includes('actor');
    const ay = inside.roles.includes('actor');
    if (ax !== ay) return ax ? y : x;
    if (ax) return undefined;
    const side = sides.get(start);
    if (side !== undefined) return side === 'inside' ? x : y;
    if (actingSaysActor(view, lower, outside, inside)) return y;
    if (actingSaysActor(view, lower, inside, outside)) return x;
    return (report ??= readsAsReport(view)) ? undefined : x;
  };
  let report: boolean | undefined;
  dropWorkParts(input, entities, startAt, endOf);
  // The side of each `X (Y)` that holds the actor by the names' shapes, read before any link is turned.
  const sides = bracketSides(view, lower, entities, startAt, endOf);
  orientBrackets(input, entities, startAt, endOf, sides);
  for (let e = 0; e < entities.length; e++) {
    const entity = entities[e] as EntityDraft;
    for (const m of entity.mentions) {
      if (entity.kind === 'person' && !copula(m, e) && !dashAside(m, e)) possessive(m, e);
      if (!appositivePlayed(m, e)) bracketPair(m, e);
    }
  }
}

/**
 * True when the mention `start`..`end` is one word and the last word of a mention of `e` of two
 * words or more, written outside brackets, whose first word is a given name or no word of the
 * language model: a surname the text gave in full elsewhere.
 */
function surnameOfFullName(view: string, start: number, end: number, e: EntityDraft): boolean {
  const word = view.slice(start, end);
  if (word.includes(' ')) return false;
  return e.mentions.some((m) => {
    if (m.end - m.start <= word.length + 1 || view[m.start - 1] === '(' || view[m.end - word.length - 1] !== ' ' || view.slice(m.end - word.length, m.end) !== word) return false;
    // A given name first, or a word the language does not know ("Keanu"): not a title's word ("Incredible Hulk").
    let space = m.start;
    while (view[space] !== ' ') space++;
    const first = view.slice(m.start, space).toLowerCase();
    return isListedFirstName(first) || !isModelWord(first);
  });
}

/** True when some mention of `e` is two words or more: an actor's name, where one word is as often a part's. */
function twoWordName(view: string, e: EntityDraft): boolean {
  return e.mentions.some((m) => view.slice(m.start, m.end).trim().includes(' '));
}

/**
 * Drops a part read off a bracket's order alone, `C (A)`, when C is named once and
 * {@link namesWork} says it is a work whose maker or star the bracket holds ("The Mule (Clint
 * Eastwood) is a drug courier film"): no character stands behind a title.
 */
function dropWorkParts(input: NormalizedText, entities: EntityDraft[], startAt: ReadonlyMap<number, number>, endOf: ReadonlyMap<number, number>): void {
  const { view } = input;
  for (const role of entities) {
    const m = role.mentions[0];
    if (role.kind !== 'character' || role.playedBy === null || role.mentions.length !== 1 || m === undefined) continue;
    const at = view[m.end] === ' ' ? m.end + 1 : m.end;
    const actor = entities[role.playedBy] as EntityDraft;
    const end = endOf.get(at + 1);
    if (view[at] !== '(' || startAt.get(at + 1) !== role.playedBy || end === undefined || !bracketedActor(view, at + 1, end)) continue;
    if (!namesWork(input, actor, m.start, m.end, at)) continue;
    role.mentions = [];
    role.playedBy = null;
  }
}
