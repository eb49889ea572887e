/**
 * Step 5, news words: the lone names a text about animation keeps from the news drop. A review of
 * an anime or a cartoon is often written without an `I`, the voice the names stage reads as news,
 * where a lone capitalised word no cue names is taken for a band, a firm or a place. Such a review
 * names its characters by one given name (`Tavrin`, `Mireko`) and no actor is on screen; its
 * places, studios, authors, titles and headings are named by one capitalised word too, and they
 * stay with the drop.
 */
import { BEFORE_PLACE } from '../../data/name-cue-words';
import { ANIMATION_MAKER_REACH, ANIMATION_MAKER_WORDS, ANIMATION_WORDS } from '../../data/name-kind-animation';
import { readsAsReport } from '../../text/voice';
import type { Word } from '../../text/words';
import type { NameContext } from './context';
import { nearestWord, type KindDocument, type KindMention } from './kind-document';

/** Marks that open a list item or a label's text: a word after one is capitalised as an opener. */
const OPENING_MARKS: ReadonlySet<string> = new Set([':', '-', '*', '•']);

/**
 * The test for a lone name's mentions that keeps it from the news drop as a part in an animated
 * story; undefined when the text is not wholly about animation or reads as a report (a report on
 * an animated film names its studios and prizes the news way). The test holds when the name's word
 * is no lower-case word of the text (`Romance`, `Shonen` as a heading), no animation word, no
 * word of a work's title the text names (`Bleach` of `Bleach TYBW`), not only ever at the opening
 * of a sentence, line or label (`Pros: Great characters`), and no mention stands after a word of
 * place (`from X`) or near a word that ties it to making the work or a voice (`X's art`).
 */
export function animationParts(ctx: NameContext, doc: KindDocument): ((mentions: readonly KindMention[]) => boolean) | undefined {
  if (!ctx.facts.wholeAboutAnimation() || readsAsReport(ctx.input.view)) return undefined;
  const titleWords = workTitleWords(ctx);
  return (mentions) => {
    const lower = (ctx.words[(mentions[0] as KindMention).last] as Word).lower;
    if (ctx.lowerWords.has(lower) || titleWords.has(lower) || ANIMATION_WORDS.has(lower)) return false;
    if (mentions.every((m) => opensLine(ctx, m))) return false;
    return mentions.every((m) => !BEFORE_PLACE.has(ctx.words[m.first - 1]?.lower ?? '') && nearestWord(doc, m, ANIMATION_MAKER_REACH, ANIMATION_MAKER_WORDS) > ANIMATION_MAKER_REACH);
  };
}

/**
 * True when mention `m` opens a sentence, a line, a list item or a label's text (`- Humor gets
 * repetitive`), where any word is capitalised: a heading or a common word there reads as a name.
 */
function opensLine(ctx: NameContext, m: KindMention): boolean {
  if (ctx.sentenceStarts.has(m.start)) return true;
  const before = ctx.words[m.first - 1];
  if (!before) return true;
  const gap = ctx.input.view.slice(before.end, m.start);
  return gap.includes('\n') || OPENING_MARKS.has(gap.trim().slice(-1));
}

/** The lower-case words inside the text's work mentions. */
function workTitleWords(ctx: NameContext): Set<string> {
  const out = new Set<string>();
  for (const w of ctx.words) if (ctx.workMask[w.start] === 1) out.add(w.lower);
  return out;
}
