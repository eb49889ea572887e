/** Sieve: in reports, a quote after a sentence whose subject speaks or remembers. */
import { REPORTING_VERBS, SPEECH_VERBS, VERB_FILLERS } from '../../../data/speech-verbs';
import { firstAtOrAfter } from '../../../text/search';
import type { EntityDraft, QuoteDraft, SpeakerDraft } from '../../stage-types';
import { MAX_PRIOR_SENTENCE_TOKENS, tok, type Context, type Mention } from '../context';
import { isSubjectMention } from '../described';

/** Verbs that make the subject of the sentence before a quote its speaker ("X remembered the night."). */
const PRIOR_SENTENCE_VERBS: ReadonlySet<string> = new Set([
  ...SPEECH_VERBS,
  ...REPORTING_VERBS,
  'remembered', 'remembers', 'spoke', 'speaks', 'talked', 'talks', 'reminisced', 'recounted', 'recounts',
  'thanked', 'thanks', 'praised', 'praises', 'criticised', 'criticized', 'criticises', 'defended', 'defends',
  'hit', 'attacked', 'attacks', 'paid', 'pays', 'looked', 'looks', 'went', 'goes', 'dismissed', 'dismisses',
]);

/**
 * 5. "Lee remembered the night. “…”": outside dialogue-heavy fiction, a quote that opens a
 * sentence right after one whose subject is a name and whose verb is one of speech or of
 * remembering, with no other name and no quote in it, is that person's.
 */
export function byPriorSentence(ctx: Context, q: QuoteDraft, previous: QuoteDraft | null): SpeakerDraft | null {
  if (ctx.dialogueHeavy) return null;
  const { view } = ctx.input;
  const { tokens, sentences } = ctx.ann;
  let i = q.open.start - 1;
  while (i >= 0 && (view[i] === ' ' || view[i] === '\t')) i--;
  if (i < 0 || (view[i] !== '.' && view[i] !== '!')) return null;
  const endTok = firstAtOrAfter(tokens, i + 1) - 1;
  const lastTok = tokens[endTok];
  if (!lastTok) return null;
  const sentence = sentences[lastTok.sentence] as { firstToken: number };
  const open = sentence.firstToken;
  if (endTok - open > MAX_PRIOR_SENTENCE_TOKENS) return null;
  const startAt = tok(ctx, open).start;
  if (previous && previous.end > startAt) return null;
  // The sentence's one name, at its start: "Lee", "Producer Kevin Wallace".
  let subject: Mention | null = null;
  for (let k = firstAtOrAfter(ctx.mentions, startAt); k < ctx.mentions.length; k++) {
    const m = ctx.mentions[k] as Mention;
    if (m.start > lastTok.end) break;
    if (subject && m.entity !== subject.entity) return null;
    subject ??= m;
  }
  if (!subject || !isSubjectMention(ctx, subject)) return null;
  let v = firstAtOrAfter(tokens, subject.end);
  while (v <= endTok && VERB_FILLERS.has(tok(ctx, v).normal)) v++;
  if (v > endTok || !PRIOR_SENTENCE_VERBS.has(tok(ctx, v).normal)) return null;
  if ((ctx.entities[subject.entity] as EntityDraft).kind !== 'person') return null;
  return { span: { start: subject.start, end: subject.end }, entity: subject.entity, via: 'context' };
}
