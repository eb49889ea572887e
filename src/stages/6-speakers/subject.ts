/** The subject of a speech verb: a name, a role noun, a description or a pronoun before it. */
import { DESCRIPTOR_NOUNS, ROLE_NOUNS } from '../../data/role-words';
import { CLAUSE_WORDS, JOINING_WORDS, SOMEONE_NOUNS, TITLE_JOINS } from '../../data/speaker-words';
import { SPEAKER_PRONOUNS, VERB_FILLERS } from '../../data/speech-verbs';
import { isInitialism, isLetter, isUpper } from '../../text/chars';
import { containing, firstAtOrAfter } from '../../text/search';
import type { EntityDraft, SpeakerDraft, Token } from '../stage-types';
import { mentionIn, mentionsWithRole } from './context';
import { describedOpener, describedPerson, describedSubject, isPersonNoun, isSubjectMention, pastSentenceLink } from './described';
import { genderOf } from './gender';
import { afterNounOf, isLyAdverb, isOutlet, isOutletAt, MAX_DESCRIPTION_TOKENS, properNounAt, rankedName } from './phrases';
import { isGroupNoun } from './group-noun';
import { coordinated, MAX_MENTIONS_READ, pronounReferent } from './pronoun';
import { isMakingJobNoun, roleHolder } from './role-holder';
import { objectInSubjectPhrase, possessive, POSSESSIVE_MARKS, PRONOUN_GENDER } from './subject-shapes';
import type { Context, Mention } from './types';

/** Words that strengthen a manner adverb ("very gravely replied"). */
const INTENSIFIERS: ReadonlySet<string> = new Set(['very', 'so', 'too', 'quite', 'rather', 'most']);

/** An adverb of manner ("coolly"), or one strengthening it, before a speech verb. */
const isMannerAdverb = (w: Token): boolean => isLyAdverb(w) || (w.pos === 'ADV' && INTENSIFIERS.has(w.normal));

/** Longest appositive stepped over between a subject and its verb ("X, director of Y, said"). */
const MAX_APPOSITIVE_TOKENS = 8;

/** Longest remark in brackets stepped over between a subject and its verb. */
const MAX_BRACKETED_TOKENS = 12;

/** Longest relative clause stepped over between a subject and its verb. */
const MAX_CLAUSE_TOKENS = 30;

/** Words that open a relative clause about a person. */
const RELATIVE_WORDS: ReadonlySet<string> = new Set(['who', 'whose']);

/** Verbs after "who" that make the clause about a group ("Korn, who are known for …"). */
const PLURAL_VERBS: ReadonlySet<string> = new Set(['are', 'were', 'have']);

/** Forms of "be" before a verb that make it passive. */
const BE: ReadonlySet<string> = new Set(['was', 'is', 'were', 'are', 'been']);

/**
 * "Anne Thompson of the Hollywood Reporter said": a critic named as the writer of an outlet is the
 * speaker, so the outlet after "of" is stepped back over to the name. Returns the token to read
 * as the subject.
 */
function beforeOutletOf(ctx: Context, t: number): number {
  const { tokens } = ctx.ann;
  let k = t;
  while (k >= 0 && t - k < 4 && isUpper((tokens[k] as Token).value[0])) k--;
  if (k === t) return t;
  const outletStart = tokens[k]?.normal === 'the' ? k : k + 1;
  if (tokens[outletStart - 1]?.normal !== 'of' && tokens[k]?.normal !== 'of') return t;
  const of = tokens[k]?.normal === 'of' ? k : k - 1;
  const outlet = ctx.input.view.slice((tokens[outletStart] as Token).start, (tokens[t] as Token).end);
  return isOutlet(outlet) ? of - 1 : t;
}

/** Most tokens of a title read back after "the star of" ("Rain Man and Tootsie"). */
const MAX_TITLE_TOKENS = 8;

/**
 * "The star of Rain Man and Tootsie said", "The singer of Because the Night told": a noun for a
 * person, "of" and a title (or list of titles) before the verb at the token after `t`; the
 * title is what the person is known for, the noun the subject. Returns the noun's token, else `t`.
 */
