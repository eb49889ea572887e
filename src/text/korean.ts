/**
 * Romanised Korean name shapes. Every test is a bounded walk over one short word: no regular
 * expression with nested quantifiers.
 */
import { KOREAN_FAMILY_NAMES, KOREAN_FAMILY_NAMES_AMBIGUOUS } from '../data/korean-names';

/** One syllable: an initial consonant (cluster), one to four vowel letters, an optional final. */
const SYLLABLE = /^(?:kk|tt|pp|ss|jj|ch|sh|[bdghj-nprstwy])?[aeiouwy]{1,4}(?:ng|[bgk-nprt])?$/i;
const MAX_WORD = 15;

/** True for one romanised Korean syllable (`cheong`, `hyeok`, `soo`). */
export const isKoreanSyllable = (s: string): boolean => s.length <= 8 && SYLLABLE.test(s);

/**
 * How many syllables a word splits into (1 to 3), glued (`Seungho`) or hyphenated (`Seung-ho`);
 * 0 when it does not split. Tries every split point: at most a few dozen regex tests on a short word.
 */
export function koreanSyllableCount(word: string): number {
  const parts = word.split(/[-‐‑]/);
  if (parts.length > 1) return parts.length <= 3 && parts.every(isKoreanSyllable) ? parts.length : 0;
  if (word.length > MAX_WORD) return 0;
  if (isKoreanSyllable(word)) return 1;
  for (let a = 1; a < word.length; a++) {
    if (!isKoreanSyllable(word.slice(0, a))) continue;
    if (isKoreanSyllable(word.slice(a))) return 2;
    for (let b = a + 1; b < word.length; b++) {
      if (isKoreanSyllable(word.slice(a, b)) && isKoreanSyllable(word.slice(b))) return 3;
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
