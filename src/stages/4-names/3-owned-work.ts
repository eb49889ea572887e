/**
 * Step 3, read before an owner's possessive is taken for an actor's part (`A's C`): when the words
 * say the owner made C or that C is a work ("Ann Vale's Salt Roads, a novel about …", "Tom Reed's
 * Nora Hale is a dreary film", a maker's surname, "director Vale"), C is no part the owner plays.
 * A maker's possessive names a work as often as an actor's names a part; only these cues tell them
 * apart.
 */
import { OWNED_WORK_COPULAS as COPULAS, OWNED_TITLE_JOINERS as TITLE_JOINERS } from '../../data/casting-vocab';
import { ARTICLES } from '../../data/work-cues';
import { isWorkNoun } from '../../text/work-noun';
import type { Word } from '../../text/words';
import { gapBefore, isModifier, type CueContext } from './3-cue-readers';
import type { Piece } from './piece';

/** How many capitalised words, joiners included, a title may run on after the owned piece ("Jonathan Strange and Mr Norrell"). */
const MAX_TITLE_TAIL = 6;
/** How many describing words may stand between the article and the noun of a work ("a sprawling historical novel"). */
const MAX_DESCRIBING = 4;

/**
 * The index of the last word of the title that starts with `p`: the piece, and past it a run of
 * capitalised words and title joiners that ends on a capitalised word, all one space apart ("… and
 * Mr Norrell").
 */
function titleEnd(c: CueContext, p: Piece): number {
  const { words } = c;
  let last = p.last;
  for (let k = p.last + 1; k < words.length && k <= p.last + MAX_TITLE_TAIL; k++) {
    const w = words[k] as Word;
    if (gapBefore(c, k) !== ' ' || c.sentenceStarts.has(w.start)) break;
    if (w.capitalised) last = k;
    else if (!TITLE_JOINERS.has(w.lower)) break;
    if (w.possessive) break;
  }
  return last;
}

/**
 * True when an article, at most {@link MAX_DESCRIBING} describing words and a noun of a work start
 * at word `k` ("a novel", "an astonishingly bad film"), the noun owning nothing ("the film's hero"
 * describes a part).
 */
function workPhraseAt(c: CueContext, k: number): boolean {
  const { words } = c;
  const article = words[k];
  if (!article || article.capitalised || !ARTICLES.has(article.lower)) return false;
  for (let j = k + 1; j < words.length && j <= k + 1 + MAX_DESCRIBING; j++) {
    const w = words[j] as Word;
    if (w.capitalised || gapBefore(c, j) !== ' ') return false;
    if (isWorkNoun(w.lower)) return !w.possessive;
    if (!isModifier(c, j)) return false;
  }
  return false;
}

/**
 * True when the words after the owned piece `p` say it is a work: a comma and a work's noun phrase
 * ("Salt Roads, a novel about"), or a copula and one ("Nora Hale is a dreary film"), after the
 * title's tail if it runs on ("… and Mr Norrell, a novel").
 */
export function describedAsWork(c: CueContext, p: Piece): boolean {
  const { words } = c;
  const end = titleEnd(c, p);
  const k = end + 1;
  const next = words[k];
  if (!next) return false;
  const gap = gapBefore(c, k);
  if (gap === ', ') return workPhraseAt(c, k);
  if (gap === ' ' && COPULAS.has(next.lower)) return workPhraseAt(c, k + 1);
  return false;
}
