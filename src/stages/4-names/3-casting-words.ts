/**
 * Step 3, the casting words, read at every word with one bounded look back and one forward each:
 * `A … as (det adj*) C`, `A plays (det adj*) C` (the describing words may be listed with commas,
 * the part's name quoted: `as the cold, cunning C`, `plays 'C'`), `A will play C`, `A … in the role of C`, `C is played (well) by A`,
 * `A brings C to life`, and the parallel lists `A, B and C as X, Y and Z`. With no actor named, a
 * `he` or `she` before the verb keeps C a part for the link pass, and so does a player the text
 * does not name (`the actress who plays C`: `castUnnamed`, settled in the kind step).
 */
import { AUTHORING_VERBS, BEFORE_PLAYED_BY, BETWEEN_PLAYED_AND_BY, MODAL_BEFORE_PLAYED_BY, NOT_BEFORE_PLAYS, PERFORMS, PLACE_PREPOSITIONS, RELATIVE_OPENERS, ROLE_DETERMINERS } from '../../data/name-cue-words';
import { BRING_VERBS, CAST_LIST_JOINERS, LIFE_ON_PAGE_NOUNS, ONE_PERSON_SUBJECTS, OTHER_SUBJECTS, LIKENESS_AFTER_AS, REGARD_VERBS, OWN_PHRASE_WORDS, PART_PLAYER_NOUNS, PERFORMER_NOUNS, PLACE_RELATIVES, PLAIN_PLAY_VERBS, REGION_PART_NOUNS, PLAIN_VERB_LEADS, PLAY_FORMS, TAKE_FORMS } from '../../data/casting-vocab';
import { PERFORMANCE_NOUNS, PLAYED_BY_VERBS, PLAYS_VERBS, ROLE_NOUNS, ROLE_OF_NOUNS } from '../../data/role-words';
import { CueWords } from '../../text/cue-index';
import { WordSet, type Word } from '../../text/words';
import { isListedFirstName, isQuote, leadOf, leadStart } from './context';
import { namingBeforeAs } from './naming-as';
import { audienceNaming } from './naming-call';
import { castAfter, playedPlace } from './link-casting-words';
import {
  actorBefore, actorShaped, addRole, clauseGap, gapBefore, link, listedPieceAt, listGap, possessive, roleAfter, type CueContext,
} from './3-cue-readers';
import type { Piece } from './piece';

/** A spaced dash that opens an aside ("C - played by A - is"). */
const ASIDE_DASH_GAPS: ReadonlySet<string> = new Set([' - ', ' – ', ' — ']);

/** How far each casting reader looks: every window is bounded, so the readers stay linear. */
const MAX_MODIFIERS = 4;
const MAX_BEFORE_CUE = 10;
const MAX_LIST = 6;

/** The casting verbs, read at every lower-case word: most words fail the set's shape test. */
const PLAYS = new WordSet(PLAYS_VERBS);
const PLAYED_BY = new WordSet(PLAYED_BY_VERBS);


/** Both in one quoted title: `"Clean as a Whistle"`. */
const quotedPair = (c: CueContext, a: Piece, r: Piece): boolean => isQuote(c.input.view[a.start - 1]) && isQuote(c.input.view[r.end]);

/** `as` before the actor opens a comparison: "just as cruel to Cinderella as Drizella". */
function comparedBefore(c: CueContext, a: Piece): boolean {
  const { words, pos } = c;
  for (let j = a.first - 1; j >= 0 && j >= a.first - 4; j--) {
    const w = words[j] as Word;
    if (w.lower === 'as' && !w.capitalised && words[j + 1] && !(words[j + 1] as Word).capitalised && (pos[j + 1] === 'ADJ' || pos[j + 1] === 'ADV')) return true;
  }
  return false;
}

/** A noun between the name and `plays`: the noun is the subject ("Alaska airlines playing Drake"). */
function nounBetween(c: CueContext, a: Piece, cue: number): boolean {
  for (let j = a.last + 1; j < cue; j++) if (c.pos[j] === 'NOUN' && !PERFORMANCE_NOUNS.has((c.words[j] as Word).lower)) return true;
  return false;
}

