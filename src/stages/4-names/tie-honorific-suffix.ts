/**
 * A name with a Japanese honorific glued after it by a hyphen (`Kurosaki-kun`, `Oda-sensei`) is a
 * form of address, as `Mr Kurosaki` is: it stands for the name before the hyphen.
 */
import { HONORIFIC_SUFFIXES } from '../../data/honorifics';

/**
 * The name a lower-case word stands for once its honorific suffix (`-kun`, `-sensei`:
 * {@link HONORIFIC_SUFFIXES}) is cut off (`kurosaki` of `kurosaki-kun`), or undefined when it has
 * none or fewer than {@link MIN_STEM} letters stand before it (`o-san`).
 */
export function honorificStem(lower: string): string | undefined {
  const hyphen = lower.lastIndexOf('-');
  if (hyphen < MIN_STEM || !HONORIFIC_SUFFIXES.has(lower.slice(hyphen + 1))) return undefined;
  return lower.slice(0, hyphen);
}

/** The fewest letters before the suffix: one letter is an initial or a stammer, not a name. */
const MIN_STEM = 2;