function beforeWorkOf(ctx: Context, t: number): number {
  const { tokens } = ctx.ann;
  const last = tokens[t];
  if (!last || !isUpper(last.value[0])) return t;
  let k = t;
  while (k > 0 && t - k < MAX_TITLE_TOKENS && (tokens[k] as Token).sentence === last.sentence) {
    const w = tokens[k] as Token;
    if (w.normal === 'of' && k < t) {
      const noun = tokens[k - 1];
      return noun && noun.value[0] === noun.normal[0] && (isPersonNoun(ctx, k - 1) || ROLE_NOUNS.has(noun.normal)) ? k - 1 : t;
    }
    if (!isUpper(w.value[0]) && !TITLE_JOINS.has(w.normal)) return t;
    k--;
  }
  return t;
}

/** Longest role between commas after a person's name ("X, head of music at London radio station Y, said"). */
const MAX_ROLE_TOKENS = 16;

/**
 * True when the tokens between the commas at `k` and `t` are a long role with no verb in it, right
 * after a name: "Nigel Harding, head of music at a London rock station, said".
 */
function longRole(ctx: Context, k: number, t: number): boolean {
  if (t - k > MAX_ROLE_TOKENS) return false;
  const { tokens } = ctx.ann;
  const name = tokens[k - 1];
  const m = name ? ctx.mentions[containing(ctx.mentions, name.start)] : undefined;
  if (!name || !m || m.end !== name.end) return false;
  for (let j = k + 1; j < t; j++) {
    const w = tokens[j] as Token;
    // "the venal prefect played by Claude Rains": a participle with its agent still describes.
    if ((w.pos === 'VERB' && tokens[j + 1]?.normal !== 'by') || w.pos === 'AUX' || w.pos === 'PRON' || w.normal === ',') return false;
  }
  return true;
}

/**
 * Words that hedge a speech verb they are hyphened to, whose subject stays the speaker
 * ("half-joked"); the tokenizer splits these off the verb ("semi-" it keeps whole).
 */
const HEDGES: ReadonlySet<string> = new Set(['half']);

/**
 * Where the speech verb at token `v` starts, with a hedge written onto it ("half-joked" is read
 * as "half", "-", "joked"): the hedge's token, else `v`.
 */
function hedgeStart(tokens: readonly Token[], v: number): number {
  const dash = tokens[v - 1];
  const hedge = tokens[v - 2];
  const verb = tokens[v] as Token;
  return dash?.normal === '-' && dash.end === verb.start && hedge !== undefined && hedge.end === dash.start && HEDGES.has(hedge.normal) ? v - 2 : v;
}

/**
 * True when token `t`, right after a comma, goes on with a list ("and Z", "as well as Z", "along
 * with Z", "including Z", "plus Z"): what follows the comma is no appositive of its own.
 */
function listGoesOn(tokens: readonly Token[], t: number): boolean {
  const w = tokens[t]?.normal ?? '';
  if (LIST_GOING_ON.has(w)) return true;
  const next = tokens[t + 1]?.normal ?? '';
  return (w === 'as' && next === 'well' && tokens[t + 2]?.normal === 'as') || (w === 'along' && next === 'with');
}

/** Words a list goes on with after a comma. */
const LIST_GOING_ON: ReadonlySet<string> = new Set(['and', 'or', 'plus', 'including']);

/** Words joining a second verb to its subject's first ("and added", "but joked"): no subject of its own between. */
const COORDINATORS: ReadonlySet<string> = new Set(['and', 'but']);

