/**
 * Sieve, in reports: a quote inside a sentence that closes by naming its source after a comma,
 * as news leads are written ("The museum will stay “shut until spring”, head curator Ana Ruiz
 * has said."): the name right before the closing speech verb, at most a role before it, or the
 * person a "he" / "she" there means (", he said.").
 */
import { isOutletAt } from '../phrases';
import { SPEAKER_PRONOUNS, VERB_FILLERS } from '../../../data/speech-verbs';
import { containing, firstAtOrAfter } from '../../../text/search';
import type { EntityDraft, MarkedQuoteDraft, SpeakerDraft, Token } from '../../stage-types';
import { isSpeechVerb } from '../context';
import { pronounReferent } from '../pronoun';
import { genderOf } from '../gender';
import { subjectOf } from '../subject';
import { isSubjectMention } from '../described';
import { PRONOUN_GENDER, reportsSpeech } from '../subject-shapes';
import type { Context, Gender, Mention } from '../types';

/** Most tokens read after the quote for the sentence's close, so a huge sentence costs no more. */
const MAX_TAIL_TOKENS = 60;

/** Most words of a role between the comma and the name ("lead singer", "the band's manager"). */
const MAX_ROLE_TOKENS = 5;

/** Tags of the words of a role before the name ("lead" of "lead singer" the tagger may read as a verb). */
const ROLE_POS: ReadonlySet<string> = new Set(['NOUN', 'ADJ', 'DET', 'PROPN', 'PART', 'NUM', 'VERB']);

/** The source the quote's sentence closes with, or null. */
export function byClosingSource(ctx: Context, q: MarkedQuoteDraft): SpeakerDraft | null {
  if (ctx.dialogueHeavy) return null;
  const { tokens } = ctx.ann;
  const from = firstAtOrAfter(tokens, q.close.end);
  const opening = tokens[firstAtOrAfter(tokens, q.open.start)];
  const sentence = opening?.sentence;
  // The quote goes on inside its sentence: its close is not the sentence's end.
  if (sentence === undefined || tokens[from]?.sentence !== sentence || /[.!?]\s*$/.test(ctx.input.view.slice(q.start, q.end))) return null;
  let end = from;
  while (end < tokens.length && (tokens[end] as Token).sentence === sentence) {
    if (end - from > MAX_TAIL_TOKENS) return null;
    end++;
  }
  // Nothing after the quote but its sentence: no other quote before the close.
  const next = ctx.quotes[firstAtOrAfter(ctx.quotes, q.end)];
  if (next && next.start < (tokens[end - 1] as Token).end) return null;
  const stop = tokens[end - 1] as Token;
  const v = end - 2;
  if (stop.normal !== '.' || v <= from || !isSpeechVerb((tokens[v] as Token).normal)) return null;
  let k = v - 1;
  while (k > from && VERB_FILLERS.has((tokens[k] as Token).normal)) k--;
  const last = tokens[k] as Token;
  // "… means “thin crops” are likely this year, he said.": the person the pronoun means.
  if (SPEAKER_PRONOUNS.has(last.normal)) {
    if ((tokens[k - 1] as Token).normal !== ',' || k - 1 <= from) return null;
    const found = pronounReferent(ctx, last.start, last.normal, subjectOf);
    return found && plainReferent(ctx, found, last.start, PRONOUN_GENDER[last.normal] ?? null) ? found : null;
  }
  const m = ctx.mentions[containing(ctx.mentions, last.start)] as Mention | undefined;
  if (!m || m.quoted || m.end !== last.end || (ctx.entities[m.entity] as EntityDraft).kind !== 'person' || isOutletAt(ctx, m.start, m.end)) return null;
  // Back from the name over its role to the comma that sets the source off.
  let c = firstAtOrAfter(tokens, m.start) - 1;
  const nameStart = c;
  while (c > from && nameStart - c < MAX_ROLE_TOKENS && (tokens[c] as Token).normal !== ',') {
    const w = tokens[c] as Token;
    if ((!ROLE_POS.has(w.pos) && w.normal !== "'s" && w.normal !== '’s') || isSpeechVerb(w.normal)) return null;
    c--;
  }
  if (c <= from || (tokens[c] as Token).normal !== ',') return null;
  return { span: { start: m.start, end: m.end }, entity: m.entity, via: 'verb' };
}

/**
 * True when `found`, plainly of gender `want`, is named in the sentence right before the one at
 * `offset` as the subject of a speech verb ("Ivo Marek maintained that …"), and nobody else who
 * could be meant (a person of that gender or of none the text shows) is named after them up to
 * `offset`.
 */
function reportedJustBefore(ctx: Context, found: SpeakerDraft, offset: number, want: 'm' | 'f'): boolean {
  const { tokens } = ctx.ann;
  if (found.entity === null || genderOf(ctx, found) !== want || !reportsSpeech(ctx, found)) return false;
  const named = tokens[firstAtOrAfter(tokens, found.span.start)];
  const here = tokens[firstAtOrAfter(tokens, offset)];
  if (!named || !here || named.sentence !== here.sentence - 1) return false;
  const m = ctx.mentions[containing(ctx.mentions, found.span.start)];
  if (!m || m.start !== found.span.start || !isSubjectMention(ctx, m)) return false;
  for (let i = firstAtOrAfter(ctx.mentions, found.span.end); i < ctx.mentions.length; i++) {
    const other = ctx.mentions[i] as Mention;
    if (other.start >= offset) break;
    if (other.quoted || other.entity === found.entity || (ctx.entities[other.entity] as EntityDraft).kind !== 'person') continue;
    const g = genderOf(ctx, { span: other, entity: other.entity });
    if (g === null || g === want) return false;
  }
  return true;
}

/** Most mentions read back from a closing ", he said." for another person who could be meant. */
const MAX_REFERENT_READ = 48;

/**
 * True when `found`, the person a closing ", he said." means, is plainly so: the last quote's
 * speaker going on, or, when someone else spoke last, the one person who could be meant named
 * since that quote. "“…,” Tom Hale said. Ben Ray was dropped. … , he said.": the man named last
 * may be a person talked about, not a new source; with two men in play, nobody.
 */
function plainReferent(ctx: Context, found: SpeakerDraft, offset: number, want: Gender): boolean {
  const last = ctx.lastSpeaker;
  if (!last || want === null) return true;
  if (found.entity !== null && last.speaker.entity === found.entity) return true;
  // "“…,” Tom Hale said. … Ivo Marek maintained that …. …, he said.": the one person the sentence
  // before opens by reporting their words is the report's next source, not a person talked about.
  if (reportedJustBefore(ctx, found, offset, want)) return true;
  const fits = (s: { span: { start: number; end: number }; entity: number | null }): boolean => {
    const g = genderOf(ctx, s);
    return g === null || g === want;
  };
  if (fits(last.speaker)) return false;
  // Read back from the quote, and only so far: past that many names nothing is plain, and a long
  // report of unattributed quotes costs no more per quote than a short one.
  const upTo = firstAtOrAfter(ctx.mentions, offset);
  for (let i = upTo - 1; i >= 0; i--) {
    const m = ctx.mentions[i] as Mention;
    if (m.start < last.end) break;
    if (upTo - i > MAX_REFERENT_READ) return false;
    if (m.quoted || m.entity === found.entity || (ctx.entities[m.entity] as EntityDraft).kind !== 'person') continue;
    if (fits({ span: m, entity: m.entity })) return false;
  }
  return true;
}
