/**
 * Stage 4b, kind: a name the writer gives as one of their own people (`my nephew Aaron`, `my best
 * friend Matt`) outside quote marks is someone in the writer's life, a real person, however
 * little else the text says of them. Inside quote marks the `my` is a speaker's, often a
 * character's (`"my sister Maria will come"`).
 */
import { WRITER_KIN_WORDS } from '../../data/name-kind-features';
import type { Word } from '../../text/words';
import { breakBefore, lowerAt, type KindDocument, type KindMention } from './kind-document';

/** How far back, in characters, an open quote mark is looked for in the mention's paragraph. */
const QUOTE_REACH = 1500;

/** True when a quotation opened earlier in the paragraph is still open at `at`. */
function insideQuote(view: string, at: number): boolean {
  let straight = 0;
  for (let k = at - 1; k >= 0 && k >= at - QUOTE_REACH; k--) {
    const c = view.charCodeAt(k);
    // A paragraph's end closes every quotation.
    if (c === 10 && k > 0 && view.charCodeAt(k - 1) === 10) break;
    if (c === 0x201c) return true;
    if (c === 0x201d) return false;
    if (c === 34) straight++;
  }
  return straight % 2 === 1;
}

/**
 * True when mention `m` follows `my` and a word of kin or friendship, with at most one describing
 * word between (`my nephew X`, `my best friend X`), in one sentence and outside quote marks. Not
 * after a possessive kin word (`my mom's X`: something of the relative's).
 */
export function writersOwn(doc: KindDocument, m: KindMention): boolean {
  const kin = doc.words[m.first - 1];
  // `my mom's X` is the relative's, not the relative.
  if (!kin || kin.possessive || !WRITER_KIN_WORDS.has(kin.lower) || breakBefore(doc, m.first) || breakBefore(doc, m.first - 1)) return false;
  const my = lowerAt(doc, m.first - 2) === 'my' ? m.first - 2 : lowerAt(doc, m.first - 3) === 'my' && !(doc.words[m.first - 2] as Word).capitalised && !breakBefore(doc, m.first - 2) ? m.first - 3 : -1;
  return my >= 0 && !insideQuote(doc.view, (doc.words[my] as Word).start);
}
