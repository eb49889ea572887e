/**
 * Sieve: a speech verb that leads into the quote as the second verb of its sentence's subject
 * ("Darcy smiled and said, “…”", "Lady Catherine hesitated for a moment, and then replied, “…”").
 * The speaker is the name the sentence opens with, a character or a person, when no other clause
 * subject (a pronoun, or a name followed by its verb) stands between it and the speech verb.
 */
import { SPEAKER_PRONOUNS, VERB_FILLERS } from '../../../data/speech-verbs';
import { firstAtOrAfter } from '../../../text/search';
import type { EntityDraft, MarkedQuoteDraft, SpeakerDraft, Token } from '../../stage-types';
import { lastVerbs } from '../context';
import { describedOpener, isSubjectMention } from '../described';
import { skipFillers } from '../fillers';
import { isOutletAt, properNounAt } from '../phrases';
import type { Context, Mention } from '../types';

/** Punctuation that ends a lead-in right before its quote (`said,`, `replied:`, `said--`). */
const LEAD_END: ReadonlySet<string> = new Set([',', ':', '-', '--', '—', '–']);

/** Longest stretch, in tokens, between the speech verb and its quote ("said to Colonel Fitzwilliam,"). */
const MAX_AFTER_VERB = 5;

/** Most adverbs and auxiliaries stepped over between "and" and the verb ("and then very gravely replied"). */
const MAX_FILLERS = 3;

/** Pronouns that open a clause of their own: another subject between the name and the verb. */
const CLAUSE_SUBJECTS: ReadonlySet<string> = new Set([...SPEAKER_PRONOUNS, 'they', 'i', 'we', 'you', 'it']);

/** Words that end the opening name's clause: what follows has a subject of its own. */
const CLAUSE_BREAKS: ReadonlySet<string> = new Set([';', 'but', 'while', 'whilst', 'when', 'as', 'though', 'although']);

/** Tags of the word after a name that make the name a clause's subject ("Darcy smiled"). */
const VERB_POS: ReadonlySet<string> = new Set(['VERB', 'AUX']);

/** The speech verb that leads into the quote in its sentence (its token), or -1 when none. */
function leadVerb(ctx: Context, q: MarkedQuoteDraft): number {
  const { tokens, sentences } = ctx.ann;
  const at = firstAtOrAfter(tokens, q.open.start);
  let from = at - 1;
  const straddling = tokens[from];
  if (straddling && straddling.start < q.open.start && straddling.end > q.open.start) from--;
  const last = tokens[from];
  if (!last || !LEAD_END.has(last.normal)) return -1;
  const sentence = sentences[last.sentence];
  const v = lastVerbs(ctx)[from] as number;
  if (!sentence || v < sentence.firstToken || from - v > MAX_AFTER_VERB) return -1;
  // Only "to" and a listener, or punctuation, between the verb and the quote.
  for (let k = v + 1; k < from; k++) {
    const w = tokens[k] as Token;
    if (CLAUSE_SUBJECTS.has(w.normal) || VERB_POS.has(w.pos)) return -1;
  }
  return v;
}

/** Most tokens from the sentence's opening name to the speech verb. */
const MAX_SUBJECT_TO_VERB = 60;

/** Longest phrase of time or manner between "and" and the verb, in tokens after its preposition. */
const MAX_PHRASE = 4;

/** Tags of the words of that phrase after its preposition ("a constrained manner"). */
const PHRASE_POS: ReadonlySet<string> = new Set(['NOUN', 'ADJ', 'DET']);

/** The index of the token before `t`'s run of auxiliaries and adverbs ("then very gravely"), stepping back from `t`. */
const beforeVerbFillers = (tokens: readonly Token[], t: number): number =>
  skipFillers(tokens, t, -1, MAX_FILLERS, (w) => VERB_FILLERS.has(w.normal) || w.pos === 'ADV');

/** "a constrained manner": a participle read as a verb, standing as an adjective in a phrase of manner. */
function isParticipleAdjective(w: Token): boolean {
  return w.pos === 'VERB' && (w.normal.endsWith('ed') || w.normal.endsWith('ing'));
}

/** Longest phrase between commas after "and" before the verb ("and, after listening for a few minutes, said"). */
const MAX_COMMA_PHRASE = 8;

/**
 * From the comma at `t` before a verb, back over a short phrase with no clause subject and no
 * comma in it to the comma opening it: the token before that ("and"), or `t` itself when there is
 * no such phrase.
 */
