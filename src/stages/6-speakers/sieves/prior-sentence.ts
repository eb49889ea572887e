/**
 * Sieve: in reports, a quote after a sentence whose subject speaks or remembers ("Lee remembered
 * the night. “…”"), or that closes with its attribution ("…, Mr Rees said. “…”", "…, he said. “…”").
 */
import { REPORTING_VERBS, SPEAKER_PRONOUNS, SPEECH_VERBS, VERB_FILLERS } from '../../../data/speech-verbs';
import { RELATIVE_OPENERS } from '../../../data/speaker-words';
import { firstAtOrAfter } from '../../../text/search';
import { joinedClauseStart } from '../joined-clause';
import type { EntityDraft, MarkedQuoteDraft, SpeakerDraft } from '../../stage-types';
import { isSpeechVerb, MAX_PRIOR_SENTENCE_TOKENS, tok } from '../context';
import { isLyAdverb } from '../phrases';
import { isSubjectMention, pastFrontedPhrase } from '../described';
import { pronounReferent } from '../pronoun';
import { subjectOf } from '../subject';
import { attributingPronoun, silentTail } from './continuation';
import type { Context, Mention } from '../types';

/** Verbs that make the subject of the sentence before a quote its speaker ("X remembered the night."). */
export const PRIOR_SENTENCE_VERBS: ReadonlySet<string> = new Set([
  ...SPEECH_VERBS,
  ...REPORTING_VERBS,
  'remembered', 'remembers', 'spoke', 'speaks', 'talked', 'talks', 'reminisced', 'recounted', 'recounts',
  'thanked', 'thanks', 'praised', 'praises', 'criticised', 'criticized', 'criticises', 'defended', 'defends',
  'hit', 'attacked', 'attacks', 'paid', 'pays', 'looked', 'looks', 'went', 'goes', 'dismissed', 'dismisses',
  // A view the quote goes on to give in the holder's words ("He believes the Academy is cautious. “…”").
  'believes', 'believed', 'thinks', 'feels',
]);

/** The short sentence a quote opens right after, outside dialogue-heavy fiction (token range and offsets). */
export interface SentenceBefore {
  /** Its first token. */
  open: number;
  /** Its last token (the full stop or exclamation mark). */
  endTok: number;
  /** Where it starts and ends in the text. */
  startAt: number;
  end: number;
  /** True when it closes the paragraph before the quote's. */
  crossed: boolean;
}

/**
 * The sentence right before quote `q` when the quote opens a sentence after a full stop or an
 * exclamation mark, that sentence is short, and no earlier quote reaches into it; else null.
 * News writes a sentence a paragraph: the sentence may close the paragraph before (`crossed`),
 * when nothing after the quote in its sentence attributes it to someone else ("”, a spokesman said").
 */
export function sentenceBefore(ctx: Context, q: MarkedQuoteDraft, previous: MarkedQuoteDraft | null): SentenceBefore | null {
  if (ctx.dialogueHeavy) return null;
  const { view } = ctx.input;
  const { tokens, sentences } = ctx.ann;
  let i = q.open.start - 1;
  let breaks = 0;
  while (i >= 0 && (view[i] === ' ' || view[i] === '\t' || view[i] === '\n' || view[i] === '\r')) {
    if (view[i] === '\n') breaks++;
    i--;
  }
  if (i < 0 || (view[i] !== '.' && view[i] !== '!') || breaks > 2) return null;
  if (breaks > 0 && !silentTail(ctx, q)) return null;
  const endTok = firstAtOrAfter(tokens, i + 1) - 1;
  const lastTok = tokens[endTok];
  if (!lastTok) return null;
  const open = (sentences[lastTok.sentence] as { firstToken: number }).firstToken;
  if (endTok - open > MAX_PRIOR_SENTENCE_TOKENS) return null;
  const startAt = tok(ctx, open).start;
  if (previous && previous.end > startAt) return null;
  return { open, endTok, startAt, end: lastTok.end, crossed: breaks > 0 };
}

