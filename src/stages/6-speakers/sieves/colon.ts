/**
 * Sieve, in reports: a quote after a colon whose sentence opens with a person ("Drummer Larry
 * Mullen Jr echoed those sentiments: “…”", "He apologised, joking: “…”"), else whose short closing
 * clause names one person before its verb ("…, something which critic X agrees with: “…”"), or
 * that is a possessive and a noun for what was said ("Her verdict: “…”"); or a quote followed in
 * its sentence by "according to" and a name ("…, according to Q magazine editor Paul Rees").
 */
import { SPEECH_NOUNS } from '../../../data/speech-verbs';
import { firstAtOrAfter } from '../../../text/search';
import type { EntityDraft, MarkedQuoteDraft, SpeakerDraft, Token } from '../../stage-types';
import { joinedClauseStart } from '../joined-clause';
import { lowerNounAfter } from '../noun-after';
import { describedPhrase, nameInPhrase } from '../phrases';
import { pronounReferent } from '../pronoun';
import { sentenceSubject, subjectOf } from '../subject';
import type { Context, Mention } from '../types';

/** Possessive pronouns that may open the description after "according to". */
const POSSESSIVES: ReadonlySet<string> = new Set(['his', 'her', 'their', 'its']);

/** Tokens after a quote searched for "according to". */
const ACCORDING_WINDOW = 12;

/** The person of a colon introduction, or named after "according to". */
export function byColon(ctx: Context, q: MarkedQuoteDraft): SpeakerDraft | null {
  if (ctx.dialogueHeavy) return null;
  const { tokens, sentences } = ctx.ann;
  const at = firstAtOrAfter(tokens, q.open.start);
  const colon = tokens[at - 1];
  if (colon && colon.value === ':' && colon.end <= q.open.start) {
    const sentence = sentences[colon.sentence];
    if (!sentence) return null;
    // "Marek said: “…” and Vance was quick to agree: “…”": the clause after the first quote.
    const joined = joinedClauseStart(ctx, (tokens[sentence.firstToken] as Token).start, colon.start);
    const first = joined >= 0 ? joined : sentence.firstToken;
    return sentenceSubject(ctx, first, at - 1) ?? ownWord(ctx, first, at - 1) ?? clauseBeforeColon(ctx, first, at - 1);
  }
  const after = firstAtOrAfter(tokens, q.close.end);
  const sentence = tokens[after - 1]?.sentence;
  for (let t = after; t < tokens.length && t - after < ACCORDING_WINDOW; t++) {
    const k = tokens[t] as Token;
    if (k.sentence !== sentence) break;
    if (k.normal === 'according' && tokens[t + 1]?.normal === 'to') {
      // "according to their manager, X": the possessive opens the description.
      const from = POSSESSIVES.has(tokens[t + 2]?.normal ?? '') ? t + 3 : t + 2;
      const phrase = describedPhrase(ctx, from);
      return phrase ? nameInPhrase(ctx, phrase) : null;
    }
  }
  return null;
}

/** Most tokens of the clause before a colon read for its subject ("which critic X agrees with"). */
const MAX_COLON_CLAUSE = 12;

/** Words that open the clause right before a colon ("…, something which X agrees with:"). */
const COLON_CLAUSE_OPENERS: ReadonlySet<string> = new Set([',', ';', 'which', 'that', 'as']);

/**
 * "…, something which critic Sam Holt agrees with: “…”": the one person named in the short
 * clause closing the sentence before the colon (at token `colon`), right before its verb, with
 * no other name after; the sentence's own subject is someone else or nobody. Null otherwise.
 */
function clauseBeforeColon(ctx: Context, first: number, colon: number): SpeakerDraft | null {
  const { tokens } = ctx.ann;
  let k = colon - 1;
  while (k > first && colon - k <= MAX_COLON_CLAUSE && !COLON_CLAUSE_OPENERS.has((tokens[k] as Token).normal)) k--;
  if (k <= first || !COLON_CLAUSE_OPENERS.has((tokens[k] as Token).normal)) return null;
  let found: Mention | null = null;
  for (let i = firstAtOrAfter(ctx.mentions, (tokens[k] as Token).end); i < ctx.mentions.length; i++) {
    const m = ctx.mentions[i] as Mention;
    if (m.start >= (tokens[colon] as Token).start) break;
    // Two names in the clause ("X and Y discussed"): which of them speaks is not plain; a name
    // that only describes the next one is no speaker ("Tolkien fan X agrees").
    if (found && !lowerNounAfter(ctx.ann.tokens, found.end)) return null;
    found = m;
  }
  if (!found || found.quoted || (ctx.entities[found.entity] as EntityDraft).kind !== 'person') return null;
  const verb = tokens[firstAtOrAfter(tokens, found.end)];
  if (!verb || (verb.pos !== 'VERB' && verb.pos !== 'AUX') || verb.start >= (tokens[colon] as Token).start) return null;
  return { span: { start: found.start, end: found.end }, entity: found.entity, via: 'verb' };
}

/**
 * "Her verdict: “…”", "His answer: “…”": a possessive and a noun for what was said, alone before
 * the colon, give the quote to the person the possessive means.
 */
function ownWord(ctx: Context, first: number, colon: number): SpeakerDraft | null {
  const { tokens } = ctx.ann;
  const owner = tokens[first] as Token;
  const pronoun = OWN_WORD_POSSESSIVES[owner.normal];
  if (pronoun === undefined || colon - first > 3 || !SPEECH_NOUNS.has(tokens[colon - 1]?.normal ?? '')) return null;
  // Only adjectives between ("Her final verdict:").
  for (let k = first + 1; k < colon - 1; k++) if ((tokens[k] as Token).pos !== 'ADJ') return null;
  return pronounReferent(ctx, owner.start, pronoun, subjectOf);
}

/** Possessives that open "Her verdict:", read as the pronoun of their gender. */
const OWN_WORD_POSSESSIVES: Readonly<Record<string, string>> = { his: 'he', her: 'she' };
