/**
 * Step 5, a surname that is also a word: a full name whose surname the text also writes in lower
 * case (`Dale Hunt` … `the hunt for the thief`) is later named by that surname alone (`the fate of
 * Hunt`, `Hunt's story`). Step 2 keeps such a lone word as a common piece, never a name by itself;
 * written capitalised mid-sentence, where nothing else capitalises a word, it is the surname,
 * unless its place says it is a word of a title or a thing's name.
 */
import { POSSESSIVE_DETERMINERS, THING_DETERMINERS } from '../../data/name-cue-words';
import { isInitialism } from '../../text/chars';
import type { Word } from '../../text/words';
import { isStopWord, type NameContext } from './context';
import type { Piece } from './piece';

/** The fewest letters of such a surname: shorter capitalised words are abbreviations (`St`, `Dr`). */
const MIN_LETTERS = 3;

/** Lower-case words that join the words of a title (`Men in Black`, `Day of the Jackal`), not of a list of names. */
const TITLE_JOINERS: ReadonlySet<string> = new Set(['in', 'of', 'on']);

/** Tags of a word the lone word would describe (`a Bond movie`, `young, Black manhood`): then it is no one. */
const DESCRIBED_TAGS: ReadonlySet<string> = new Set(['NOUN', 'ADJ']);

/**
 * True when common piece `p` may stand for a full name's surname: one capitalised word of three
 * letters or more with no title, not opening a sentence (where any word is capitalised: `Young
 * people will love it`), not in capitals (`HUNT`), not hyphenated, not after a determiner (`the
 * Hunt`: a thing's name), not inside a run of capitalised words (`Warner Brothers`, `Men in
 * Black`, `Day of the Jackal`) and not before a noun it describes (`Bond movie`).
 */
export function surnameShapedCommon(ctx: NameContext, p: Piece): boolean {
  if (p.shape !== 'common' || p.titled || p.first !== p.last || ctx.sentenceStarts.has(p.start)) return false;
  const { words, pos, sentenceStarts } = ctx;
  const w = words[p.first] as Word;
  if (!w.capitalised || w.hyphenated || w.end - w.start < MIN_LETTERS || isInitialism(ctx.input.view.slice(w.start, w.end))) return false;
  const before = words[p.first - 1];
  if (before) {
    if (THING_DETERMINERS.has(before.lower) || POSSESSIVE_DETERMINERS.has(before.lower)) return false;
    // A capitalised word right before (`Warner Brothers`, `Sorcerer's Stone`) makes the two one
    // name of something, unless it is a word the text writes in lower case opening the sentence (`Though Hunt`).
    if (before.capitalised && !(sentenceStarts.has(before.start) && (isStopWord(before.lower) || ctx.lowerWords.has(before.lower)))) return false;
    const twoBefore = words[p.first - 2];
    if (TITLE_JOINERS.has(before.lower) && twoBefore?.capitalised && !sentenceStarts.has(twoBefore.start)) return false;
  }
  const after = words[p.first + 1];
  if (!after || w.possessive || ctx.input.view.slice(w.end, after.start) !== ' ') return true;
  if (!after.capitalised && DESCRIBED_TAGS.has(pos[p.first + 1] as string)) return false;
  // `Day of the Jackal`: a joiner, then a capitalised word, goes on with the title.
  const next = words[p.first + 2] && (words[p.first + 2] as Word).lower === 'the' ? words[p.first + 3] : words[p.first + 2];
  return !(TITLE_JOINERS.has(after.lower) && next?.capitalised === true);
}
