/** Telling a body (a council, a broadcaster) that a report has speak from a person. */
import { BODY_NAME_WORDS } from '../../data/speaker-words';
import type { SpeakerDraft } from '../stage-types';
import type { Context } from './types';

/**
 * True when `speaker` is no listed person or character and its name holds a word of a body's name
 * ("Harbour Arts Council", "Netherby Broadcasting"): a body's statement has no person as speaker.
 */
export function isBodySpeaker(ctx: Context, speaker: SpeakerDraft): boolean {
  if (speaker.entity !== null) return false;
  return ctx.input.lower.slice(speaker.span.start, speaker.span.end).split(/[\s'’]+/).some((w) => BODY_NAME_WORDS.has(w));
}