/** The subject of the speech verb at token `v`: a name, a role noun or a pronoun before it. */
export function subjectOf(ctx: Context, v: number, quoteStart: number): SpeakerDraft | null {
  const { tokens } = ctx.ann;
  let t = hedgeStart(tokens, v) - 1;
  let passive = false;
  // Auxiliaries and adverbs ("has also said", "coolly observed", "instantly answered").
  let adverbs = 0;
  while (t >= 0 && (VERB_FILLERS.has((tokens[t] as Token).normal) || (isMannerAdverb(tokens[t] as Token) && adverbs++ < 2))) {
    passive ||= BE.has((tokens[t] as Token).normal);
    t--;
  }
  // "Cinderella (as I have named her) says": a remark in brackets between the subject and its verb.
  if (tokens[t]?.normal === ')') {
    let k = t - 1;
    while (k >= 0 && t - k <= MAX_BRACKETED_TOKENS && (tokens[k] as Token).normal !== '(' && (tokens[k] as Token).normal !== ')') k--;
    // Not an abbreviation glossing the name before it ("the Industry (BPI)"): a remark has words.
    if (tokens[k]?.normal === '(' && t - k > 2 && (tokens[k] as Token).sentence === (tokens[v] as Token).sentence) t = k - 1;
  }
  // "X was called “…” by the judge": the subject of a passive is spoken of, not speaking.
  if (passive && !(tokens[v] as Token).normal.endsWith('ing')) return null;
  // "Mrs. Hurst thought the same, and added", "He thanked Eastwood and described the film as",
  // "She denied the story but joked that": the subject of the sentence (not "when X opened the envelope and declared", a clause of its own).
  if (COORDINATORS.has(tokens[t]?.normal ?? '') && (tokens[t] as Token).sentence === (tokens[v] as Token).sentence) {
    const first = (ctx.ann.sentences[(tokens[t] as Token).sentence] as { firstToken: number }).firstToken;
    // Without the comma, only when no clause opens between ("when the host opened … and declared").
    if (tokens[t - 1]?.normal === ',') return sentenceSubject(ctx, first, t);
    if (clauseBetween(tokens, first + 1, t)) return null;
    // "X watched Y take the stage and declare": a person named between who does something of their
    // own could be the one speaking.
    const found = sentenceSubject(ctx, first, t);
    return found && !actorBetween(ctx, found.span.end, (tokens[t] as Token).start) ? found : null;
  }
  // "Mark Mackie, director of Regular Music, said": step back over the appositive.
  if (tokens[t]?.normal === ',') {
    // A longer clause only when it opens with "who" ("Blanchett, who won a Bafta in 1999, said").
    for (let k = t - 1; k >= 0 && k >= t - MAX_CLAUSE_TOKENS; k--) {
      const tk = tokens[k] as Token;
      if (tk.sentence !== (tokens[v] as Token).sentence) break;
      // "X, who worked with Y, as well as Z, said": the list goes on past this comma; the
      // appositive or clause opens at a comma before it.
      if (tk.normal === ',' && listGoesOn(tokens, k + 1)) continue;
      if (tk.normal === ',' && (t - k <= MAX_APPOSITIVE_TOKENS || (RELATIVE_WORDS.has(tokens[k + 1]?.normal ?? '') && !PLURAL_VERBS.has(tokens[k + 2]?.normal ?? '')) || longRole(ctx, k, t))) {
        // "CSI's co-producer, Carol Mendelsohn, said": the name between the commas is the subject.
        const named = ctx.mentions[firstAtOrAfter(ctx.mentions, (tokens[k + 1] as Token).start)];
        if (named && named.start === (tokens[k + 1] as Token).start && named.end === (tokens[t - 1] as Token).end && !named.quoted) {
          return { span: { start: named.start, end: named.end }, entity: named.entity, via: 'verb' };
        }
        // "Their lawyer, Majid Noor, said": a name the names stage did not list, between commas
        // right after a noun for a person, is that person's.
        const unlisted = unlistedAppositive(ctx, k, t);
        if (unlisted) return unlisted;
        t = k - 1;
        break;
      }
    }
  }
  // "Sir Richard Eyre, who called …" / "Eyre who called …": the one person the relative clause
  // is about (not "Ryan Crabbe and Gordon Rennie, who observed", two of them).
  if (RELATIVE_WORDS.has(tokens[t]?.normal ?? '') && t > 0) {
    const k = tokens[t - 1]?.normal === ',' ? t - 2 : t - 1;
    const named = ctx.mentions[containing(ctx.mentions, (tokens[k] as Token).start)];
    const before = named ? tokens[firstAtOrAfter(tokens, named.start) - 1] : undefined;
    const one = before === undefined || !JOINING_WORDS.has(before.normal);
    // Not "The star of Amelie, who …": that name is what the person is known by.
    if (named && one && !named.quoted && !afterNounOf(ctx, named) && named.end === (tokens[k] as Token).end && (tokens[k] as Token).sentence === (tokens[v] as Token).sentence && (ctx.entities[named.entity] as EntityDraft).kind === 'person') {
      return { span: { start: named.start, end: named.end }, entity: named.entity, via: 'verb' };
    }
    return null;
  }
  const outletOf = beforeOutletOf(ctx, t);
  t = beforeWorkOf(ctx, outletOf);
  // "The star of Rain Man said": the title after "of" was stepped over, so the noun is the subject.
  const knownSubject = t !== outletOf;
  const tok = tokens[t];
  if (!tok || tok.sentence !== (tokens[v] as Token).sentence) return null;
  const around = ctx.mentions[containing(ctx.mentions, tok.start)];
  const m = mentionIn(ctx, { start: tok.start, end: tok.end }) ?? (around && tok.end <= around.end ? around : null);
  if (m) return objectInSubjectPhrase(ctx, m) ? null : { span: { start: m.start, end: m.end }, entity: m.entity, via: 'verb' };
  if (SPEAKER_PRONOUNS.has(tok.normal)) {
    return pronounReferent(ctx, tok.start, tok.normal, subjectOf);
  }
  // "Ada Voss from the Potters' Guild said", "Ben Orr of the trust said": the person named as a
  // body's member speaks, not the body nor its description.
  const member = memberOf(ctx, t);
  if (member) return member;
  // "the director elaborated" names a role precise enough to find the person; "a spokesman" does not.
  const role = ROLE_NOUNS.get(tok.normal);
  if (role && role !== 'other') {
    // "the director elaborated" → the last person before the quote with that role: among the
    // mentions with that role, the last that starts before the quote and also ends before it.
    const withRole = mentionsWithRole(ctx, role);
    let lo = 0;
    let hi = withRole.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((ctx.mentions[withRole[mid] as number] as Mention).start < quoteStart) lo = mid + 1;
      else hi = mid;
    }
    // Before the description too: in "The star of Amelie said" the name after "of" is no one's role holder.
    const limit = Math.min(quoteStart, tok.start);
    for (let j = lo - 1; j >= 0; j--) {
      const m2 = ctx.mentions[withRole[j] as number] as Mention;
      if (m2.end <= limit) return { span: { start: m2.start, end: m2.end }, entity: m2.entity, via: 'verb' };
    }
    // Nobody was given the role: "the pop star said" may still describe the person named just
    // before, when the text gave them no other role ("the director" is not the author).
    if (!isPersonNoun(ctx, t)) return null;
    // Nor one of the other gender than the "he" / "she" of what they said ("the director said he").
    const found = describedAt(ctx, t, quoteStart, knownSubject);
    const roles = found?.entity != null ? (ctx.entities[found.entity] as EntityDraft).roles : [];
    const told = PRONOUN_GENDER[tokens[v + 1]?.normal === 'that' ? (tokens[v + 2]?.normal ?? '') : (tokens[v + 1]?.normal ?? '')] ?? null;
    const gender = found && told ? genderOf(ctx, found) : null;
    if (gender !== null && gender !== told) return null;
    // A job in the making of a work the text gave someone ("X will direct"): the description found its one holder.
    if (isMakingJobNoun(tok.normal) && roleHolder(ctx, tok.normal, Math.min(quoteStart, tok.start)) !== undefined) return found;
    if (roles.includes(role as EntityDraft['roles'][number])) return found;
    // "Singer Björk stars in the film. The director said": a role that names one job in the making
    // of a work is someone's the text has not named, unless given to the person before.
    return roles.every((r) => r === 'other') && !MAKING_ROLES.has(role) ? found : null;
  }
  // "the 74-year-old comedian said": the person named last before, when the phrase fits one.
  // "the producer said" means someone the text has not named, unless it gave one person that job.
  if (isPersonNoun(ctx, t) && (!MAKING_NOUNS.has(tok.normal) || roleHolder(ctx, tok.normal, Math.min(quoteStart, tok.start)) !== undefined)) return describedAt(ctx, t, quoteStart, knownSubject);
  // An organisation or other proper noun that is not a known entity ("Netflix has promised").
  if (tok.pos === 'PROPN' && isUpper(tok.value[0])) {
    let s = t;
    while (s > 0 && (tokens[s - 1] as Token).pos === 'PROPN' && (tokens[s - 1] as Token).sentence === tok.sentence && isUpper((tokens[s - 1] as Token).value[0])) s--;
    const span = { start: (tokens[s] as Token).start, end: tok.end };
    // "One Piece says": a capitalised number word opens the name of a work or a group, no person's.
    const opener = tokens[s - 1];
    if (opener && opener.pos === 'NUM' && opener.sentence === tok.sentence && isUpper(opener.value[0]) && isLetter(opener.value[opener.value.length - 1])) return null;
    // "A spokesman for distributor Toho said": the body's unnamed spokesperson speaks, not the body.
    if (spokespersonFor(ctx, s)) return null;
    // "Critics said", "Teachers said": a group opening the sentence is no one's name.
    if (s === t && t === pastSentenceLink(ctx, (ctx.ann.sentences[tok.sentence] as { firstToken: number }).firstToken) && isGroupNoun(tok.normal)) return null;
    // "The AFI also questioned …", "the FCC said": an initialism after "the" names a body, never a person.
    if (s === t && tokens[s - 1]?.normal === 'the' && isInitialism(tok.value)) return null;
    // "The Muslim Council of Britain said": the body's whole name, not its last word.
    let o = s;
    while (o > 1 && tokens[o - 1]?.normal === 'of' && (tokens[o - 2] as Token).pos === 'PROPN' && isUpper((tokens[o - 2] as Token).value[0]) && (tokens[o - 2] as Token).sentence === tok.sentence) {
      o -= 2;
      while (o > 0 && (tokens[o - 1] as Token).pos === 'PROPN' && (tokens[o - 1] as Token).sentence === tok.sentence && isUpper((tokens[o - 1] as Token).value[0])) o--;
    }
    // "Detective Inspector Paul Miller of Thames Valley Police said", "Detective Sergeant Ann Roe
    // said": ranks before a name make the words a person's, a member of the body after "of"; the
    // ranks are the job, not the name.
    const ranked = rankedName(ctx, o);
    if (ranked && (ranked.after === t + 1 || tokens[ranked.after]?.normal === 'of')) return { span: ranked.span, entity: null, via: 'verb' };
    if (o < s) span.start = (tokens[o] as Token).start;
    // "MGM Vice Chairman Chris McGurk said": a title in capitals before a name of two words or more
    // is the person's job, not part of their name.
    for (let k = t - 2; k >= s; k--) {
      if (ROLE_NOUNS.has((tokens[k] as Token).normal) || DESCRIPTOR_NOUNS.has((tokens[k] as Token).normal)) {
        span.start = (tokens[k + 1] as Token).start;
        break;
      }
    }
    return isOutletAt(ctx, span.start, span.end) ? null : { span, entity: null, via: 'verb' };
  }
  return null;
}

