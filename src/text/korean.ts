/**
 * Romanised Korean name shapes. Every test is a bounded walk over one short word: no regular
 * expression with nested quantifiers.
 */
import { KOREAN_FAMILY_NAMES, KOREAN_FAMILY_NAMES_AMBIGUOUS } from '../data/korean-names';
import { hyphenParts } from './chars';

/** One syllable: an initial consonant (cluster), one to four vowel letters, an optional final. */
const SYLLABLE = /^(?:kk|tt|pp|ss|jj|ch|sh|[bdghj-nprstwy])?[aeiouwy]{1,4}(?:ng|[bgk-nprt])?$/i;
const MAX_WORD = 15;

/** True for one romanised Korean syllable (`cheong`, `hyeok`, `soo`). */
export const isKoreanSyllable = (s: string): boolean => s.length <= 8 && SYLLABLE.test(s);

/** A bit per ASCII letter (`a` is bit 0) of a set of letters. */
const letterBits = (letters: string): number => [...letters].reduce((bits, ch) => bits | (1 << (ch.charCodeAt(0) - 97)), 0);
/** The vowel letters of {@link SYLLABLE}. */
const VOWEL_BITS = letterBits('aeiouwy');
/** The one-letter initials of {@link SYLLABLE}. */
const INITIAL_BITS = letterBits('bdghjklmnprstwy');
/** The one-letter finals of {@link SYLLABLE}. */
const FINAL_BITS = letterBits('bgklmnprt');
/**
 * True when the two letters at `at` of `word`, in either case, are a two-letter initial of
 * {@link SYLLABLE}: `kk`, `tt`, `pp`, `ss`, `jj`, `ch` or `sh`.
 */
function doubleInitialAt(word: string, at: number): boolean {
  const a = word.charCodeAt(at) | 32;
  const b = word.charCodeAt(at + 1) | 32;
  // k, t, p, s, j doubled; c or s before h.
  return a === b ? a === 107 || a === 116 || a === 112 || a === 115 || a === 106 : b === 104 && (a === 99 || a === 115);
}

/** The bit of the letter at `at` of `word` in either case (`a` is bit 0), or 0 for any other character: {@link SYLLABLE} reads ASCII letters only. */
function letterBit(word: string, at: number): number {
  const c = word.charCodeAt(at) | 32;
  return c >= 97 && c <= 122 ? 1 << (c - 97) : 0;
}

/**
 * True when `word` from `from` to `to` is one syllable: what {@link isKoreanSyllable} says of that
 * slice, read off the code units with no slice made and no expression run. An initial of none, one
 * or two letters, one to four vowel letters, then no final, a one-letter final or `ng`; every
 * reading of the expression is tried, as its backtracking does (`w` and `y` are initials and vowels).
 */
export function koreanSyllableIn(word: string, from: number, to: number): boolean {
  if (to - from > 8 || to <= from) return false;
  for (let initial = 0; initial <= 2 && from + initial < to; initial++) {
    if (initial === 1 && (letterBit(word, from) & INITIAL_BITS) === 0) continue;
    if (initial === 2 && !doubleInitialAt(word, from)) continue;
    const vowels = from + initial;
    for (let v = vowels; v < to && v - vowels < 4 && (letterBit(word, v) & VOWEL_BITS) !== 0; v++) {
      // The letters after the last vowel `v`: none, a one-letter final or `ng`.
      const rest = to - v - 1;
      if (rest === 0 || (rest === 1 && (letterBit(word, to - 1) & FINAL_BITS) !== 0)) return true;
      if (rest === 2 && (word.charCodeAt(to - 2) | 32) === 110 && (word.charCodeAt(to - 1) | 32) === 103) return true;
    }
  }
  return false;
}

/**
 * How many syllables a word splits into (1 to 3), glued (`Seungho`) or hyphenated (`Seung-ho`);
 * 0 when it does not split. Tries every split point: at most a few dozen syllable tests on a short word.
 */
export function koreanSyllableCount(word: string): number {
  const parts = hyphenParts(word);
  if (parts.length > 1) return parts.length <= 3 && parts.every(isKoreanSyllable) ? parts.length : 0;
  return gluedSyllableCount(word, 0, word.length);
}

/**
 * How many syllables (1 to 3) the glued word of `word` from `from` to `to` (no hyphen in it)
 * splits into, or 0: {@link koreanSyllableCount} of that slice, with no slice made.
 */
export function gluedSyllableCount(word: string, from: number, to: number): number {
  if (to - from > MAX_WORD) return 0;
  if (koreanSyllableIn(word, from, to)) return 1;
  for (let a = from + 1; a < to; a++) {
    if (!koreanSyllableIn(word, from, a)) continue;
    if (koreanSyllableIn(word, a, to)) return 2;
    for (let b = a + 1; b < to; b++) {
      if (koreanSyllableIn(word, a, b) && koreanSyllableIn(word, b, to)) return 3;
    }
  }
  return 0;
}

/**
 * True for a Korean full name: a family name, then a given name of one or two syllables written as
 * one word (`Seungho`, `Byeong-Chan`) or two (`Mi So`, `Duk Hwa`). A family name that is also an
 * English word needs two given syllables. `words` are the name's words as written.
 */
export function isKoreanFullName(words: readonly string[]): boolean {
  if (words.length < 2 || words.length > 3) return false;
  const family = (words[0] as string).toLowerCase();
  const strongFamily = KOREAN_FAMILY_NAMES.has(family);
  if (!strongFamily && !KOREAN_FAMILY_NAMES_AMBIGUOUS.has(family)) return false;
  const given = words.slice(1);
  const syllables = given.reduce((n, w) => {
    const c = koreanSyllableCount(w);
    return c === 0 || n < 0 ? -1 : n + c;
  }, 0);
  if (syllables < 1 || syllables > 3 || (given.length === 2 && syllables !== 2)) return false;
  return strongFamily || syllables >= 2;
}

/** True for a Western given name and a Korean family name ("Kevin Lee", "Victoria Kim"). */
export function isGivenAndKoreanFamily(words: readonly string[]): boolean {
  return words.length === 2 && KOREAN_FAMILY_NAMES.has((words[1] as string).toLowerCase()) && koreanSyllableCount(words[0] as string) === 0;
}
