/**
 * Stage 4b, kind: a name the text calls a story's lead in so many words (`X, our main
 * protagonist,`, `X, the villain of the series`, `X (our heroine)`), read as explicit evidence that the name is a part.
 */
import { CHARACTER_NOUNS, VOICED_PART_NOUNS } from '../../data/name-kind-features';
import { STORY_LEAD_DETERMINERS, TOLD_STORY_NOUNS } from '../../data/story-lead-words';
import { WORK_NOUNS } from '../../data/work-cues';
import { breakBefore, gapBefore, lowerAt, type KindDocument, type KindMention } from './kind-document';
import type { Word } from '../../text/words';

/** How many describing words may stand between the determiner and the part noun (`our main protagonist`). */
const MAX_MODIFIERS = 2;

/**
 * True when the words after `m` appose it to a story's part: a comma or an opening bracket, a
 * determiner of the story's own (`the`, `our`), at most {@link MAX_MODIFIERS} lower-case words
 * (`the series' protagonist`), then a part noun that ends its phrase (a comma or a break; the
 * closing bracket: `X (our heroine)`) or names its story (`of the series`). A hero of anything else is
 * praise of a real person (`X, the hero of the hour`), `a` only classes (`X, a real hero`), and a
 * narrator is a part real people fill.
 */
export function storyLeadNamed(doc: KindDocument, m: KindMention): boolean {
  if ((doc.words[m.last] as Word).possessive) return false;
  const open = gapBefore(doc, m.last + 1);
  // In brackets (`X (our heroine)`) the part must close the bracket or name its story.
  const bracketed = open === ' (' || open === ' ( ';
  if (open !== ', ' && !bracketed) return false;
  if (!STORY_LEAD_DETERMINERS.has(lowerAt(doc, m.last + 1))) return false;
  for (let k = m.last + 2; k <= m.last + 2 + MAX_MODIFIERS; k++) {
    const w = doc.words[k];
    // A plural owner's apostrophe may stand in the gap (`the series' protagonist`).
    if (!w || w.capitalised || breakBefore(doc, k) || !/^['’]? $/.test(gapBefore(doc, k))) return false;
    if (!CHARACTER_NOUNS.has(w.lower)) continue;
    if (VOICED_PART_NOUNS.has(w.lower)) return false;
    const close = gapBefore(doc, k + 1).trim();
    if (bracketed && close.startsWith(')')) return true;
    if (!bracketed && (breakBefore(doc, k + 1) || k + 1 >= doc.words.length || close === ',')) return true;
    if (lowerAt(doc, k + 1) !== 'of') return false;
    const of = lowerAt(doc, k + 2);
    const noun = STORY_LEAD_DETERMINERS.has(of) ? lowerAt(doc, k + 3) : '';
    return WORK_NOUNS.has(noun) || TOLD_STORY_NOUNS.has(noun);
  }
  return false;
}

