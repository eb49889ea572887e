/**
 * Step 4, a lone word once set against an accepted name in one clause: the object of a verb of a
 * told story whose subject is that name (`Oriel kills Tamsk`, `Oriel has to fight Tamsk`, `Oriel
 * falls for Tamsk`), or the other side of a contest the name owns (`Oriel's duel with Tamsk`). A
 * review retells its story as who does what to whom, and the one a character fights, saves or
 * marries is someone in the same story, named once as often as not. Its kind is left to the model.
 */
import { AGAINST_NOUNS, AGAINST_PREPOSITIONS, AGAINST_VERB_PHRASES, AGAINST_VERBS } from '../../data/name-cue-words';
import { modelSingular } from '../../text/model-plural';
import { isSpacedLower } from '../../text/spaced-lower';
import type { Word } from '../../text/words';
import type { NameContext } from './context';
import type { Piece } from './piece';

/** How many words (auxiliaries, adverbs, `has to`, `tries to`) may stand between the subject and its verb. */
const MAX_BETWEEN = 3;

/** The parts of speech of a word that may stand between a subject and its verb (`will`, `finally`, `to`). */
const BETWEEN_POS: ReadonlySet<string> = new Set(['AUX', 'PART', 'ADV']);

/**
 * A lone word that may be the other side: plain, untitled, tagged a proper noun, not yet accepted,
 * after a space, and neither a plural whose singular is an English word (`fights Hollows`: a kind of foe) nor
 * the first word of a compound before a lower-case noun (`fight Soul reapers`).
 */
function otherSide(ctx: NameContext, p: Piece, accepted: ReadonlySet<string>): boolean {
  const { words, pos } = ctx;
  const w = words[p.first] as Word;
  if (p.shape !== 'plain' || p.titled || p.first !== p.last || pos[p.first] !== 'PROPN' || accepted.has(p.key) || !w.spaceBefore) return false;
  if (modelSingular(w.lower) !== undefined) return false;
  return w.possessive || !(isSpacedLower(words[p.first + 1]) && pos[p.first + 1] === 'NOUN');
}

/**
 * The index of the first word of the verb, or of the verb and its preposition, right before word
 * `at` (`kills`, `falls for`, `teams up with`), or -1 when none.
 */
function verbBefore(ctx: NameContext, at: number): number {
  const { words, pos } = ctx;
  for (let n = 3; n >= 2; n--) {
    const from = at - n;
    let phrase = '';
    let ok = from >= 0;
    for (let k = from; ok && k < at; k++) {
      ok = k === from ? words[k]?.capitalised === false : isSpacedLower(words[k]);
      phrase += (k === from ? '' : ' ') + (words[k]?.lower ?? '');
    }
    // A word that names a contest too (`duel with`) is the verb only when tagged one; the tagger
    // takes other verbs of a phrase for nouns at times (`teams up with`).
    if (ok && AGAINST_VERB_PHRASES.has(phrase) && (pos[from] === 'VERB' || !AGAINST_NOUNS.has(phrase.slice(0, phrase.indexOf(' '))))) return from;
  }
  const v = at - 1;
  return v >= 0 && !(words[v] as Word).capitalised && pos[v] === 'VERB' && AGAINST_VERBS.has((words[v] as Word).lower) ? v : -1;
}

/**
 * The index of the subject's last word before the verb at `v`, past at most {@link MAX_BETWEEN}
 * auxiliaries, adverbs or verbs before `to` (`will finally`, `has to`, `tries to`), or -1 when a
 * capitalised word is not reached that way.
 */
function subjectBefore(ctx: NameContext, v: number): number {
  const { words, pos } = ctx;
  let s = v - 1;
  for (let n = 0; s >= 0 && n <= MAX_BETWEEN; n++, s--) {
    if (!(words[s + 1] as Word).spaceBefore) return -1;
    const w = words[s] as Word;
    if (w.capitalised) return w.possessive ? -1 : s;
    const between = BETWEEN_POS.has(pos[s] ?? '') || (pos[s] === 'VERB' && words[s + 1]?.lower === 'to');
    if (!between) return -1;
  }
  return -1;
}

/**
 * The index of the owner's last word of a contest noun right before word `at` (`X's duel with`,
 * `X's final battle against`), or -1 when none.
 */
function ownerBefore(ctx: NameContext, at: number): number {
  const { words, pos } = ctx;
  if (!isSpacedLower(words[at - 1]) || !AGAINST_PREPOSITIONS.has((words[at - 1] as Word).lower)) return -1;
  let k = at - 2;
  if (!isSpacedLower(words[k]) || !AGAINST_NOUNS.has((words[k] as Word).lower)) return -1;
  if (isSpacedLower(words[k - 1]) && pos[k - 1] === 'ADJ') k--;
  const owner = words[k - 1];
  return owner !== undefined && owner.capitalised && owner.possessive && (words[k] as Word).spaceBefore ? k - 1 : -1;
}

/**
 * Accepts each lone plain piece, tagged a proper noun, that is the object of a verb of a told
 * story ({@link AGAINST_VERBS}, {@link AGAINST_VERB_PHRASES}) whose subject is a piece already
 * accepted as a name (not a common one), or the other side of a contest noun such a piece owns
 * ({@link AGAINST_NOUNS}). The words from the subject to the object are one clause: one space
 * apart, no comma or stop between.
 */
export function acceptSetAgainst(ctx: NameContext, pieces: readonly Piece[], accepted: Set<string>): void {
  const vouching = new Map<number, Piece>();
  for (const q of pieces) if (q.shape !== 'common' && accepted.has(q.key)) vouching.set(q.last, q);
  if (vouching.size === 0) return;
  for (const p of pieces) {
    if (!otherSide(ctx, p, accepted)) continue;
    const v = verbBefore(ctx, p.first);
    const s = v >= 0 ? subjectBefore(ctx, v) : -1;
    const side = s >= 0 ? s : ownerBefore(ctx, p.first);
    if (side >= 0 && vouching.has(side)) accepted.add(p.key);
  }
}
