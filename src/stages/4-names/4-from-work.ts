/**
 * Step 4, a name once right before `from` and a work the text names (`he reminds me of X from
 * Some Show`, `just like X from Other Series, or Y from Third Series`): fans measure a story's
 * people against those of other works so, and `from` a work says where the one named comes from.
 * A place, a group or a thing before `from` and a work's title is rare, and the kind model still
 * weighs the name (an actor is named from the show that made them known as well).
 */
import { NOT_BEFORE_LONE } from '../../data/name-cue-words';
import { ARTICLES } from '../../data/work-cues';
import { modelWordOrPlural } from '../../text/model-plural';
import type { Word } from '../../text/words';
import { isStopWord, type NameContext } from './context';
import type { Piece } from './piece';

/** The most words a name read so may have. */
const MAX_WORDS = 2;

/** What may stand between `from` and a title: a space, and an opening quote mark. */
const TITLE_GAPS: ReadonlySet<string> = new Set([' ', ' "', ' \u201c', " '", ' \u2018']);

/**
 * True when the words after piece `p` are ` from ` and a work's mention that starts right there,
 * past an opening quote mark (the work mask is set from there, not before it).
 */
function fromWorkAfter(ctx: NameContext, p: Piece): boolean {
  const from = ctx.words[p.last + 1];
  const title = ctx.words[p.last + 2];
  if (!from || !title || from.lower !== 'from' || from.capitalised) return false;
  const view = ctx.input.view;
  if (view.slice(p.end, from.start) !== ' ' || !TITLE_GAPS.has(view.slice(from.end, title.start))) return false;
  if (ctx.workMask[title.start] === 1) return ctx.workMask[from.end] !== 1;
  // A title the works stage did not take: a capitalised word that is no place, people or firm,
  // after a lone name.
  return title.capitalised && !isStopWord(title.lower) && p.first === p.last;
}

/**
 * Accepts each plain piece of one or two words, untitled and not yet accepted, its last word
 * tagged a proper noun and no possessive, one word no English word nor its plural, with no article
 * or owner's word before it (`the X from W` is a thing of that work), that stands right before
 * `from` and a work ({@link fromWorkAfter}).
 */
export function acceptFromWork(ctx: NameContext, pieces: readonly Piece[], acceptedKeys: Set<string>): void {
  for (const p of pieces) {
    if (p.shape !== 'plain' || p.titled || p.last - p.first >= MAX_WORDS || acceptedKeys.has(p.key)) continue;
    const last = ctx.words[p.last] as Word;
    if (last.possessive || ctx.pos[p.last] !== 'PROPN') continue;
    // A capitalised English word says nothing alone (`Material from Another Medium`, `Asides from X`).
    if (p.first === p.last && modelWordOrPlural(last.lower)) continue;
    const before = ctx.words[p.first - 1]?.lower ?? '';
    if (ARTICLES.has(before) || NOT_BEFORE_LONE.has(before)) continue;
    if (fromWorkAfter(ctx, p)) acceptedKeys.add(p.key);
  }
}