/** A verb, auxiliary or adjective between the actor and the cue. */
function predicateBetween(c: CueContext, a: Piece, cue: number): boolean {
  for (let j = a.last + 1; j < cue; j++) if (c.pos[j] === 'VERB' || c.pos[j] === 'AUX' || c.pos[j] === 'ADJ' || PERFORMS.has((c.words[j] as Word).lower)) return true;
  return false;
}

/** A verb of making between the name and the cue: "Whedon created the character of" names its author. */
function authoredBetween(c: CueContext, a: Piece, cue: number): boolean {
  for (let j = a.last + 1; j < cue; j++) if (AUTHORING_VERBS.has((c.words[j] as Word).lower)) return true;
  return false;
}

/** A lower-case verb right after the role: `as` joined two clauses ("Owen leaves as Larry arrives"). */
function verbAfter(c: CueContext, p: Piece): boolean {
  const w = c.words[p.last + 1];
  return w !== undefined && w.spaceBefore && !w.capitalised && (c.pos[p.last + 1] === 'VERB' || c.pos[p.last + 1] === 'AUX');
}

/**
 * True when `and` and a determiner follow the role (`as C and the others prepare`): C opens a
 * subject of two, so `as` is a conjunction, not a casting.
 */
function sharedSubject(c: CueContext, role: Piece): boolean {
  const and = c.words[role.last + 1];
  const det = c.words[role.last + 2];
  return and !== undefined && det !== undefined && and.lower === 'and' && and.spaceBefore && det.spaceBefore && OTHER_SUBJECTS.has(det.lower);
}

/**
 * A name right after `the` or a preposition of place, or after another preposition (or a
 * conjunction, for a lone word) when a verb (not an auxiliary: "A and B’s as C are") follows the
 * role: an object, not the subject of `as` ("in The Terminator as Vukovich", "Witchcraft and
 * Wizardry as Voldemort grows"; but "a turn by A as C", "thanks to A as C", "A as X and B as Y
 * make …").
 */
function governed(c: CueContext, a: Piece, role: Piece): boolean {
  const w = c.words[a.first - 1];
  if (w === undefined || w.capitalised || !(c.words[a.first] as Word).spaceBefore) return false;
  const tag = c.pos[a.first - 1];
  if (w.lower === 'the' || PLACE_PREPOSITIONS.has(w.lower)) return true;
  const weak = a.first === a.last && a.shape !== 'strong';
  return (tag === 'ADP' || (tag === 'CCONJ' && weak)) && verbAfter(c, role) && c.pos[role.last + 1] === 'VERB';
}

/** Names listed before `p` ("A, B and p", "A & p"), nearest last, at most {@link MAX_LIST}; none that is a role of `as`. */
function listBefore(c: CueContext, p: Piece): Piece[] {
  const list = [p];
  let cur = p;
  while (list.length < MAX_LIST) {
    const lead = leadOf(c, cur.first);
    let j = lead - 1;
    if (j >= 0 && (c.words[j] as Word).lower === 'and') j--;
    const prev = c.pieceEnding.get(j);
    if (!prev || prev.shape === 'common' || possessive(c, prev) || !listGap(c, prev.end, (c.words[lead] as Word).start, CAST_LIST_JOINERS)) break;
    if (prev.first > 0 && (c.words[prev.first - 1] as Word).lower === 'as') break;
    list.unshift(prev);
    cur = prev;
  }
  return list;
}

/** Names listed from `p` on ("p, Y and Z", "p & Y"), at most {@link MAX_LIST}; none followed by `as`. */
function listAfter(c: CueContext, p: Piece): Piece[] {
  const list = [p];
  let cur = p;
  while (list.length < MAX_LIST) {
    let j = cur.last + 1;
    if (c.words[j] && (c.words[j] as Word).lower === 'and') j++;
    const next = listedPieceAt(c, j);
    if (!next || next.shape === 'common' || possessive(c, next) || !listGap(c, cur.end, leadStart(c, next.first), CAST_LIST_JOINERS)) break;
    if (c.words[next.last + 1] && (c.words[next.last + 1] as Word).lower === 'as') break;
    list.push(next);
    cur = next;
  }
  return list;
}

