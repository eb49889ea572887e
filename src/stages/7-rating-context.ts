/**
 * Stage 7a's word-by-word readers of a rating's context: the few words before a score that deny
 * giving it ("I can't give it a …") and the few after it that name the part it scores ("… for the
 * villain alone"). Each reads a fixed number of words from one end of a short slice, so its work is
 * bounded by that number whatever the slice holds.
 */

import { DENIED_GIVING_VERBS, GIVING_BOUND_WORDS, GIVING_DENIALS, PART_DETERMINERS, SCORE_ARTICLES } from '../data/sentiment-rating-words';

/** A word a score may stand in: letters, digits, underscores and apostrophes ("it's", "ep’s"). */
const WORD_CHARS = /^[\w'’]+$/;
/** A word of word characters only (the one that may stand between "not" and "give"). */
const PLAIN_WORD = /^\w+$/;
/** One word character. */
const WORD_CHAR = /\w/;
/** A contraction's denial at a word's end: "n't", "n’t". */
const CONTRACTED_DENIAL = /n['’]t$/i;
const GIVING = new Set(DENIED_GIVING_VERBS);
const BOUNDS = new Set(GIVING_BOUND_WORDS);
const DENIALS = new Set(GIVING_DENIALS);
const ARTICLES = new Set(SCORE_ARTICLES);
const DETERMINERS = new Set(PART_DETERMINERS);

/** The word characters `piece` starts with, lower-cased ("more's" gives "more"). */
function leadingWord(piece: string): string {
  let end = 0;
  while (end < piece.length && WORD_CHAR.test(piece[end] as string)) end++;
  return piece.slice(0, end).toLowerCase();
}

/** The word characters `piece` ends with, lower-cased ("(not" gives "not"). */
function trailingWord(piece: string): string {
  let start = piece.length;
  while (start > 0 && WORD_CHAR.test(piece[start - 1] as string)) start--;
  return piece.slice(start).toLowerCase();
}

/** True when `piece` ends in a denial: a whole word of {@link GIVING_DENIALS}, or "n't". */
function endsInDenial(piece: string): boolean {
  return CONTRACTED_DENIAL.test(piece) || DENIALS.has(trailingWord(piece));
}
/** The most words {@link negatedGivingBefore} reads: an article, two words, the verb, one word and the denial. */
const MAX_WORDS_BEFORE = 6;

/**
 * The last `count` space-separated pieces of `text`, last first ("give it a " gives "a", "it",
 * "give"). Pieces may be empty (two spaces in a row) and are read back from the end, at most
 * `count` of them, so the work is bounded by `count` and the pieces' length.
 */
function piecesBefore(text: string, count: number): string[] {
  const out: string[] = [];
  let end = text.length;
  while (out.length < count) {
    const space = end > 0 ? text.lastIndexOf(' ', end - 1) : -1;
    out.push(text.slice(space + 1, end));
    if (space < 0) break;
    end = space;
  }
  return out;
}

/**
 * True when the text before a score denies giving it: a denial ("not", "never", "n't"), maybe one
 * word ("don't really give"), a giving verb, at most two words that make no bound ("it", "this
 * show"; not "than", "more", "less", "anything") and maybe an article, each followed by one space
 * and the score right after: "you can't give it a ", "I won't rate this an ", "never scores ".
 *
 * @param before - the characters right before the score (a short slice of the text).
 */
export function negatedGivingBefore(before: string): boolean {
  if (!before.endsWith(' ')) return false;
  // Pieces before the final space, last first.
  const pieces = piecesBefore(before.slice(0, -1), MAX_WORDS_BEFORE);
  const articles = pieces.length > 0 && ARTICLES.has((pieces[0] as string).toLowerCase()) ? [0, 1] : [0];
  for (const article of articles) {
    for (let words = 0; words <= 2; words++) {
      const verb = article + words;
      if (verb >= pieces.length) break;
      const between = pieces.slice(article, verb);
      if (!between.every((w) => WORD_CHARS.test(w) && !BOUNDS.has(leadingWord(w)))) break;
      if (!GIVING.has((pieces[verb] as string).toLowerCase())) continue;
      const next = pieces[verb + 1];
      if (next !== undefined && endsInDenial(next)) return true;
      const after = pieces[verb + 2];
      if (next !== undefined && after !== undefined && PLAIN_WORD.test(next) && endsInDenial(after)) return true;
    }
  }
  return false;
}

/** "alone" as a whole word at the start of a piece ("alone", "alone's"). */
const ALONE = /^alone\b/i;
/** The most words {@link partAfter} reads after "for": a determiner, two words and "alone". */
const MAX_WORDS_AFTER = 4;

/**
 * The words at `from` in `text`, each a run of {@link WORD_CHARS} followed by one space before the
 * next, at most `count` of them ("the villain alone, and" gives "the", "villain", "alone").
 */
function wordsAt(text: string, from: number, count: number): string[] {
  const out: string[] = [];
  let at = from;
  while (out.length < count) {
    let end = at;
    while (end < text.length && /[\w'’]/.test(text[end] as string)) end++;
    if (end === at) break;
    out.push(text.slice(at, end));
    if (text[end] !== ' ') break;
    at = end + 1;
  }
  return out;
}

/**
 * True when the text after a score names the part it scores: " for " and maybe a determiner, then
 * one of `parts` ("a 10 for the soundtrack", "8/10 for the first season") or one or two words and
 * "alone" ("10/10 for the villain alone"). "for me" or "for this show" scores the whole.
 *
 * @param after - the characters right after the score (a short slice of the text).
 * @param part - the parts as a pattern anchored at its start, ending at a word boundary.
 */
export function partAfter(after: string, part: RegExp): boolean {
  if (after.slice(0, 5).toLowerCase() !== ' for ') return false;
  const words = wordsAt(after, 5, MAX_WORDS_AFTER);
  if (part.test(after.slice(5))) return true;
  const determiner = words.length > 0 && DETERMINERS.has((words[0] as string).toLowerCase());
  if (determiner && after[5 + (words[0] as string).length] === ' ' && part.test(after.slice(6 + (words[0] as string).length))) return true;
  // "alone" after one or two words, or after a determiner and one or two words.
  return words.some((w, i) => ALONE.test(w) && (i === 1 || i === 2 || (i === 3 && determiner)));
}
