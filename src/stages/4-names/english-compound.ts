/**
 * A capitalised hyphenated word made of English words (`Random-Funny`, `Production-Value`,
 * `Hard-Boiled`) is a compound a writer capitalised, not a romanised given name (`Cheong-San`,
 * `Qui-Gon`): its shape alone makes no name at one mention.
 */
import { HERO_NAME_ENDS } from '../../data/alias-cues';
import { hyphenParts } from '../../text/chars';
import { isKoreanSyllable } from '../../text/korean';
import { isListedFirstName } from '../../text/listed-first-name';
import { isModelWord } from '../../wink';

/**
 * The fewest letters of each part: a shorter English word reads as a romanised syllable as often
 * (`Obi-Wan`, `Jar-Jar`, `Axe-Hand Morgan`).
 */
const MIN_PART = 4;

/** The ends of a hero's made-up name (`Spider-Man`, `Bat-Girl`), as a set. */
const HERO_ENDS: ReadonlySet<string> = new Set(HERO_NAME_ENDS);

/**
 * True when every part of lower-case hyphenated word `lower` is a word of wink's English model of
 * {@link MIN_PART} letters or more, none is a listed first name (`Mary-Jane`, `Jean-Paul`), not every part is a Korean syllable
 * (`Ha-San`) and the last part ends no hero's name (`Spider-Man`).
 */
export function isEnglishCompound(lower: string): boolean {
  const parts = hyphenParts(lower);
  if (parts.length < 2 || HERO_ENDS.has(parts[parts.length - 1] as string)) return false;
  if (parts.every(isKoreanSyllable)) return false;
  for (const p of parts) if (p.length < MIN_PART || !isModelWord(p) || isListedFirstName(p)) return false;
  return true;
}
