/**
 * Stage 4b, kind: a mention read as the maker of the work under review, from the words around it
 * (the `makerFrame` feature). Fan reviews of serial works name the mangaka or the writer by the
 * surname alone and speak of what the maker did to the story as they speak of what a part did in
 * it; the frames here are those only a maker stands in.
 */
import { MADE_PARTICIPLES, MAKER_CRAFTS, MAKER_OWN_NOUNS, MAKER_VERB_FILLERS, MAKING_VERBS, POSSESSIVE_PRONOUNS } from '../../data/name-kind-features';
import type { Word } from '../../text/words';
import { breakBefore, gapBefore, lowerAt, type KindDocument, type KindMention } from './kind-document';

/** How far after a name the maker's own nouns are looked for, in words of its clause (up to a comma). */
const OWN_WORDS = 10;

/** The pronouns before a maker's own noun: a maker's, not a work's (`its characters`). */
const PERSON_POSSESSIVES: ReadonlySet<string> = new Set([...POSSESSIVE_PRONOUNS].filter((w) => w !== 'its' && w !== 'your'));

/**
 * True when a one-word mention stands where only the work's maker does: the owner of a maker's
 * craft (`X's art`), the subject of a making verb (`X draws`, `X has built`), `drawn by X`,
 * `the characters that X`, or the owner of the maker's readers, manga or cast later in its clause
 * (`X wanted his readers to`).
 */
export function makerFrame(doc: KindDocument, m: KindMention): boolean {
  if (m.last !== m.first || m.honorific) return false;
  const word = doc.words[m.last] as Word;
  if (word.possessive && MAKER_CRAFTS.has(lowerAt(doc, m.last + 1)) && !breakBefore(doc, m.last + 1)) return true;
  if (!word.possessive) {
    let k = m.last + 1;
    while (k < doc.words.length && !breakBefore(doc, k) && MAKER_VERB_FILLERS.has(lowerAt(doc, k))) k++;
    if (!breakBefore(doc, k) && MAKING_VERBS.has(lowerAt(doc, k))) return true;
  }
  if (!breakBefore(doc, m.first) && lowerAt(doc, m.first - 1) === 'by' && !breakBefore(doc, m.first - 1) && MADE_PARTICIPLES.has(lowerAt(doc, m.first - 2))) return true;
  if (!breakBefore(doc, m.first) && lowerAt(doc, m.first - 1) === 'that' && !breakBefore(doc, m.first - 1) && MAKER_OWN_NOUNS.has(lowerAt(doc, m.first - 2))) return true;
  for (let k = m.last + 1; k < Math.min(doc.words.length - 1, m.last + OWN_WORDS); k++) {
    // A comma may bring in another subject the pronoun stands for (`Speaking of X, the studio and their`).
    if (breakBefore(doc, k) || gapBefore(doc, k).includes(',')) break;
    if (PERSON_POSSESSIVES.has(lowerAt(doc, k)) && !breakBefore(doc, k + 1) && MAKER_OWN_NOUNS.has(lowerAt(doc, k + 1))) return true;
  }
  return false;
}