/**
 * The name between the commas at tokens `k` and `t`, when the names stage did not list it: two or
 * three capitalised words making up all of the appositive, right after a lower-case noun for a
 * person ("his lawyer, Majid Noor,", "the woman, Ann Roe,"); never an outlet. Null otherwise.
 */
function unlistedAppositive(ctx: Context, k: number, t: number): SpeakerDraft | null {
  const { tokens } = ctx.ann;
  const noun = tokens[k - 1];
  if (!noun || noun.value[0] !== noun.normal[0] || !(SOMEONE_NOUNS.has(noun.normal) || ROLE_NOUNS.has(noun.normal) || DESCRIPTOR_NOUNS.has(noun.normal))) return null;
  const name = properNounAt(ctx, k + 1);
  if (!name || name.end !== (tokens[t - 1] as Token).end || t - k - 1 < 2 || containing(ctx.mentions, name.start) >= 0) return null;
  return isOutletAt(ctx, name.start, name.end) ? null : { span: name, entity: null, via: 'verb' };
}

/** Most words of a body after "of" / "from", its description with it ("of the gay rights group Outcry"). */
const MAX_BODY_TOKENS = 7;

/**
 * Parts of speech a body's description is made of ("the", "gay", "group", a participle as in
 * "walking charity"); its name's words are capitalised, whatever the tagger read them as.
 */
