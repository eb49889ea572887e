/**
 * Step 4, a lone word once that many fans' texts read as a story's character (`Luffy`, `Kakashi`:
 * `src/data/part-words-known.ts`) or many texts give a real person as a surname (`Spielberg`:
 * `src/data/person-words-known.ts`): a name, as a full name the corpus casts as a part is. Reviews
 * of a long series name its heroes in passing, once each, and reviews of a film its makers and
 * actors, with nothing around the name to tell it.
 */
import { NOT_BEFORE_LONE, PLACE_LEADS } from '../../data/name-cue-words';
import { ARTICLES } from '../../data/work-cues';
import type { Word } from '../../text/words';
import type { NameContext } from './context';
import { knownWordKind } from './known-parts';
import type { Piece } from './piece';

/**
 * Tags of a function word: capitalised, it opens its clause (`While X is away`, `Like X`, `With X
 * gone`) and is no part of a longer name before the known word.
 */
const FUNCTION_TAGS: ReadonlySet<string> = new Set(['SCONJ', 'CCONJ', 'ADP', 'PRON', 'AUX', 'PART']);

/**
 * Accepts each plain one-word piece, not yet accepted nor titled, whose word is a known one-word
 * part's name or a known real person's surname ({@link knownWordKind}). Not after an article (`the
 * Luffy of this show`), nor after a word that makes it a place or a thing someone has
 * ({@link NOT_BEFORE_LONE}), nor a surname after a word of place unless it owns something
 * ({@link PLACE_LEADS}: `his native Holland`; fans write `fights against Aizen`), nor a surname
 * after `of` after a capitalised word (`The Wizard of Oz`), nor where `placeShaped(p)` (`in X`,
 * `Town, X`), nor right after a capitalised word with one space between that is no function word
 * ({@link FUNCTION_TAGS}): it then ends a longer name or title cut short.
 */
export function acceptKnownWords(ctx: NameContext, pieces: readonly Piece[], acceptedKeys: Set<string>, placeShaped: (p: Piece) => boolean): void {
  const { words, input } = ctx;
  for (const p of pieces) {
    if (p.shape !== 'plain' || p.first !== p.last || p.titled || acceptedKeys.has(p.key)) continue;
    const name = words[p.first] as Word;
    if (!name.capitalised) continue;
    const kind = knownWordKind(input.view.slice(name.start, name.end));
    if (kind === undefined) continue;
    const part = kind === 'part';
    const prev = words[p.first - 1];
    if (prev && (ARTICLES.has(prev.lower) || NOT_BEFORE_LONE.has(prev.lower) || (prev.capitalised && !FUNCTION_TAGS.has(ctx.pos[p.first - 1] ?? '') && input.view.slice(prev.end, name.start) === ' '))) continue;
    if (!part && prev && !name.possessive && PLACE_LEADS.has(prev.lower)) continue;
    // `The Wizard of Oz`, `Bank of Ford`: the word ends a title or a place's name.
    if (!part && prev?.lower === 'of' && words[p.first - 2]?.capitalised) continue;
    if (placeShaped(p)) continue;
    acceptedKeys.add(p.key);
  }
}