function beforeCommaPhrase(tokens: readonly Token[], t: number): number {
  for (let k = t - 1; k >= 0 && t - k <= MAX_COMMA_PHRASE + 1; k--) {
    const w = tokens[k] as Token;
    if (w.normal === ',') return k - 1 >= 0 && t - k > 1 ? k - 1 : t;
    if (CLAUSE_SUBJECTS.has(w.normal) || w.pos === 'PROPN' || w.normal === 'and') return t;
  }
  return t;
}

/** The speaker of a quote led in by the second verb of the sentence's opening name. */
export function byCoordinatedVerb(ctx: Context, q: MarkedQuoteDraft): SpeakerDraft | null {
  const { tokens, sentences } = ctx.ann;
  const v = leadVerb(ctx, q);
  if (v < 0) return null;
  // Step back over "then", "very gravely" to the "and" joining the verbs.
  let t = beforeVerbFillers(tokens, v - 1);
  // "and after a time exclaimed", "and in a constrained manner said": a short phrase of time or manner.
  if (tokens[t]?.pos === 'NOUN') {
    let k = t;
    while (k >= 0 && t - k < MAX_PHRASE && (PHRASE_POS.has((tokens[k] as Token).pos) || isParticipleAdjective(tokens[k] as Token))) k--;
    if (tokens[k]?.pos === 'ADP') t = beforeVerbFillers(tokens, k - 1);
  }
  // "and, after listening for a few minutes, said": a phrase between commas after "and".
  if (tokens[t]?.normal === ',') t = beforeCommaPhrase(tokens, t);
  if (tokens[t]?.normal !== 'and') return null;
  const first = (sentences[(tokens[v] as Token).sentence] as { firstToken: number }).firstToken;
  // A bounded walk from the name to the verb keeps a run of quotes in one huge sentence linear.
  if (v - first > MAX_SUBJECT_TO_VERB) return null;
  // "The veteran actor smiled and said": a description of the person named before, followed by its verb.
  const described = describedOpener(ctx, first, t);
  const subject = described ? described.speaker : openingName(ctx, first, t);
  if (!subject) return null;
  const m = described ? { start: tokens[described.after - 1]?.start ?? 0, end: tokens[described.after - 1]?.end ?? 0 } : subject.span;
  // The name is the subject of the first verb: a verb, an adverb, a comma or "who" follows it.
  const after = firstAtOrAfter(tokens, m.end);
  const next = tokens[after];
  if (!next || !(VERB_POS.has(next.pos) || next.pos === 'ADV' || next.normal === ',' || next.normal === 'who')) return null;
  // No other clause subject, nor a clause break, between the name and the speech verb.
  for (let k = after; k < v; k++) {
    const w = tokens[k] as Token;
    // "a while" is a noun, not the conjunction; "; and" joining the speech verb goes on with the subject.
    if (w.normal === ';' && k + 1 === t) continue;
    if (CLAUSE_SUBJECTS.has(w.normal) || (CLAUSE_BREAKS.has(w.normal) && w.pos !== 'NOUN')) return null;
  }
  for (let j = firstAtOrAfter(ctx.mentions, m.end); j < ctx.mentions.length; j++) {
    const other = ctx.mentions[j] as Mention;
    if (other.start >= (tokens[v] as Token).start) break;
    if (other.start < m.end) continue;
    const w = tokens[firstAtOrAfter(tokens, other.end)];
    if (w && (VERB_POS.has(w.pos) || w.normal === ',')) return null;
  }
  return subject;
}

/**
 * The name a sentence opens with, before token `end`: a character's or person's mention (after a
 * short description: "Producer X"), or a proper noun the names stage did not list; null for
 * anything else, an outlet included.
 */
function openingName(ctx: Context, first: number, end: number): SpeakerDraft | null {
  const { tokens } = ctx.ann;
  const opener = tokens[first] as Token;
  // A name whose title the sentence splitter cut off ("Mr." | "Darcy drew …") starts before it.
  let i = firstAtOrAfter(ctx.mentions, opener.start);
  if (i > 0 && (ctx.mentions[i - 1] as Mention).end > opener.start) i--;
  const m = ctx.mentions[i];
  if (m && !m.quoted && m.end <= (tokens[end] as Token).start && isSubjectMention(ctx, m)) {
    const kind = (ctx.entities[m.entity] as EntityDraft).kind;
    if (isOutletAt(ctx, m.start, m.end) || (kind !== 'person' && kind !== 'character')) return null;
    return { span: { start: m.start, end: m.end }, entity: m.entity, via: 'verb' };
  }
  // "Mr. Darcy drew his chair …" where the names stage listed no "Mr. Darcy" here.
  const name = properNounAt(ctx, first);
  if (!name || name.end > (tokens[end] as Token).start || isOutletAt(ctx, name.start, name.end)) return null;
  return (m && m.start < name.end) ? null : { span: name, entity: null, via: 'verb' };
}
