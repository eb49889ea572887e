/**
 * What stands around a subject mention: a verb after it, a possessive, an appositive opening the
 * sentence, a speech verb as its verb. The pronoun sieve reads these to choose a sentence's subject.
 */
import { firstAtOrAfter } from '../../text/search';
import { VERB_FILLERS } from '../../data/speech-verbs';
import type { SpeakerDraft, Token } from '../stage-types';
import { isSpeechVerb } from './context';
import { DESCRIPTION_POS, MAX_DESCRIPTION_TOKENS } from './phrases';
import type { Context, Mention } from './types';

/** True when a verb stands between a sentence's subject and a later mention. */
export function afterVerb(ctx: Context, subject: Mention, m: Mention): boolean {
  const { tokens } = ctx.ann;
  for (let t = firstAtOrAfter(tokens, subject.end); t < tokens.length && (tokens[t] as { start: number }).start < m.start; t++) {
    if ((tokens[t] as { pos: string }).pos === 'VERB') return true;
  }
  return false;
}

/** True when a possessive follows the mention ("Cosby's", "Scoggins'"). */
export function possessive(ctx: Context, m: Mention): boolean {
  const next = ctx.ann.tokens[firstAtOrAfter(ctx.ann.tokens, m.end)];
  return next !== undefined && next.start === m.end && POSSESSIVE_MARKS.has(next.normal);
}

const POSSESSIVE_MARKS: ReadonlySet<string> = new Set(["'s", '’s', "'", '’']);

/**
 * "ITV's controller of entertainment, Claudia Rosencrantz, said", "Scoggins' daughter Jane said":
 * a name between commas after a short description opening the sentence, or after a possessive.
 */
export function isAppositiveSubject(ctx: Context, m: Mention): boolean {
  const { tokens, sentences } = ctx.ann;
  const at = firstAtOrAfter(tokens, m.start);
  const open = (sentences[(tokens[at] as Token).sentence] as { firstToken: number }).firstToken;
  if (at - open > MAX_DESCRIPTION_TOKENS + 1) return false;
  const comma = tokens[at - 1]?.normal === ',';
  if (comma && tokens[firstAtOrAfter(tokens, m.end)]?.normal !== ',') return false;
  for (let k = open; k < (comma ? at - 1 : at); k++) {
    const w = tokens[k] as Token;
    if (!DESCRIPTION_POS.has(w.pos) && !POSSESSIVE_MARKS.has(w.normal) && w.normal !== '-' && w.normal !== 'of') return false;
  }
  return true;
}

/** Longest appositive after a subject before its verb ("X, deputy police chief in Bombay, said"). */
const MAX_APPOSITIVE = 12;

/** True when the subject's verb is a speech verb: the sentence reports their words. */
export function reportsSpeech(ctx: Context, subject: SpeakerDraft): boolean {
  const { tokens } = ctx.ann;
  let t = firstAtOrAfter(tokens, subject.span.end);
  const sentence = tokens[t]?.sentence;
  if (tokens[t]?.normal === ',') {
    let k = t + 1;
    while (k < tokens.length && k - t <= MAX_APPOSITIVE && (tokens[k] as Token).sentence === sentence && (tokens[k] as Token).normal !== ',') k++;
    if (tokens[k]?.normal !== ',') return false;
    t = k + 1;
  }
  while (t < tokens.length && VERB_FILLERS.has((tokens[t] as Token).normal)) t++;
  const verb = tokens[t];
  return verb !== undefined && verb.sentence === sentence && isSpeechVerb(verb.normal);
}
