/** Whether a word has the ending of a participle. */
import { PARTICIPLE_ENDINGS, type ParticipleForm } from '../data/participle-endings';

/** Every form of participle: the present, the past and the strong past. */
const ALL_FORMS: readonly ParticipleForm[] = ['present', 'past', 'strongPast'];

/**
 * True when the lower-case word `lower` ends as a participle of one of `forms` does ("starring",
 * "directed", "written"). The ending alone is no proof: callers also check the word's tag.
 *
 * @param lower - The word in lower case.
 * @param forms - The participles' forms to test (default: all).
 */
export function hasParticipleEnding(lower: string, forms: readonly ParticipleForm[] = ALL_FORMS): boolean {
  for (const form of forms) for (const ending of PARTICIPLE_ENDINGS[form]) if (lower.endsWith(ending)) return true;
  return false;
}
