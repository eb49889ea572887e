/**
 * Sieve: the words just quoted taken back after the quote as a named person's way of putting it
 * (`“…” That was how Ida Roth put it.`, `“…,” is how Ida Roth describes it.`): the name after
 * "how" is the speaker. Only a listed name, right after "how", with one of the verbs of putting.
 */
import { HOW_PUT_LINKS, HOW_PUT_POINTERS, HOW_PUT_VERBS } from '../../../data/speech-verbs';
import { firstAtOrAfter } from '../../../text/search';
import type { MarkedQuoteDraft, SpeakerDraft, Token } from '../../stage-types';
import type { Context, Mention } from '../types';

/** The listed person after "“…” (that) was how", when a verb of putting follows the name. */
export function byHowPut(ctx: Context, q: MarkedQuoteDraft): SpeakerDraft | null {
  const { tokens } = ctx.ann;
  let k = firstAtOrAfter(tokens, q.close.end);
  if (tokens[k]?.normal === ',') k++;
  if (HOW_PUT_POINTERS.has(tokens[k]?.normal ?? '')) k++;
  if (!HOW_PUT_LINKS.has(tokens[k]?.normal ?? '') || tokens[k + 1]?.normal !== 'how') return null;
  const name = tokens[k + 2];
  if (!name) return null;
  const m = ctx.mentions[firstAtOrAfter(ctx.mentions, name.start)] as Mention | undefined;
  if (!m || m.start !== name.start || m.quoted) return null;
  const verb = tokens[firstAtOrAfter(tokens, m.end)] as Token | undefined;
  if (!verb || verb.sentence !== name.sentence || !HOW_PUT_VERBS.has(verb.normal)) return null;
  return { span: { start: m.start, end: m.end }, entity: m.entity, via: 'verb' };
}
