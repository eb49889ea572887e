/**
 * Pass 3, whether a cue word that can be a noun, an adjective or a verb ("single", "musical",
 * "film", "play") stands where a kind of work does: by the words before it, whatever its tag.
 */
import { ARTICLES, CHANNEL_HEADS, CHANNEL_NUMBERS, CHANNEL_OWNERS, GENRE_CUES, GENRE_NOUNS, OWNER_DETERMINERS, SINGLE_LEADS, VERB_TAGS, WORK_NOUNS } from '../../data/work-cues';
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
 * does, whatever tag an adjective-like kind ("musical") gets. After a broadcaster's name the kind
 * is a noun whatever its tag ("BBC One show X"): a channel is no subject that shows or plays.
 */
export function ownedKind(ctx: WorksContext, i: number): boolean {
  const { words } = ctx;
  const prev = words[i - 1];
  const w = words[i] as Word;
  if (!prev || !w.spaceBefore || w.possessive || w.capitalised || !(prev.capitalised || prev.possessive)) return false;
  return !VERB_TAGS.has(ctx.posAt(w.start)) || channelNameBefore(words, i);
}

/**
 * True when the words right before word `i` name a broadcaster, not as a possessive: one word
 * ("ITV", "HBO") or a head and its number one space apart ("BBC One", "Channel 4").
 */
function channelNameBefore(words: readonly Word[], i: number): boolean {
  const prev = words[i - 1];
  if (!prev || prev.possessive) return false;
  if (CHANNEL_OWNERS.has(prev.lower)) return true;
  const head = words[i - 2];
  return CHANNEL_NUMBERS.has(prev.lower) && prev.spaceBefore && head !== undefined && head.capitalised && CHANNEL_HEADS.has(head.lower);
}

/**
 * True when the cue word at `i` follows a word that only a noun can follow: a possessive
 * determiner ("their hit X", "his play X"), or one or two describing words after an article, a
 * possessive determiner or a possessive ("his best-known hit X", "Martika's 1980s hit X", "her
 * debut hit X", "a big hit X"). The tagger reads "hit" or "play" there as a verb as often as not.
 */
export function ownerLedKind(ctx: WorksContext, i: number): boolean {
  const { words } = ctx;
  const prev = words[i - 1];
  const w = words[i] as Word;
  if (!prev || !w.spaceBefore || w.possessive || w.capitalised || prev.capitalised) return false;
  if (OWNER_DETERMINERS.has(prev.lower)) return true;
  // Describing words between the owner and the kind ("his best-known hit", "Martika's 1980s hit").
  let k = i - 1;
  while (k > i - 1 - MODIFIERS_AT_MOST && k >= 0 && modifierAt(ctx, k)) k--;
  const lead = words[k];
  if (k === i - 1 || !lead || !(words[k + 1] as Word).spaceBefore) return false;
  return lead.possessive || (!lead.capitalised && (ARTICLES.has(lead.lower) || OWNER_DETERMINERS.has(lead.lower) || lead.lower === 'her'));
}

/** The most describing words read back between a kind and its owner ({@link ownerLedKind}). */
const MODIFIERS_AT_MOST = 2;

/**
 * True when word `k` describes a noun after it: lower case, one space before it, tagged as an
 * adjective or a number ("best-known", "1980s"); a noun is left out, as one before "hit" or "play"
 * is the subject of the verb as often ("the ball hit Lee").
 */
function modifierAt(ctx: WorksContext, k: number): boolean {
  const w = ctx.words[k] as Word;
  if (w.capitalised || w.possessive || !w.spaceBefore) return false;
  const tag = ctx.posAt(w.start);
  return tag === 'ADJ' || tag === 'NUM';
}