/**
 * 5. "Lee remembered the night. “…”": outside dialogue-heavy fiction, a quote that opens a
 * sentence right after one whose subject is a name and whose verb is one of speech or of
 * remembering, with no quote in it and no other name (but in what a verb of speech reports),
 * is that person's.
 */
export function byPriorSentence(ctx: Context, q: MarkedQuoteDraft, previous: MarkedQuoteDraft | null, previousSpeaker: SpeakerDraft | null): SpeakerDraft | null {
  // "“…,” they said": a group attributes the quote itself, not the one person before it.
  if (attributingPronoun(ctx, q) === 'they') return null;
  // "Ms Trew admitted it would be “very difficult” and said …. “…”": a quote inside the sentence
  // before, in the same paragraph, is no bar when it was given to that sentence's subject
  // (checked below); across a paragraph break the fragment ends what is known of their words.
  let before = sentenceBefore(ctx, q, previous);
  const inside = !before && previousSpeaker?.entity != null;
  if (inside) before = sentenceBefore(ctx, q, null);
  if (!before || (inside && before.crossed)) return null;
  const { open, endTok, startAt, end } = before;
  const { tokens } = ctx.ann;
  // "Marek said: “…” but Vance was not convinced. “…”": the sentence closes on another's clause.
  if (joinedClauseStart(ctx, startAt, end) >= 0) return null;
  const closing = closingAttribution(ctx, open, endTok);
  if (closing) return closing;
  // The sentence's name at its start: "Lee", "Producer Kevin Wallace".
  const first = firstAtOrAfter(ctx.mentions, startAt);
  const subject = ctx.mentions[first];
  if (!subject || subject.start > end || !(isSubjectMention(ctx, subject) || subject.start === tok(ctx, pastFrontedPhrase(ctx, open, endTok + 1)).start)) return null;
  if (inside && subject.entity !== previousSpeaker?.entity) return null;
  // "G Money, a presenter on 1Xtra, thinks …", "Ms Trew, who runs a school, admitted …": past a
  // description or relative clause between commas.
  let v = pastAppositive(ctx, firstAtOrAfter(tokens, subject.end), endTok);
  // "Arnold firmly believes": auxiliaries, and one adverb of manner.
  let adverbs = 0;
  while (v <= endTok && (VERB_FILLERS.has(tok(ctx, v).normal) || (isLyAdverb(tokens[v]) && adverbs++ < 1))) v++;
  if (v > endTok || !PRIOR_SENTENCE_VERBS.has(tok(ctx, v).normal)) return null;
  if ((ctx.entities[subject.entity] as EntityDraft).kind !== 'person') return null;
  // No other name: "Lee thanked Ilse Brandt. “…”" could be either's words; but after a verb of
  // speech the names are in what the subject said ("Barrow said he was surprised people thought
  // the band … had split up. “…”"), and the quote goes on with their words.
  const said = isSpeechVerb(tok(ctx, v).normal);
  // Across a paragraph break only what a verb of speech reported goes on in the quote
  // ("Barrow said he was surprised …" ¶ "“We've just had our heads down”"); a memory does not.
  if (before.crossed && !said) return null;
  for (let k = first + 1; k < ctx.mentions.length; k++) {
    const m = ctx.mentions[k] as Mention;
    if (m.start > end) break;
    if (m.entity !== subject.entity && !(said && m.start > tok(ctx, v).end)) return null;
  }
  return { span: { start: subject.start, end: subject.end }, entity: subject.entity, via: 'context' };
}

/** Longest description or relative clause stepped over between a subject and its verb, in tokens. */
const MAX_APPOSITIVE_TOKENS = 16;

/**
 * From token `t` after a subject: when it is a comma opening a description with no verb ("a
 * presenter on the station") or a relative clause ("who runs a school"), closed by a comma
 * before `endTok`, the token after that comma; else `t`.
 */
