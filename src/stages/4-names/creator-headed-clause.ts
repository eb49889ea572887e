/**
 * The creator cue's clause shape: a name that makes the noun of the work heading its clause (`the
 * story A wrote`, `every chapter A draws`, `the arc that A has set up`). The noun is the verb's
 * object, so nothing stands where an object would: `In the arc Luffy makes new friends` is a
 * sentence of its own after a phrase of time, and a character's deeds are told so.
 */
import { HEADED_MAKING_VERBS, MAKING_PARTICLES, RELATIVE_PRONOUNS, WORK_OBJECT_NOUNS } from '../../data/creator-cues';
import { gapBefore, possessive, type CueContext } from './3-cue-readers';
import { plainWord, verbAfter } from './creator-verb';
import type { Piece } from './piece';

/** Tags of a word that opens an object after the verb (`makes new friends`, `writes a letter`). */
const OBJECT_POS: ReadonlySet<string> = new Set(['DET', 'NOUN', 'PRON', 'NUM', 'ADJ', 'PROPN']);

/** True when the noun of a work heads the clause the name at `p` opens (`the story A …`, `the arc that A …`). */
function workHeads(c: CueContext, p: Piece): boolean {
  if (p.first < 1 || gapBefore(c, p.first) !== ' ') return false;
  let k = p.first - 1;
  const relative = plainWord(c, k);
  if (relative && RELATIVE_PRONOUNS.has(relative.lower)) k--;
  const head = plainWord(c, k);
  return head !== undefined && k < p.first && WORK_OBJECT_NOUNS.has(head.lower) && c.pos[k] === 'NOUN';
}

/** True when the name at `p` makes the work's noun that heads its clause, with no object of its own after the verb. */
export function madeByHeadingWork(c: CueContext, p: Piece): boolean {
  if (possessive(c, p) || !workHeads(c, p)) return false;
  let j = verbAfter(c, p.last + 1).at;
  const verb = plainWord(c, j);
  if (!verb || !HEADED_MAKING_VERBS.has(verb.lower)) return false;
  const particle = MAKING_PARTICLES.get(verb.lower);
  if (particle !== undefined) {
    if (plainWord(c, j + 1)?.lower !== particle) return false;
    j++;
  }
  const next = c.words[j + 1];
  if (!next || gapBefore(c, j + 1) !== ' ') return true;
  return !next.capitalised && !OBJECT_POS.has(c.pos[j + 1] as string);
}