const BODY_POS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM', 'VERB']);

/**
 * "Ada Voss from the Potters' Guild said", "Ben Orr of the trust said", "Ben Orr of campaign group
 * Outcry said": a person's name opening the sentence, then "of" / "from" and the body (with the
 * words describing it) up to token `t`, the word before the verb; the member speaks, not the body.
 * The person, or null.
 */
function memberOf(ctx: Context, t: number): SpeakerDraft | null {
  const { tokens } = ctx.ann;
  const sentence = (tokens[t] as Token).sentence;
  let k = t;
  while (k > 0 && t - k < MAX_BODY_TOKENS && (tokens[k] as Token).normal !== 'of' && (tokens[k] as Token).normal !== 'from') {
    const w = tokens[k] as Token;
    if (w.sentence !== sentence || !(BODY_POS.has(w.pos) || isUpper(w.value[0]) || POSSESSIVE_MARKS.has(w.normal) || w.normal === '&')) return null;
    k--;
  }
  if (k === t || (tokens[k]?.normal !== 'of' && tokens[k]?.normal !== 'from')) return null;
  const before = tokens[k - 1];
  if (!before || before.sentence !== sentence) return null;
  const m = ctx.mentions[containing(ctx.mentions, before.start)];
  if (!m || m.quoted || m.end !== before.end || possessive(ctx, m) || (ctx.entities[m.entity] as EntityDraft).kind !== 'person') return null;
  // The person opens the sentence as its subject: not "Lawyers for X of the Guild said", "The
  // daughter of X of the Guild said" (someone else speaks).
  const opener = ctx.ann.tokens[pastSentenceLink(ctx, (ctx.ann.sentences[before.sentence] as { firstToken: number }).firstToken)];
  if (!opener || opener.start !== m.start) return null;
  return { span: { start: m.start, end: m.end }, entity: m.entity, via: 'verb' };
}

