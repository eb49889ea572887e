/** "The new director is Ian Moss": a person brought in as the holder of a role. */
import { firstAtOrAfter } from '../../text/search';
import { ROLE_NOUNS } from '../../data/role-words';
import { SOMEONE_NOUNS } from '../../data/speaker-words';
import { sentenceOpen, tok } from './context';
import { pastSentenceLink } from './described';
import { DESCRIPTION_POS, MAX_DESCRIPTION_TOKENS } from './phrases';
import type { Context, Mention } from './types';

/** Forms of "be" that join a role to the name of its holder ("The director is X", "… was X"). */
const JOINING_BE: ReadonlySet<string> = new Set(['is', 'was']);

/**
 * True when mention `m` follows "is" / "was" right after a noun for a person that closes the
 * sentence's opening description ("The new director is Ian Moss", "The show's British director
 * was Ian Moss"): the sentence names who holds a role, as a report brings in the next person it
 * quotes; a "he" / "she" after it may be them rather than the person quoted before. With
 * `anyNoun`, a noun the lists do not know as a person's will do ("The new coach is Ian Moss"): enough
 * to make the person one who could be meant, not to give them the words.
 */
export function introducedAsHolder(ctx: Context, m: Mention, anyNoun = false): boolean {
  const { tokens } = ctx.ann;
  const at = firstAtOrAfter(tokens, m.start);
  const be = tokens[at - 1];
  const noun = tokens[at - 2];
  if (!be || !noun || !JOINING_BE.has(be.normal) || noun.sentence !== be.sentence || be.sentence !== tok(ctx, at).sentence) return false;
  if (noun.value[0] !== noun.normal[0] || !(SOMEONE_NOUNS.has(noun.normal) || ROLE_NOUNS.has(noun.normal) || (anyNoun && noun.pos === 'NOUN'))) return false;
  // The subject is the description alone, from the sentence's start ("The", "show's", "British").
  const open = pastSentenceLink(ctx, sentenceOpen(ctx, at));
  if (open > at - 2 || at - 2 - open > MAX_DESCRIPTION_TOKENS) return false;
  for (let k = open; k < at - 2; k++) if (!DESCRIPTION_POS.has(tok(ctx, k).pos)) return false;
  return true;
}
