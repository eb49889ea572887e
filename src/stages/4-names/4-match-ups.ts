/**
 * Step 4, a lone word once set against an accepted name by `vs` or `versus` (`Gon vs Neferpitou`,
 * `Ulquiorra vs. Ichigo`): fans name the fights of an action story so, and a match-up pairs two of
 * a kind as a list does, so the side the text names nowhere else is a name too. Its kind is left
 * to the model (the joined features read the same match-up).
 */
import { VERSUS_WORDS } from '../../data/name-cue-words';
import { modelSingular } from '../../text/model-plural';
import type { Word } from '../../text/words';
import { isModelWord } from '../../wink';
import { leadStart, type NameContext } from './context';
import type { Piece } from './piece';

/** The longest gap a versus word fills (` versus `, ` vs. `). */
const MAX_GAP = 8;

/**
 * True when the gap from piece `a` to piece `b` is one versus word with a space either side and
 * nothing else (` vs `, ` vs. `, ` VS `, ` versus `): a comma or a second word there parts them.
 */
function matchGap(ctx: NameContext, a: Piece, b: Piece): boolean {
  const end = leadStart(ctx, b.first);
  if (end - a.end < 4 || end - a.end > MAX_GAP) return false;
  const gap = ctx.input.lower.slice(a.end, end);
  if (gap[0] !== ' ' || gap[gap.length - 1] !== ' ') return false;
  const word = gap.slice(1, gap.endsWith('. ') ? -2 : -1);
  return VERSUS_WORDS.has(word);
}

/**
 * A lone word that may be a match-up's side: plain, untitled, tagged a proper noun, not yet
 * accepted, no possessive, and no plural of an English noun (`Humans vs Ghouls`: a war's sides
 * are groups as often as fights are between two people).
 */
function sideCandidate(ctx: NameContext, p: Piece, accepted: ReadonlySet<string>): boolean {
  const w = ctx.words[p.first] as Word;
  if (p.shape !== 'plain' || p.titled || p.first !== p.last || ctx.pos[p.first] !== 'PROPN' || accepted.has(p.key) || w.possessive) return false;
  // Stricter than the plural test alone: the model must know the word itself too (`humans`,
  // `giants`), so a name whose stem is a model word by chance stays a side (`Ares`, `Gus`: `are`,
  // `gu`), and so does a plural the model lacks (`Ghouls`, `Zombies`).
  return !(isModelWord(w.lower) && modelSingular(w.lower) !== undefined);
}

/**
 * Accepts each lone plain piece, tagged a proper noun, that a versus word alone parts from a piece
 * already accepted as a name (not a common one), on either side. Pieces are in text order and
 * read left to right, then right to left, so a side accepted here vouches for the next one in a
 * chain (`A vs B vs C`).
 */
export function acceptMatchUps(ctx: NameContext, pieces: readonly Piece[], accepted: Set<string>): void {
  const vouches = (q: Piece): boolean => q.shape !== 'common' && accepted.has(q.key);
  const tryPair = (a: Piece, b: Piece): void => {
    if (!matchGap(ctx, a, b)) return;
    if (vouches(a) && sideCandidate(ctx, b, accepted)) accepted.add(b.key);
    else if (vouches(b) && sideCandidate(ctx, a, accepted)) accepted.add(a.key);
  };
  for (let i = 0; i + 1 < pieces.length; i++) tryPair(pieces[i] as Piece, pieces[i + 1] as Piece);
  for (let i = pieces.length - 2; i >= 0; i--) tryPair(pieces[i] as Piece, pieces[i + 1] as Piece);
}