/** Most lower-case words between "for" and a body's name ("for the distributor Toho"). */
const MAX_FOR_WORDS = 2;

/**
 * True when "for", then "the" and a few lower-case words, stand before the capitalised run at
 * token `s`, after a noun for a person ("A spokesman for the UK Film Council", "a lawyer for
 * distributor Toho").
 */
function spokespersonFor(ctx: Context, s: number): boolean {
  const { tokens } = ctx.ann;
  let k = s - 1;
  while (k > 0 && s - 1 - k < MAX_FOR_WORDS && tokens[k]?.normal !== 'for') {
    const w = tokens[k] as Token;
    if (w.value[0] !== w.normal[0] || (w.pos !== 'NOUN' && w.pos !== 'DET')) return false;
    k--;
  }
  if (tokens[k]?.normal !== 'for') return false;
  const noun = tokens[k - 1];
  return noun !== undefined && noun.value[0] === noun.normal[0] && (SOMEONE_NOUNS.has(noun.normal) || ROLE_NOUNS.has(noun.normal));
}

/** Roles of one job in the making of a work, that a description does not give to a person the text gave another. */
const MAKING_ROLES: ReadonlySet<string> = new Set(['director', 'writer', 'author']);

/** Nouns for such a job that the role list files under 'other' ("the producer said"). */
const MAKING_NOUNS: ReadonlySet<string> = new Set(['producer', 'producers']);

