/**
 * Whether a word, or the plural a bare `s` makes of it, is one of the English model's own words:
 * the name readers' test that a capitalised word is a common word written as a name (`Asides`,
 * `Hollows`), not a name.
 */
import { isModelWord } from '../wink';

/**
 * The singular of lower-case `lower` when it is the plural of one of the English model's own words
 * by a bare `s` (`asides` gives `aside`, `hollows` gives `hollow`), else undefined. A word ending in
 * `ss` is no such plural (`hess`, `reiss`, though the model knows `hes` and `reis`). Only the bare
 * `s` is read: `-es` would read many surnames as plurals (`barnes`, `welles`: `barn`, `well`), and
 * a name whose stem is a model word by chance still reads as one (`james`, `gus`: `jame`, `gu`).
 *
 * @param lower - One word, in lower case.
 * @returns The singular, or undefined.
 */
export function modelSingular(lower: string): string | undefined {
  if (!lower.endsWith('s') || lower.endsWith('ss')) return undefined;
  const one = lower.slice(0, -1);
  return isModelWord(one) ? one : undefined;
}

/**
 * True when lower-case `lower` is one of the English model's own words, or the plural of one by a
 * bare `s` ({@link modelSingular}): `material`, `moss`, `fillers`, `asides`; not `kurosaki`, `hess`.
 *
 * @param lower - One word, in lower case.
 */
export function modelWordOrPlural(lower: string): boolean {
  return isModelWord(lower) || modelSingular(lower) !== undefined;
}