/**
 * `A, B and C as X, Y and Z`: pairs in order when both lists are as long; else the nearest two.
 * Where `explicit`, the words say who plays whom, as `played by` does, so the kind model may not
 * make the part a real person afterwards.
 */
function linkLists(c: CueContext, role: Piece, actor: Piece, lists: boolean, explicit: boolean): void {
  if (lists) {
    const actors = listBefore(c, actor);
    const roles = listAfter(c, role);
    if (actors.length > 1 && actors.length === roles.length) {
      actors.forEach((a, k) => link(roles[k] as Piece, a, explicit));
      return;
    }
  }
  link(role, actor, explicit);
}

/** A likeness word between `as` (word `k`) and the role: `A as the next C` may compare two people. */
function likenessAfterAs(c: CueContext, k: number, role: Piece): boolean {
  for (let j = k + 1; j < role.first; j++) if (LIKENESS_AFTER_AS.has((c.words[j] as Word).lower)) return true;
  return false;
}

/** A verb of public regard right before the actor: "hailed A as the new C" casts no part. */
function regardedBefore(c: CueContext, actor: Piece): boolean {
  const w = c.words[actor.first - 1];
  return w !== undefined && !w.capitalised && REGARD_VERBS.has(w.lower);
}

/**
 * `part of` at the `of` of word `k` names a piece of a place or a group, not a role: "on the part
 * of C" (an idiom of agency), "the part of C where …" (a place).
 */
function regionPart(c: CueContext, k: number, role: Piece): boolean {
  const { words } = c;
  if (!REGION_PART_NOUNS.has((words[k - 1] as Word).lower)) return false;
  const next = words[role.last + 1];
  // "took on the part of C": `on` is the particle of `take`, the part a role.
  const idiom = k >= 3 && (words[k - 3] as Word).lower === 'on' && !(k >= 4 && TAKE_FORMS.has((words[k - 4] as Word).lower));
  return idiom || (next !== undefined && PLACE_RELATIVES.has(next.lower));
}

/** The most words after `to life` read for the means of a maker's page ("to life through her letters"). */
const LIFE_MEANS_WINDOW = 4;

/**
 * True when `A brings C to life` is a maker's, not an actor's: the words right after `to life`
 * name the means, a preposition then a noun of a page or a record ("to life in every chapter",
 * "to life through her letters"), or a noun other than a performer's stands right before the
 * subject ("the biographer A"; "the actress A" brings a part to life). A book named elsewhere in
 * the sentence does not count: reviews of adaptations name the book all the time.
 */
function lifeOnPage(c: CueContext, actor: Piece, end: number): boolean {
  const { words, pos } = c;
  const before = words[actor.first - 1];
  if (before && gapBefore(c, actor.first) === ' ' && !before.capitalised && pos[actor.first - 1] === 'NOUN' && !PERFORMER_NOUNS.has(before.lower) && ROLE_NOUNS.get(before.lower) !== 'actor') return true;
  const to = Math.min(words.length - 1, end + LIFE_MEANS_WINDOW);
  if (end + 1 > to || pos[end + 1] !== 'ADP') return false;
  for (let j = end + 2; j <= to && !c.sentenceStarts.has((words[j] as Word).start); j++) if (LIFE_ON_PAGE_NOUNS.has((words[j] as Word).lower)) return true;
  return false;
}

/**
 * True when the casting verb at word `k` has `he` or `she` as its subject: right before it, or
 * before one adverb or auxiliary ("she also played", "he will play"), with nothing but spaces
 * between.
 */
