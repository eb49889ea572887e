/**
 * Step 5: a lone word the text calls a band. News of music puts a band's one-word name where it
 * puts a person's (`Keane won best album`), and tells which it is only once, by a band noun before
 * it (`rock band X`, `the group The X`) or a band member's noun after it (`X frontman Jo Kay`,
 * `X's drummer`); the no-one step drops such a word in the whole text.
 */
import { BAND_NOUNS, BAND_ONLY_MEMBER_NOUNS, BAND_POSSESSIVE_MEMBER_NOUNS } from '../../data/work-cues';
import { isSpacedLower } from '../../text/spaced-lower';
import type { Word } from '../../text/words';
import type { NameContext } from './context';
import type { KindMention } from './kind-document';

/**
 * True when every mention is one word (no title) and one of them stands right after a band noun, maybe with `the`
 * between (`group The X`), or right before a band member's noun (`X guitarist`; `singer` and
 * `dancer` only after the possessive, `X's singer`: a show has singers too). A person is a
 * member, named after the noun (`frontman Jo Kay`), never before it.
 */
export function calledBandWord(ctx: NameContext, mentions: readonly KindMention[]): boolean {
  const { words } = ctx;
  // A full name is someone's, whatever noun stands by its surname alone.
  if (mentions.some((m) => m.honorific || m.last !== m.first)) return false;
  for (const m of mentions) {
    const w = words[m.first] as Word;
    const next = words[m.first + 1];
    if (isSpacedLower(next) && (BAND_ONLY_MEMBER_NOUNS.has(next.lower) || (w.possessive && BAND_POSSESSIVE_MEMBER_NOUNS.has(next.lower)))) return true;
    if (!w.spaceBefore) continue;
    let k = m.first - 1;
    if (words[k]?.lower === 'the' && words[k]?.spaceBefore === true) k--;
    const before = words[k];
    if (before && !before.capitalised && !before.possessive && BAND_NOUNS.has(before.lower)) return true;
  }
  return false;
}