function pastAppositive(ctx: Context, t: number, endTok: number): number {
  const { tokens } = ctx.ann;
  if (tokens[t]?.normal !== ',') return t;
  const relative = RELATIVE_OPENERS.has(tokens[t + 1]?.normal ?? '');
  for (let k = t + 1; k < endTok && k - t <= MAX_APPOSITIVE_TOKENS; k++) {
    const w = tok(ctx, k);
    if (w.normal === ',') return k > t + 1 ? k + 1 : t;
    if (!relative && (w.pos === 'VERB' || w.pos === 'AUX')) return t;
  }
  return t;
}

/**
 * "The band were well organised, Mr Rees said.": the person a sentence closes by attributing it
 * to, after a comma, named before or after the speech verb, or meant by "he" / "she" before it
 * ("…, he said."). Null for anything else.
 */
function closingAttribution(ctx: Context, open: number, endTok: number): SpeakerDraft | null {
  const last = tok(ctx, endTok);
  if (last.normal !== '.' || endTok - 2 <= open) return null;
  const inside = interjectedAttribution(ctx, open, endTok);
  if (inside) return inside;
  const person = (m: Mention | undefined): m is Mention => m !== undefined && !m.quoted && (ctx.entities[m.entity] as EntityDraft).kind === 'person';
  const speaker = (m: Mention): SpeakerDraft => ({ span: { start: m.start, end: m.end }, entity: m.entity, via: 'context' });
  const { tokens } = ctx.ann;
  // ", Mr Rees said." / ", Mr Rees also said."
  let v = endTok - 1;
  if (isSpeechVerb(tok(ctx, v).normal)) {
    let n = v - 1;
    while (n > open && VERB_FILLERS.has(tok(ctx, n).normal)) n--;
    // ", he said.": the person the pronoun means there, read as that sentence would be.
    const w = tok(ctx, n);
    if (SPEAKER_PRONOUNS.has(w.normal) && tokens[n - 1]?.normal === ',') {
      const meant = pronounReferent(ctx, w.start, w.normal, subjectOf);
      return meant ? { ...meant, via: 'context' } : null;
    }
    const m = ctx.mentions[firstAtOrAfter(ctx.mentions, tok(ctx, n).end) - 1];
    if (person(m) && m.end === tok(ctx, n).end) {
      const before = tokens[firstAtOrAfter(tokens, m.start) - 1];
      if (before?.normal === ',') return speaker(m);
    }
    return null;
  }
  // ", said Mr Rees."
  const m = ctx.mentions[firstAtOrAfter(ctx.mentions, last.start) - 1];
  if (!person(m) || m.end !== tok(ctx, endTok - 1).end) return null;
  v = firstAtOrAfter(tokens, m.start) - 1;
  return v > open && isSpeechVerb(tok(ctx, v).normal) && tokens[v - 1]?.normal === ',' ? speaker(m) : null;
}

/**
 * "He is an optimist by nature, he says, happy to …": the person of an attribution set between
 * commas inside the sentence (tokens `open` to `endTok`): "he" / "she" (the person it means) or a
 * person's name, then a speech verb, then a comma. The sentence is their words. Null for none.
 */
function interjectedAttribution(ctx: Context, open: number, endTok: number): SpeakerDraft | null {
  const { tokens } = ctx.ann;
  for (let k = open + 1; k < endTok - 3; k++) {
    if (tok(ctx, k).normal !== ',') continue;
    const who = tok(ctx, k + 1);
    const m = ctx.mentions[firstAtOrAfter(ctx.mentions, who.start)];
    const named = m !== undefined && m.start === who.start && !m.quoted && (ctx.entities[m.entity] as EntityDraft).kind === 'person';
    let v = named ? firstAtOrAfter(tokens, m.end) : SPEAKER_PRONOUNS.has(who.normal) ? k + 2 : -1;
    if (v < 0) continue;
    while (v < endTok && VERB_FILLERS.has(tok(ctx, v).normal)) v++;
    if (v >= endTok - 1 || !isSpeechVerb(tok(ctx, v).normal) || tokens[v + 1]?.normal !== ',') continue;
    if (named) return { span: { start: m.start, end: m.end }, entity: m.entity, via: 'context' };
    const meant = pronounReferent(ctx, who.start, who.normal, subjectOf);
    return meant ? { ...meant, via: 'context' } : null;
  }
  return null;
}