/** True when a clause word or a comma stands among tokens `from` to `to` (excluded). */
function clauseBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const w = tokens[k] as Token;
    if (w.normal === ',' || CLAUSE_WORDS.has(w.normal)) return true;
  }
  return false;
}

/**
 * The person named before whom the description ending at token `t` ("the pop star") means; with
 * `knownSubject`, the description is already known to be the verb's subject ("the star of Rain
 * Man said"), so what follows its noun does not matter.
 */
function describedAt(ctx: Context, t: number, quoteStart: number, knownSubject = false): SpeakerDraft | null {
  const { tokens } = ctx.ann;
  const sentence = (tokens[t] as Token).sentence;
  let s = t;
  while (s > 0 && t - s < MAX_DESCRIPTION_TOKENS && (tokens[s] as Token).normal !== 'the' && (tokens[s - 1] as Token).sentence === sentence) s--;
  const phrase = { start: s, end: t + 1 };
  if (!knownSubject) return describedPerson(ctx, phrase, quoteStart);
  // "The star of Amelie said" after "Nora Vale flew in": the text never tied the one named before to
  // being anyone's star; only the source it was quoting, or someone it brought in as a public
  // person ("Hollywood legend X", "singer X"), is plainly the one described.
  const found = describedSubject(ctx, phrase, quoteStart);
  return found && (found.entity === ctx.lastSpeaker?.speaker.entity || describedBeforeName(ctx, found)) ? found : null;
}

/** True when a noun for a public person stands right before the name `found` ("legend X", "singer X"). */
function describedBeforeName(ctx: Context, found: SpeakerDraft): boolean {
  const { tokens } = ctx.ann;
  const at = firstAtOrAfter(tokens, found.span.start);
  const before = tokens[at - 1];
  return before !== undefined && before.sentence === tokens[at]?.sentence && isPersonNoun(ctx, at - 1);
}

/**
 * The person a sentence opens with, before token `end`: a pronoun ("He apologised …"), a
 * person's name opening it ("Producer Kevin Wallace thanked …"), or a description of the person
 * named before ("The veteran actor thanked …"). Null for anything else.
 */
export function sentenceSubject(ctx: Context, first: number, end: number): SpeakerDraft | null {
  const { tokens } = ctx.ann;
  const opener = tokens[first] as Token;
  if (SPEAKER_PRONOUNS.has(opener.normal)) return pronounReferent(ctx, opener.start, opener.normal, subjectOf);
  // "The veteran actor smiled and said": a description of the person named before.
  const described = describedOpener(ctx, first, end);
  if (described) return described.speaker;
  const m = ctx.mentions[firstAtOrAfter(ctx.mentions, opener.start)];
  // "The star of Amelie echoed …": the name after a noun and "of" is not the subject.
  if (!m || m.quoted || m.end > (tokens[end] as Token).start || !isSubjectMention(ctx, m) || afterNounOf(ctx, m)) return null;
  if ((ctx.entities[m.entity] as EntityDraft).kind !== 'person' || isOutletAt(ctx, m.start, m.end)) return null;
  // "X and Y hugged and said": two people are the subject, neither plainly the speaker.
  if (coordinated(ctx, m)) return null;
  return { span: { start: m.start, end: m.end }, entity: m.entity, via: 'verb' };
}

/** True when a person named between offsets `from` and `to`, outside quotes, is followed by a verb of their own. */
function actorBetween(ctx: Context, from: number, to: number): boolean {
  const { tokens } = ctx.ann;
  const start = firstAtOrAfter(ctx.mentions, from);
  for (let k = start; k < ctx.mentions.length; k++) {
    const m = ctx.mentions[k] as Mention;
    if (m.start >= to) break;
    // So many names between leave the subject unclear, and keep a huge sentence cheap.
    if (k - start >= MAX_MENTIONS_READ) return true;
    const next = tokens[firstAtOrAfter(tokens, m.end)];
    if (!m.quoted && (ctx.entities[m.entity] as EntityDraft).kind === 'person' && next !== undefined && (next.pos === 'VERB' || next.pos === 'AUX')) return true;
  }
  return false;
}
