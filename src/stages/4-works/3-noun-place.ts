/**
 * Pass 3, whether a cue word that can be a noun, an adjective or a verb ("single", "musical",
 * "film", "play") stands where a kind of work does: by the words before it, whatever its tag.
 */
import { ARTICLES, GENRE_CUES, GENRE_NOUNS, SINGLE_LEADS, VERB_TAGS, WORK_NOUNS } from '../../data/work-cues';
import type { Word } from '../../text/words';
import type { WorksContext } from './context';

/**
 * True when the cue word at `i` stands where only a noun can: right after "the" / "a" / "an", or
 * after a kind of work ("the musical X", "the horror hit X"), where the tagger may read an
 * adjective or a verb; "single" only after "the".
 */
export function nounByPlace(words: readonly Word[], i: number): boolean {
  const prev = words[i - 1];
  const w = words[i] as Word;
  if (!prev || !w.spaceBefore || w.possessive) return false;
  // "not a single X": after "a", "single" counts ("a single Tom Hanks moment"); a record after
  // "the", an owner or a place in a sequence ("their new single X", "the band's first single X").
  if (w.lower === 'single') return prev.lower === 'the' || prev.possessive || SINGLE_LEADS.has(prev.lower);
  return ARTICLES.has(prev.lower) || (!prev.capitalised && (GENRE_NOUNS.has(prev.lower) || GENRE_CUES.has(prev.lower) || WORK_NOUNS.has(prev.lower)));
}

/**
 * True when the cue word at `i` follows its owner, a capitalised word or a possessive ("the Abba
 * musical X", "Mike Leigh's drama X", "US comedy X"), and the tagger does not read it as a verb
 * ("Arsenal play Chelsea"): a word that qualifies the next capitalised run stands where a noun
 * does, whatever tag an adjective-like kind ("musical") gets.
 */
export function ownedKind(ctx: WorksContext, i: number): boolean {
  const { words } = ctx;
  const prev = words[i - 1];
  const w = words[i] as Word;
  if (!prev || !w.spaceBefore || w.possessive || w.capitalised || !(prev.capitalised || prev.possessive)) return false;
  return !VERB_TAGS.has(ctx.posAt(w.start));
}

