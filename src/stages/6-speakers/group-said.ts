/**
 * A quote whose own attribution names a group ("“Where's the fun?” they asked themselves", "“…,”
 * we said"): the words are theirs, so no one person found by the quotes around or by a pronoun
 * elsewhere is its speaker.
 */
import { firstAtOrAfter } from '../../text/search';
import type { QuoteDraft } from '../stage-types';
import type { Context } from './types';

/** Pronouns for a group of speakers that may open a quote's attribution. */
const GROUP_PRONOUNS: ReadonlySet<string> = new Set(['they', 'we']);

/** True when right after `quote`'s close (past a comma) stands "they" / "we", in lower case, and a verb. */
export function saidByGroup(ctx: Context, quote: QuoteDraft): boolean {
  if (quote.kind === 'dialogue') return false;
  const { tokens } = ctx.ann;
  let t = firstAtOrAfter(tokens, quote.close.end);
  // Only spaces between the close and the attribution: a new line is a new statement.
  if (ctx.input.view.slice(quote.close.end, tokens[t]?.start ?? quote.close.end).trim() !== '') return false;
  if (tokens[t]?.normal === ',') t++;
  const pronoun = tokens[t];
  const verb = tokens[t + 1];
  // In lower case, the pronoun goes on with the quote's sentence; "They struggled" opens another.
  if (!pronoun || !GROUP_PRONOUNS.has(pronoun.value)) return false;
  return verb !== undefined && verb.sentence === pronoun.sentence && verb.pos === 'VERB';
}
