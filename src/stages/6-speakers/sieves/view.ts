/**
 * Sieve, in reports: a quoted phrase inside a view that a named person holds ("The paper's reviewer
 * Ida Moss thinks the sequel is “a step too far”", "Tom Hale believes the film will “change
 * everything”"): the holder's own words, set in the sentence that gives their view.
 */
import { NOT_REFERRING_PRONOUNS } from '../../../data/speaker-words';
import { STANCE_VERBS, VIEW_VERBS } from '../../../data/speech-verbs';
import { firstAtOrAfter } from '../../../text/search';
import type { EntityDraft, MarkedQuoteDraft, SpeakerDraft, Token } from '../../stage-types';
import { isSpeechVerb } from '../context';
import { genderOf } from '../gender';
import { subjectOf } from '../subject';
import { possessive } from '../subject-shapes';
import { byPossessor } from './possessor';
import type { Context, Gender, Mention } from '../types';

/** Tokens read back from the quote for the verb of the view. */
const MAX_VIEW_TOKENS = 20;

/**
 * 3c. Outside dialogue-heavy fiction, a quote after a verb of view or of a stance taken in words
 * in its sentence, whose subject is a person's name the names stage listed, with no other person
 * (but the possessor of a label right before the quote), no pronoun (but a possessive of the
 * subject's gender) and no speech verb between the verb and the quote (in "X believes Y called it
 * “…”" the words are Y's). Null otherwise.
 */
export function byView(ctx: Context, q: MarkedQuoteDraft): SpeakerDraft | null {
  if (ctx.dialogueHeavy) return null;
  const { tokens } = ctx.ann;
  const at = firstAtOrAfter(tokens, q.open.start);
  const sentence = tokens[at]?.sentence;
  // The gender a possessive between must share with the holder ("X apologised for his “…”").
  let owner: Gender = null;
  for (let v = at - 1; v >= 0 && at - v <= MAX_VIEW_TOKENS; v--) {
    const w = tokens[v] as Token;
    const own = possessiveGender(tokens, v);
    if (own !== null && (owner === null || owner === own)) {
      owner = own;
      continue;
    }
    // Any other pronoun between ("he", "they", "it", "them"): whose words they are is unclear.
    if (w.sentence !== sentence || isSpeechVerb(w.normal) || (w.pos === 'PRON' && !NOT_REFERRING_PRONOUNS.has(w.normal))) return null;
    if (!VIEW_VERBS.has(w.normal) && !(STANCE_VERBS.has(w.normal) && w.pos === 'VERB')) continue;
    // Nobody else between the holder's verb and the quote, but the owner of what the words label
    // ("X felt that Y's “masterpiece” deserved it"), unless the words are that owner's line.
    const next = ctx.mentions[firstAtOrAfter(ctx.mentions, w.end)] as Mention | undefined;
    if (next && next.start < q.open.start && !(ownerRightBefore(ctx, next, q) && byPossessor(ctx, q) === null)) return null;
    const subject = subjectOf(ctx, v, q.start);
    if (!subject || subject.entity === null || (ctx.entities[subject.entity] as EntityDraft).kind !== 'person') return null;
    if (owner !== null && genderOf(ctx, subject) !== owner) return null;
    return { ...subject, via: 'verb' };
  }
  return null;
}

/** True when mention `m` is the last one before the quote and its possessive stands right before the opening mark ("Y's “…”"). */
function ownerRightBefore(ctx: Context, m: Mention, q: MarkedQuoteDraft): boolean {
  const after = ctx.mentions[firstAtOrAfter(ctx.mentions, m.end)] as Mention | undefined;
  if ((after && after.start < q.open.start) || !possessive(ctx, m)) return false;
  const mark = ctx.ann.tokens[firstAtOrAfter(ctx.ann.tokens, m.end)] as Token;
  return ctx.input.view.slice(mark.end, q.open.start).trim() === '';
}

/**
 * The gender of a possessive pronoun at token `v` ("his", or "her" before a noun or an adjective:
 * "her “…” remark", not "thanked her “…”"), else null.
 */
function possessiveGender(tokens: readonly Token[], v: number): Gender {
  const w = tokens[v] as Token;
  if (w.normal === 'his') return 'm';
  const next = tokens[v + 1];
  return w.normal === 'her' && next !== undefined && (next.pos === 'NOUN' || next.pos === 'ADJ') ? 'f' : null;
}
