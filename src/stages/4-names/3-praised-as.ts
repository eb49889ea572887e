/**
 * Step 3, one cue: a performer praised for a part named by a common noun. "A and B are great as
 * father and son", "A is chilling as the killer", "A shines as the warring sisters", "A is
 * perfectly cast as a lonely widower": a verb of being with a word of praise, or a verb of
 * performing, then `as`, an optional determiner, a few describing words and a noun of the part.
 * Every name of the subject before the verb ("A", "A and B", "A, B and C") is someone who plays a
 * part: an actor, with no part to link. A plot's verb before `as` ("poses as a doctor", "works as
 * a nurse", "disguised as a cop") is a character's own doing and no cue.
 */
import { PERFORMANCE_PRAISE, PERFORMANCE_VERBS_BEFORE_AS, PRAISE_ADVERBS, PRAISE_COPULAS, PRAISED_PART_NOUNS, ROLE_OPENERS_AFTER_AS } from '../../data/casting-vocab';
import { CueWords } from '../../text/cue-index';
import type { Word } from '../../text/words';
import { addRole, gapBefore, listGap, type CueContext } from './3-cue-readers';
import type { Piece } from './piece';

/** How many describing words may stand between `as` (and its determiner) and the noun of the part ("as the three warring sisters"). */
const MAX_PART_WORDS = 3;
/** How many adverbs may stand between the verb and the praise ("is just so perfectly cast"). */
const MAX_ADVERBS = 3;
/** How many names a praised subject lists at most ("A, B, C and D are a joy as …"). */
const MAX_SUBJECTS = 6;

/** True when the lower-case word at `k` is an adverb that may stand before the praise. */
function praiseAdverb(c: CueContext, k: number): boolean {
  const w = c.words[k] as Word;
  return !w.capitalised && (PRAISE_ADVERBS.has(w.lower) || (w.lower.length > 4 && w.lower.endsWith('ly')));
}

/**
 * True when the words after the `as` at word `i` name a part by a common noun: an optional
 * determiner, at most {@link MAX_PART_WORDS} lower-case describing words (a comma may part them:
 * "the suave, rich"), and a noun of {@link PRAISED_PART_NOUNS}.
 */
function partNounAfter(c: CueContext, i: number): boolean {
  const { words } = c;
  let k = i + 1;
  const first = words[k];
  if (!first || gapBefore(c, k) !== ' ') return false;
  if (ROLE_OPENERS_AFTER_AS.has(first.lower)) k++;
  for (let n = 0; n <= MAX_PART_WORDS && k < words.length; n++, k++) {
    const w = words[k] as Word;
    const gap = gapBefore(c, k);
    if (w.capitalised || (gap !== ' ' && !(n > 0 && gap === ', '))) return false;
    if (PRAISED_PART_NOUNS.has(w.lower)) return true;
    if (c.pos[k] === 'VERB' || c.pos[k] === 'AUX' || c.pos[k] === 'ADP' || c.pos[k] === 'CCONJ') return false;
  }
  return false;
}

/**
 * The word where the subject of the praise before the `as` at word `i` ends, or -1: the word right
 * before a performing verb, or before a verb of being and the praise (adverbs may stand between).
 */
function subjectEnd(c: CueContext, i: number): number {
  const { words } = c;
  let k = i - 1;
  const w = words[k];
  if (!w || w.capitalised || gapBefore(c, i) !== ' ') return -1;
  if (PERFORMANCE_VERBS_BEFORE_AS.has(w.lower)) {
    // The verb opening the text has no subject before it.
    return k >= 1 && gapBefore(c, k) === ' ' ? k - 1 : -1;
  }
  if (!PERFORMANCE_PRAISE.has(w.lower)) return -1;
  k--;
  for (let n = 0; n < MAX_ADVERBS && k > 0 && praiseAdverb(c, k); n++) k--;
  const be = words[k];
  if (!be || be.capitalised || !PRAISE_COPULAS.has(be.lower) || k < 1 || gapBefore(c, k) !== ' ') return -1;
  return k - 1;
}

/**
 * The names of the subject that ends at word `end`: the piece ending there and those listed before
 * it (", ", " and ", ", and "), at most {@link MAX_SUBJECTS}.
 */
function subjectsEndingAt(c: CueContext, end: number): Piece[] {
  const out: Piece[] = [];
  let p = c.pieceEnding.get(end);
  while (p && out.length < MAX_SUBJECTS) {
    out.push(p);
    let k = p.first - 1;
    if (k >= 0 && (c.words[k] as Word).lower === 'and' && !(c.words[k] as Word).capitalised) k--;
    const prev = c.pieceEnding.get(k);
    if (!prev || !listGap(c, prev.end, p.start)) break;
    p = prev;
  }
  return out;
}

/** The word {@link readPraisedAs} acts at. */
const AS = new CueWords(['as']);

/** Reads every `as` of the text; each name of a praised subject gets the role `actor`. */
export function readPraisedAs(c: CueContext): void {
  const { words } = c;
  for (const i of c.facts.cues.of(AS)) {
    if (i < 1 || (words[i] as Word).capitalised) continue;
    const end = subjectEnd(c, i);
    if (end < 0 || !partNounAfter(c, i)) continue;
    for (const p of subjectsEndingAt(c, end)) if (!p.character && !p.playedBy) addRole(p, 'actor');
  }
}