function pronounSubject(c: CueContext, k: number): boolean {
  const { words, pos } = c;
  for (let j = k - 1; j >= 0 && j >= k - 2; j--) {
    const w = words[j] as Word;
    if (gapBefore(c, j + 1) !== ' ') return false;
    if (ONE_PERSON_SUBJECTS.has(w.lower)) return true;
    if (w.capitalised || !(pos[j] === 'ADV' || pos[j] === 'AUX' || PLAIN_VERB_LEADS.has(w.lower))) return false;
  }
  return false;
}

/** Relative pronouns between a player noun and its casting verb ("the actress who plays C"). */
const PLAYER_RELATIVES: ReadonlySet<string> = new Set(['who', 'that']);

/**
 * True when the casting verb at word `k` has an unnamed player as its subject: a noun of
 * {@link PART_PLAYER_NOUNS} right before it, or before `who`/`that` and at most one auxiliary or
 * adverb ("the actress who plays C", "the boys playing C", "the woman who was playing C"), or a
 * role noun and a comma ("in his next role, playing C"). Whoever plays, the object is a part.
 */
function playerSubject(c: CueContext, k: number): boolean {
  const { words, pos } = c;
  const before = words[k - 1] as Word;
  if (gapBefore(c, k) === ', ') return !before.capitalised && ROLE_OF_NOUNS.has(before.lower);
  let j = k - 1;
  if (gapBefore(c, j + 1) !== ' ') return false;
  if (j > 0 && !(words[j] as Word).capitalised && (pos[j] === 'AUX' || pos[j] === 'ADV') && gapBefore(c, j) === ' ') j--;
  if (j > 0 && PLAYER_RELATIVES.has((words[j] as Word).lower) && gapBefore(c, j) === ' ') j--;
  else if (j !== k - 1) return false;
  const noun = words[j] as Word;
  return !noun.capitalised && PART_PLAYER_NOUNS.has(noun.lower);
}

/**
 * True when `role`, cast by a `he` or `she` with no actor named, is plainly a part: a name of two
 * words or more, a titled one, a listed first name, or any name that `cast` puts in a work
 * ("She played Nellie", "he played Macduff in the film"); a lone other word may be a place or a
 * team played ("he played Wembley").
 */
function pronounPart(c: CueContext, role: Piece, cast: boolean): boolean {
  if (role.shape === 'common' || role.roles.length > 0 || role.playedBy !== null) return false;
  return cast || role.last > role.first || role.titled || isListedFirstName((c.words[role.first] as Word).lower);
}

/** True when words `k` and `k + 1` are `to life`, each after one space. */
function toLife(c: CueContext, k: number): boolean {
  const to = c.words[k];
  const life = c.words[k + 1];
  return to !== undefined && life !== undefined && to.lower === 'to' && life.lower === 'life' && gapBefore(c, k) === ' ' && gapBefore(c, k + 1) === ' ';
}

/**
 * The words {@link readCastingWords} acts at: `as`, `of`, the casting verbs, the verbs of bringing
 * to life and of being played.
 */
const CASTING_WORDS = new CueWords(['as', 'of'], PLAYS_VERBS, PLAIN_PLAY_VERBS, BRING_VERBS, PLAYED_BY_VERBS);

