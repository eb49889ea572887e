/**
 * What stands around a subject mention: a verb after it, a possessive, an appositive opening the
 * sentence, a speech verb as its verb. The pronoun sieve reads these to choose a sentence's subject.
 */
import { isLetter } from '../../text/chars';
import { firstAtOrAfter } from '../../text/search';
import { VERB_FILLERS } from '../../data/speech-verbs';
import { RELATIVE_OPENERS } from '../../data/speaker-words';
import { ARTICLES } from '../../data/work-cues';
import type { SpeakerDraft, Token } from '../stage-types';
import { isSpeechVerb } from './context';
import { DESCRIPTION_POS, MAX_DESCRIPTION_TOKENS } from './phrases';
import type { Context, Gender, Mention } from './types';

/** True when a verb stands between a sentence's subject and a later mention. */
export function afterVerb(ctx: Context, subject: Mention, m: Mention): boolean {
  const { tokens } = ctx.ann;
  for (let t = firstAtOrAfter(tokens, subject.end); t < tokens.length && (tokens[t] as { start: number }).start < m.start; t++) {
    if ((tokens[t] as { pos: string }).pos === 'VERB') return true;
  }
  return false;
}

/** Most lower-case words between an article and the verb of its phrase ("the police psychologist interviewing"). */
const MAX_PHRASE_HEAD_WORDS = 4;

/**
 * "The psychologist interviewing Kyle Reese says", "the man who shot Tom Vance said": the name
 * right after a verb inside a description (opened by an article) or inside a relative clause is
 * that verb's object; the subject of the speech verb after it is the description's person. A
 * verb glued by a hyphen ("award-winning") is part of a modifier, no verb of its own.
 */
export function objectInSubjectPhrase(ctx: Context, m: Mention): boolean {
  const { tokens } = ctx.ann;
  const at = firstAtOrAfter(tokens, m.start);
  const verb = tokens[at - 1];
  if (!verb || verb.value[0] !== verb.normal[0] || !isLetter(verb.value[0] ?? '') || ctx.input.view[verb.start - 1] === '-') return false;
  if (VERB_FILLERS.has(verb.normal) || isSpeechVerb(verb.normal)) return false;
  // Right after "who" the word is the clause's verb, however the tagger read it ("who shot").
  const opener = tokens[at - 2];
  if (opener && opener.sentence === verb.sentence && (RELATIVE_OPENERS.has(opener.normal) || opener.normal === 'that')) return true;
  if (verb.pos !== 'VERB') return false;
  for (let k = at - 2; k >= 0 && at - 2 - k <= MAX_PHRASE_HEAD_WORDS; k--) {
    const w = tokens[k] as Token;
    if (w.sentence !== verb.sentence) return false;
    if (ARTICLES.has(w.normal)) return k < at - 2;
    if (w.value[0] !== w.normal[0] || (w.pos !== 'NOUN' && w.pos !== 'ADJ')) return false;
  }
  return false;
}

/** True when a possessive follows the mention ("Cosby's", "Scoggins'"). */
export function possessive(ctx: Context, m: Mention): boolean {
  const next = ctx.ann.tokens[firstAtOrAfter(ctx.ann.tokens, m.end)];
  return next !== undefined && next.start === m.end && POSSESSIVE_MARKS.has(next.normal);
}

/** Marks of a possessive after a name or inside a body's name ("Cosby's", "the Potters' Guild"). */
export const POSSESSIVE_MARKS: ReadonlySet<string> = new Set(["'s", '’s', "'", '’']);

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
    // "…, her lawyer, X, said": the comma closing a name set off after its role, then the verb.
    let v = t + 1;
    while (v < tokens.length && VERB_FILLERS.has((tokens[v] as Token).normal)) v++;
    if (tokens[v]?.sentence === sentence && isSpeechVerb((tokens[v] as Token).normal)) return true;
    let k = t + 1;
    while (k < tokens.length && k - t <= MAX_APPOSITIVE && (tokens[k] as Token).sentence === sentence && (tokens[k] as Token).normal !== ',') k++;
    if (tokens[k]?.normal !== ',') return false;
    t = k + 1;
  }
  while (t < tokens.length && VERB_FILLERS.has((tokens[t] as Token).normal)) t++;
  const verb = tokens[t];
  return verb !== undefined && verb.sentence === sentence && isSpeechVerb(verb.normal);
}

/** Most tokens walked back from a name to a pronoun subject of its clause. */
const MAX_CLAUSE_TOKENS = 30;

/** Tokens that close a clause, walking back from a name: what stands before them is another clause's. */
const CLAUSE_BREAKS: ReadonlySet<string> = new Set([',', ';', ':', '—', '–', '-', '(', ')', '"', '“', '”', '‘', '’', '«', '»']);

/** The gender a subject pronoun gives its referent. */
export const PRONOUN_GENDER: Readonly<Record<string, Gender>> = { he: 'm', she: 'f' };

/**
 * "While he praised Ivo Marek's film", "She told Ann Ray that …": the gender of a "he" / "she"
 * that is the subject (a verb right after it) of the clause naming mention `m`, before it, with
 * no comma or other break between. A pronoun and a name after it in its own clause are two people
 * (the name would have been "his" / "herself"), so the name is not what that pronoun means, nor
 * what a later one taking it up means. Null when no such pronoun stands before the name.
 */
export function clausePronounBefore(ctx: Context, m: Mention): 'm' | 'f' | null {
  const { tokens } = ctx.ann;
  const at = firstAtOrAfter(tokens, m.start);
  const sentence = tokens[at]?.sentence;
  for (let k = at - 1; k >= 0 && at - k <= MAX_CLAUSE_TOKENS; k--) {
    const w = tokens[k] as Token;
    if (w.sentence !== sentence || CLAUSE_BREAKS.has(w.normal)) return null;
    const g = PRONOUN_GENDER[w.normal];
    if (g === undefined) continue;
    // "he also praised": an adverb or two may stand before the verb.
    let v = k + 1;
    while (v < at && v - k <= 2 && (tokens[v] as Token).pos === 'ADV') v++;
    const verb = tokens[v] as Token;
    return v < at && (verb.pos === 'VERB' || verb.pos === 'AUX') ? g : null;
  }
  return null;
}
