/**
 * Step 4, a lone word once joined by `and` to a person's possessive that refers back to it and owns
 * a story's companions or course (`Luffy and his crew`, `watching Mirel and her friends`, `X and
 * his journey`): a name, as `his` or `her` takes someone where a place, a firm or a work takes
 * `its`, and only someone in a story has a crew, allies or a quest.
 */
import { ARTICLES } from '../../data/work-cues';
import { NOT_BEFORE_LONE, PERSON_POSSESSIVES, STORY_COMPANION_NOUNS } from '../../data/name-cue-words';
import type { Word } from '../../text/words';
import type { NameContext } from './context';
import type { Piece } from './piece';

/** How many describing words or numbers may stand between the possessive and its noun (`his two loyal friends`). */
const MAX_COMPANION_MODIFIERS = 2;

/** Tags of the words that may describe the companions (`his two loyal friends`). */
const COMPANION_MODIFIER_POS: ReadonlySet<string> = new Set(['ADJ', 'NUM']);

/**
 * Accepts each plain one-word piece, tagged a proper noun and not yet accepted, right before `and`
 * and a possessive of one person ({@link PERSON_POSSESSIVES}) that owns a noun of
 * {@link STORY_COMPANION_NOUNS}, past at most {@link MAX_COMPANION_MODIFIERS} describing words or
 * numbers, one space between each word (`Luffy and his crew`, `Kael and his two loyal friends`;
 * not `Luffy and His Majesty`, nor `Kubo and his editors`: a real person has those as often). It
 * may open its sentence: `and his` there refers back to it all the same. Not after an article
 * (`the Guild and her crew`), nor after a word that makes it a thing someone has or a place gone
 * to (`her Luffy`, `to Paris`): {@link NOT_BEFORE_LONE}, nor right after a capitalised word: it then
 * ends a longer name cut short (`Naruto Uzumaki and his friends`, where `Naruto` is the work's title).
 */
export function acceptAndOwn(ctx: NameContext, pieces: readonly Piece[], acceptedKeys: Set<string>): void {
  const { words, pos, input } = ctx;
  const gap = (a: Word, b: Word): string => input.view.slice(a.end, b.start);
  for (const p of pieces) {
    if (p.shape !== 'plain' || p.first !== p.last || p.titled || acceptedKeys.has(p.key) || pos[p.first] !== 'PROPN') continue;
    const name = words[p.last] as Word;
    const prev = words[p.first - 1];
    // After a capitalised word the piece ends a longer name a work's title cut (`Naruto Uzumaki and his`).
    if (prev && (ARTICLES.has(prev.lower) || NOT_BEFORE_LONE.has(prev.lower) || (prev.capitalised && gap(prev, name) === ' '))) continue;
    const and = words[p.last + 1];
    const own = words[p.last + 2];
    if (!and || !own || name.possessive || and.lower !== 'and' || and.capitalised || own.capitalised || !PERSON_POSSESSIVES.has(own.lower)) continue;
    if (gap(name, and) !== ' ' || gap(and, own) !== ' ') continue;
    for (let k = p.last + 3; k < words.length && k <= p.last + 3 + MAX_COMPANION_MODIFIERS; k++) {
      const w = words[k] as Word;
      if (w.capitalised || gap(words[k - 1] as Word, w) !== ' ') break;
      if (STORY_COMPANION_NOUNS.has(w.lower)) {
        acceptedKeys.add(p.key);
        break;
      }
      if (!COMPANION_MODIFIER_POS.has(pos[k] as string)) break;
    }
  }
}
