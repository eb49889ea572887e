/**
 * Step 3, one cue: a name read as the maker of the story it is talked of with. Fan reviews speak of
 * a manga's author as the one who shapes the story: `A decided to end the manga`, `A drew the
 * panels`, `A loves drawing ugly characters`, `A should have ended the series`, `every chapter A
 * draws`, `A said in an interview`, `A's original manga`; in a text about animation also `A, the
 * mangaka`, `A is a great storyteller` and a full name's or a known maker's craft (`A B's
 * writing`). A character decides and wants too (`Naruto decided to fight`): every cue needs a noun of the work
 * or its making as the object or owned thing, so a story's own doings never read as making. A
 * name that is a work's title here, or its hero's, is no maker. `A and his editors` is read by no
 * cue here: a name once with its editors is left unread (`4-and-own.ts`), as the text says
 * nothing of the work there.
 */
import { CREATOR_SPEECH_VERBS, CREATOR_VERBS, CREATOR_VERBS_AFTER_AUXILIARY, INTERVIEW_NOUNS, JUDGING_MAKE_VERBS, MAKER_CRAFT_NOUNS, MAKER_OWNED_NOUNS, OTHER_OWNER_DETERMINERS, PLAYED_NOUNS, WORK_OBJECT_NOUNS } from '../../data/creator-cues';
import { KNOWN_MAKER_SURNAMES } from '../../data/work-makers';
import type { Word } from '../../text/words';
import { madeByHeadingWork } from './creator-headed-clause';
import { namedMaker } from './creator-named-maker';
import { plainWord, verbAfter } from './creator-verb';
import { addRole, gapBefore, isModifier, possessive, weakInitial, type CueContext } from './3-cue-readers';
import type { Piece } from './piece';

/** How many describing words may stand before the noun of the work (`the whole final arc`). */
const MAX_DESCRIBING = 3;
/** How many words may stand between a verb of saying and the interview (`said in an old interview`). */
const MAX_TO_INTERVIEW = 4;

/**
 * True when a noun of the work follows word `k` (not included) after at most {@link MAX_DESCRIBING}
 * describing words (`the manga`, `a whole new arc`, `off a character`); after a verb of making
 * (`made`), not a noun of the story's people.
 */
function workObjectAfter(c: CueContext, k: number, made: boolean): boolean {
  for (let j = k + 1, n = 0; n <= MAX_DESCRIBING; j++, n++) {
    const w = plainWord(c, j);
    if (!w) return false;
    if (WORK_OBJECT_NOUNS.has(w.lower)) return !(made && PLAYED_NOUNS.has(w.lower));
    if (OTHER_OWNER_DETERMINERS.has(w.lower)) return false;
    // "kill off a character": a particle of the verb reads on.
    if (!(isModifier(c, j) || c.pos[j] === 'DET' || c.pos[j] === 'NUM' || (n === 0 && c.pos[j] === 'ADP' && w.lower === 'off'))) return false;
  }
  return false;
}

/** True when a verb of making after the name at word `k` has a work as its object (`decided to end the manga`, `has drawn the panels`). */
function makesWork(c: CueContext, k: number): boolean {
  const found = verbAfter(c, k);
  let j = found.at;
  const verb = plainWord(c, j);
  if (!verb || !(CREATOR_VERBS.has(verb.lower) || (found.auxiliary && CREATOR_VERBS_AFTER_AUXILIARY.has(verb.lower)))) return false;
  // "decided to end …", "loves drawing …": the verb after carries the object.
  const next = plainWord(c, j + 1);
  if (next && next.lower === 'to' && plainWord(c, j + 2) && c.pos[j + 2] === 'VERB') j += 2;
  else if (next && next.lower.endsWith('ing') && c.pos[j + 1] === 'VERB') j += 1;
  else if (next && JUDGING_MAKE_VERBS.has(verb.lower) && (next.lower === 'a' || next.lower === 'an')) return false;
  return workObjectAfter(c, j, JUDGING_MAKE_VERBS.has(verb.lower));
}

/** True when a verb of saying after the name at word `k` tells of an interview (`said in an interview`). */
function speaksOfWork(c: CueContext, k: number): boolean {
  const verb = plainWord(c, k);
  if (!verb || !CREATOR_SPEECH_VERBS.has(verb.lower)) return false;
  for (let j = k + 1; j <= k + MAX_TO_INTERVIEW; j++) {
    const w = plainWord(c, j);
    if (!w) return false;
    if (INTERVIEW_NOUNS.has(w.lower)) return true;
  }
  return false;
}

/** True when the name's possessive owns a maker's work or craft (`A's original manga`, in a text about animation `A's storytelling`). */
function ownsMakersNoun(c: CueContext, p: Piece): boolean {
  if (!possessive(c, p)) return false;
  // A craft's noun reads only in a text about animation (`A's writing`; see MAKER_CRAFT_NOUNS), and
  // after a full name or a known maker's surname: a work of one word owns its craft as often
  // (`Bleach's art style`), and so does a hero the work is named after.
  const craft = c.facts.readsAsAnimation() && (p.last > p.first || KNOWN_MAKER_SURNAMES.has((c.words[p.first] as Word).lower));
  for (let j = p.last + 1, n = 0; n <= 1; j++, n++) {
    // The first word follows the possessive's mark ("A's manga", "Moss' manga").
    const w = n === 0 ? c.words[j] : plainWord(c, j);
    if (!w || w.capitalised || (n === 0 && !/^['’]s? $/.test(gapBefore(c, j)))) return false;
    if (MAKER_OWNED_NOUNS.has(w.lower) || (craft && MAKER_CRAFT_NOUNS.has(w.lower))) return true;
    if (!isModifier(c, j)) return false;
  }
  return false;
}

/** True when a lower-case `the` stands right before the name (`the Grandline makes`): a place or a thing, no maker. */
function afterThe(c: CueContext, p: Piece): boolean {
  const the = c.words[p.first - 1];
  return the !== undefined && the.lower === 'the' && !the.capitalised;
}

/** Reads the maker's cues after each piece; a name so read gets the role `author`. */
export function readCreatorCues(c: CueContext, pieces: readonly Piece[]): void {
  for (const p of pieces) {
    if (p.shape === 'common' || p.character || p.playedBy || c.workMask[p.start] === 1 || c.heroes.has(p.start) || weakInitial(c, p) || afterThe(c, p)) continue;
    const k = p.last + 1;
    const after = possessive(c, p) ? ownsMakersNoun(c, p) : makesWork(c, k) || speaksOfWork(c, k) || madeByHeadingWork(c, p) || namedMaker(c, p);
    if (after) addRole(p, 'author');
  }
}
