/**
 * Step 4, a lone word once that many fans' texts read as a story's character (`Luffy`, `Kakashi`:
 * `src/data/part-words-known.ts`): a name, as a full name the corpus casts as a part is. Reviews of
 * a long series name its heroes in passing, once each, with nothing around the name to tell it.
 */
import { NOT_BEFORE_LONE } from '../../data/name-cue-words';
import { ARTICLES } from '../../data/work-cues';
import type { Word } from '../../text/words';
import type { NameContext } from './context';
import { isKnownPartWord } from './known-parts';
import type { Piece } from './piece';

/**
 * Accepts each plain one-word piece, not yet accepted nor titled, whose word is a known one-word
 * part's name ({@link isKnownPartWord}). Not after an article (`the Luffy of this show`), nor after
 * a word that makes it a place or a thing someone has ({@link NOT_BEFORE_LONE}), nor where
 * `placeShaped(p)` (`in X`, `Town, X`), nor right after a capitalised word with one space between:
 * it then ends a longer name or title cut short.
 */
export function acceptKnownWords(ctx: NameContext, pieces: readonly Piece[], acceptedKeys: Set<string>, placeShaped: (p: Piece) => boolean): void {
  const { words, input } = ctx;
  for (const p of pieces) {
    if (p.shape !== 'plain' || p.first !== p.last || p.titled || acceptedKeys.has(p.key)) continue;
    const name = words[p.first] as Word;
    if (!name.capitalised || !isKnownPartWord(input.view.slice(name.start, name.end))) continue;
    const prev = words[p.first - 1];
    if (prev && (ARTICLES.has(prev.lower) || NOT_BEFORE_LONE.has(prev.lower) || (prev.capitalised && input.view.slice(prev.end, name.start) === ' '))) continue;
    if (placeShaped(p)) continue;
    acceptedKeys.add(p.key);
  }
}
