/** Whether a name describes the noun after it rather than standing for someone on its own. */
import { firstAtOrAfter } from '../../text/search';
import type { Token } from '../stage-types';

/**
 * True when the first token at or after `end` (where a name ends) is a noun written in lower case:
 * the name then describes that noun (`Catholic community`, `Tolkien fan`, `the Ben Stiller
 * comedy`), and is neither a speaker's subject nor an outlet.
 *
 * @param tokens - The text's tokens, in order.
 * @param end - Where the name ends.
 */
export function lowerNounAfter(tokens: readonly Token[], end: number): boolean {
  const next = tokens[firstAtOrAfter(tokens, end)];
  return next !== undefined && next.pos === 'NOUN' && next.value[0] === next.normal[0];
}