/** Reads the casting words of the whole text, in order, and links the names they cast. */
export function readCastingWords(c: CueContext): void {
  const { words, pos, pieceAt, pieceEnding } = c;
  for (const k of c.facts.cues.of(CASTING_WORDS)) {
    const w = words[k] as Word;
    if (k < 1 || w.capitalised) continue;
    if (w.lower === 'as') {
      // "A as C", "A is excellent as his wife C", "A turns in a great performance as C".
      const prev = words[k - 1] as Word;
      if (namingBeforeAs(prev.lower, words[k - 2]?.lower ?? '') || prev.lower === 'as' || audienceNaming((n) => words[k - 1 - n]?.lower)) continue;
      const role = roleAfter(c, k + 1, MAX_MODIFIERS);
      if (!role) {
        // "Tim Vale as Billy's father": a full name right before `as` playing a described part.
        const owner = pieceAt.get(k + 1);
        const actor = pieceEnding.get(k - 1);
        if (owner && possessive(c, owner) && pos[owner.last + 1] === 'NOUN' && actor && actor.last > actor.first && w.spaceBefore && actor.shape !== 'common' && !actor.character && !governed(c, actor, owner)) addRole(actor, 'actor');
        continue;
      }
      const actor = actorBefore(c, k, MAX_BEFORE_CUE);
      if (!actor || !actorShaped(c, actor, k) || quotedPair(c, actor, role) || comparedBefore(c, actor) || regardedBefore(c, actor)) continue;
      const next = actor.last === k - 1;
      // One space before `as`, past the dot of a suffix that ends the name ("A Jr. as C").
      const spaced = w.spaceBefore || gapBefore(c, k) === ' ';
      // Words between must say something of the actor ("is excellent", "turns in"), else the name
      // ends another clause ("… Wives and a cameo role as").
      // A comma before a far `as` starts a clause of its own ("Anne washed the dishes, as Marilla … discerned").
      if (!next && (verbAfter(c, role) || !predicateBetween(c, actor, k) || !spaced)) continue;
      // "Owen, as Larry notes, …": after a comma, `as` and a verb make a clause; so does a subject
      // of two that goes on past the name ("A, as C and the others prepare, …").
      if (next && !spaced && (verbAfter(c, role) || sharedSubject(c, role))) continue;
      // "set in Rome as Robert Langdon follows", "in The Terminator as Vukovich": a name after a
      // preposition, conjunction or article is no subject.
      if (next && governed(c, actor, role)) continue;
      // "A and B, as X and Y": a comma before `as` still pairs the lists.
      linkLists(c, role, actor, next && role.first === k + 1, !likenessAfterAs(c, k, role));
    } else if ((PLAYS.has(w.lower) || (PLAIN_PLAY_VERBS.has(w.lower) && PLAIN_VERB_LEADS.has((words[k - 1] as Word).lower))) && !(k + 1 < words.length && (words[k + 1] as Word).lower === 'by') && !NOT_BEFORE_PLAYS.has((words[k - 1] as Word).lower)) {
      // "A plays the pretty Princess Dia", "A, who played Captain Wentworth"; not "…, and
      // playing the Emperor" (the subject is further back), nor a passive missing its `by`
      // ("Ripley, who is played then-unknown Weaver").
      // "A played opposite B": B is A's partner, no part (a tagger may read `opposite` as a modifier).
      if (k + 1 < words.length && OWN_PHRASE_WORDS.has((words[k + 1] as Word).lower)) continue;
      const role = roleAfter(c, k + 1, MAX_MODIFIERS + 2);
      const actor = role && actorBefore(c, k, MAX_MODIFIERS);
      // "U2 will play Hampden", "played Carnegie Hall": a place played, no part. An actor, or a work
      // after the name, casts one word all the same ("is to play Zorin in the new film").
      const cast = !!role && ((actor?.roles.includes('actor') ?? false) || castAfter(c.input.view, c.input.lower, role.end, c.workMask));
      if (role && PLAY_FORMS.has(w.lower) && playedPlace(words.slice(role.first, role.last + 1).map((x) => x.lower), w.lower === 'play' && role.first === k + 1, role.first > k + 1, cast)) continue;
      if (role && actor && actorShaped(c, actor, k) && !nounBetween(c, actor, k)) {
        // "A portrays the Scottish poet C": the role noun describes the part played, it makes C
        // no real poet.
        if (role.first - 1 > k && ROLE_NOUNS.has((words[role.first - 1] as Word).lower)) role.roles.length = 0;
        // The verb says who plays whom, as `played by` does: no later reading of bracket order or
        // of the part's other mentions may turn the link round.
        link(role, actor, true);
      } else if (role && !actor && pronounSubject(c, k) && pronounPart(c, role, cast)) {
        // "She played Nellie in the film": the part stays a character's name for the link pass,
        // which finds the person the pronoun stands for.
        role.character = true;
      } else if (role && !actor && playerSubject(c, k) && pronounPart(c, role, cast)) {
        // "The actress who plays Nellie": a part too, with no one named to link; the kind step
        // settles it after the model.
        role.castUnnamed = true;
      }
    } else if (w.lower === 'of' && ROLE_OF_NOUNS.has((words[k - 1] as Word).lower) && k >= 2 && ROLE_DETERMINERS.has((words[k - 2] as Word).lower)) {
      // "A … in the role of C", "A and B in their roles of C and D"; "the character of C" alone
      // says C is a character ("a part of Algiers" is neither).
      const role = roleAfter(c, k + 1, MAX_MODIFIERS);
      if (!role || regionPart(c, k, role)) continue;
      const actor = actorBefore(c, k - 2, MAX_BEFORE_CUE);
      const inRole = actor && ['in', 'as'].includes((words[actor.last + 1] as Word).lower);
      if (actor && actorShaped(c, actor, k) && !authoredBetween(c, actor, k) && (inRole || predicateBetween(c, actor, k))) linkLists(c, role, actor, true, true);
      else if (!role.character && role.roles.length === 0 && !(words[k - 1] as Word).lower.startsWith('part')) role.character = true;
    } else if (BRING_VERBS.has(w.lower)) {
      // "A brings C to life", "A brought the gruff C to life", "A brings to life C": the actor
      // gives the part a body ("brings C back to life" is a story's, no casting).
      const front = toLife(c, k + 1);
      const role = roleAfter(c, front ? k + 3 : k + 1, MAX_MODIFIERS);
      if (!role || (!front && !toLife(c, role.last + 1))) continue;
      const actor = actorBefore(c, k, MAX_MODIFIERS);
      // "used in The Ring to bring C to life": a name after an article or a preposition, or right
      // before the infinitive's `to`, is no subject ("A managed to bring" has its verb between).
      const infinitive = actor !== undefined && (words[k - 1] as Word).lower === 'to' && actor.last === k - 2;
      // The last word of the phrase: `life` of "C to life", or the part of "to life C".
      const end = front ? role.last : role.last + 2;
      if (actor && !infinitive && actorShaped(c, actor, k) && !nounBetween(c, actor, k) && !governed(c, actor, role) && !lifeOnPage(c, actor, end)) link(role, actor, true);
    }
    if (PLAYED_BY.has(w.lower)) {
      // "C is played reasonably well by A", "C who is played by A", "C, played in the film by A".
      let by = k + 1;
      while (by < words.length && by <= k + 4 && (words[by] as Word).lower !== 'by' && !(words[by] as Word).capitalised && BETWEEN_PLAYED_AND_BY.has(pos[by] as string)) by++;
      if (by >= words.length || (words[by] as Word).lower !== 'by') continue;
      const actor = roleAfter(c, by + 1, MAX_MODIFIERS);
      if (!actor) continue;
      let role: Piece | undefined;
      // "C - played by A -": a spaced dash right before the verb opens an aside about C.
      const aside = ASIDE_DASH_GAPS.has(gapBefore(c, k));
      let modal = false;
      for (let j = k - 1; j >= 0 && j >= k - 5; j--) {
        if (!clauseGap(gapBefore(c, j + 1)) && !(aside && j === k - 1)) break;
        role = pieceEnding.get(j);
        // "Greta, who marries the baker Anton, will be played by A": a name closing an appositive
        // before a modal passive is inside the clause about another subject, not its subject.
        if (role && modal && gapBefore(c, j + 1).includes(',') && !RELATIVE_OPENERS.has((words[j + 1] as Word).lower)) role = undefined;
        if (role || pieceEnding.has(j)) break;
        const b = words[j] as Word;
        if (MODAL_BEFORE_PLAYED_BY.has(b.lower)) modal = true;
        else if (!BEFORE_PLAYED_BY.has(b.lower) && pos[j] !== 'ADV') break;
      }
      if (role && !possessive(c, role) && role.shape !== 'common') link(role, actor, true);
    }
  }
}
