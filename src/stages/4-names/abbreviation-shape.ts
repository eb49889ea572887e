/**
 * Shapes of a lone word that abbreviate a thing, never someone's name: the plural of an
 * initialism (`OPs`, `NPCs`: a class of things, counted), and an abbreviation of a title or a
 * genre joined by one lower-case letter between capitals (`HxH`, `AoT`, `SoL`, `BnHA`), the way
 * fans shorten `X of Y` and `X and Y`. Names with inner capitals keep lower-case letters after the
 * last capital (`McGee`, `DiCaprio`, `LaBeouf`), so neither shape takes them.
 */

/** An initialism of two or more capitals with a plural `s` (`EDs`, `OSTs`). */
const INITIALISM_PLURAL = /^\p{Lu}{2,}s$/u;

/** One to three capitals, one lower-case joining letter, one to three capitals (`HxH`, `BnHA`). */
const JOINED_ABBREVIATION = /^\p{Lu}{1,3}\p{Ll}\p{Lu}{1,3}$/u;

/** True when `form`, one word, is the plural of an initialism or a joined abbreviation. */
export function isAbbreviationShape(form: string): boolean {
  return INITIALISM_PLURAL.test(form) || JOINED_ABBREVIATION.test(form);
}
