/**
 * Sieve, in reports: a profile that quotes one person only ("He gave up on technique and trusted
 * the feeling. “I figured, I'm an actor.”"): a quote opening a sentence with no attribution of
 * its own, right after a sentence about that person, is theirs.
 */
import { FEMALE_NAMES, MALE_NAMES } from '../../../data/given-names';
import { isUpper } from '../../../text/chars';
import { containing, firstAtOrAfter } from '../../../text/search';
import type { MarkedQuoteDraft, SpeakerDraft, Token } from '../../stage-types';
import { genderOf, pronounGender } from '../gender';
import { silentTail } from './continuation';
import { sentenceBefore } from './prior-sentence';
import type { Context, Mention } from '../types';

/** Quotes the one person must have been given before an unattributed one is theirs. */
const MIN_VOICE_QUOTES = 2;

/**
 * 5c. Outside dialogue-heavy fiction, when every quote given a speaker so far (two or more) was
 * given the same person: a quote opening a sentence, with nothing after it in its sentence that
 * attributes it, right after a sentence that names that person or means them by a pronoun of
 * their gender, and names no other person, is that person's. Null otherwise.
 */
export function byProfile(ctx: Context, q: MarkedQuoteDraft, previous: MarkedQuoteDraft | null): SpeakerDraft | null {
  const { voice } = ctx;
  if (ctx.dialogueHeavy || voice.mixed || voice.count < MIN_VOICE_QUOTES || !voice.speaker || voice.speaker.entity === null) return null;
  const before = sentenceBefore(ctx, q, previous);
  if (!before || !silentTail(ctx, q)) return null;
  const { entity } = voice.speaker;
  if (unplacedName(ctx, before.open + 1, before.endTok)) return null;
  let named = false;
  for (let k = firstAtOrAfter(ctx.mentions, before.startAt); k < ctx.mentions.length; k++) {
    const m = ctx.mentions[k] as Mention;
    if (m.start >= before.end) break;
    if (m.quoted) continue;
    if (m.entity !== entity) return null;
    named = true;
  }
  if (!named) {
    const gender = genderOf(ctx, voice.speaker);
    if (gender === null) return null;
    const { tokens } = ctx.ann;
    for (let t = before.open; t <= before.endTok && !named; t++) named = pronounGender((tokens[t] as Token).normal) === gender;
  }
  return named ? { ...voice.speaker, via: 'context' } : null;
}

/**
 * True when a capitalised given name that no mention covers stands between tokens `from` and `to`,
 * outside quotes ("She met Tom Brandt on set"): someone the names stage did not list may be the
 * one the quote is about. Places and titles ("Hollywood", "the Academy Awards") are no one.
 */
function unplacedName(ctx: Context, from: number, to: number): boolean {
  const { tokens } = ctx.ann;
  for (let t = from; t < to; t++) {
    const w = tokens[t] as Token;
    if (!isUpper(w.value[0]) || !(MALE_NAMES.has(w.normal) || FEMALE_NAMES.has(w.normal)) || containing(ctx.mentions, w.start) >= 0) continue;
    const q = ctx.quotes[firstAtOrAfter(ctx.quotes, w.end) - 1];
    if (!q || q.kind === 'dialogue' || q.end < w.end) return true;
  }
  return false;
}
