/**
 * Sieve: a speech verb before the quote in its sentence, or right after the quote, with its
 * subject: a name (`as On-Jo says`, `said Mr Weitz`, `Netflix has promised`), the name closing a
 * description (`said Titanic actress X`, `William Hill spokesman X said`), a role noun (`the
 * director elaborated`), a description of a person named just before (`said the 74-year-old
 * comedian`), or a pronoun. Never an outlet (`told BBC News`), nor the listener after `told`.
 */
import { CALENDAR } from '../../../data/not-names';
import { ROLE_NOUNS } from '../../../data/role-words';
import { NOT_NAME_OPENERS, REPORTED_CLAUSE_OPENERS, SENTENCE_STOPS } from '../../../data/speaker-words';
import { EVALUATIVE_VERBS, NAMING_PARTICIPLES, PARTICIPLE_VERBS, SPEAKER_PRONOUNS, SPEECH_NOUNS, TOPIC_PHRASE_POS, TOPIC_WORDS, VERB_FILLERS } from '../../../data/speech-verbs';
import { isUpper } from '../../../text/chars';
import { firstAtOrAfter } from '../../../text/search';
import type { EntityDraft, MarkedQuoteDraft, SpeakerDraft, Token } from '../../stage-types';
import { blockAt, isSpeechVerb, lastVerbs, mentionIn } from '../context';
import { describedPerson } from '../described';
import { joinedClauseStart } from '../joined-clause';
import { skipFillers } from '../fillers';
import { canSpeak } from '../speaking-noun';
import { afterNounOf, closesSentence, describedPhrase, isLyAdverb, isOutletAt, nameInPhrase, properNounAt, rankedName } from '../phrases';
import { memberSpeaks, pronounReferent } from '../pronoun';
import { sentenceSubject, subjectOf } from '../subject';
import { possessive } from '../subject-shapes';
import type { Context, Mention } from '../types';

/** Punctuation between an attribution and its quote (`said,`, `began:`, `said--`). */
const LEAD_PUNCTUATION: ReadonlySet<string> = new Set([',', ':', '-', '--', '—', '–']);

/** Longest appositive between a name after a quote and its verb, in tokens. */
const MAX_APPOSITIVE_AFTER = 12;

/** One to three lower-case words between a speech verb and a name: a role ("keyboard player"). */
const APPOSITIVE = /^[a-z][a-z'-]*(?: [a-z][a-z'-]*){0,2},?$/;

/**
 * Adverbs and auxiliaries between a speaker after a quote and the verb ("he once said"); not "was"
 * ("he was told") nor "have" (a group: "MPs have urged").
 */
const AFTER_QUOTE_FILLERS: ReadonlySet<string> = new Set([...VERB_FILLERS].filter((w) => w !== 'was' && w !== 'is' && w !== 'have'));

/** Most fillers between a speaker after a quote and the verb ("he once said"). */
const MAX_AFTER_QUOTE_FILLERS = 2;

/** The index of the first token from `t` past the fillers after a speaker ("once said" → "said"). */
const verbAfterSpeaker = (tokens: readonly Token[], t: number): number =>
  skipFillers(tokens, t, 1, MAX_AFTER_QUOTE_FILLERS, (w) => AFTER_QUOTE_FILLERS.has(w.normal));

/** 3. A speech verb before the quote in its sentence, or right after the quote. */
export function byVerb(ctx: Context, q: MarkedQuoteDraft): SpeakerDraft | null {
  const { tokens, sentences } = ctx.ann;
  const at = firstAtOrAfter(tokens, q.open.start);
  // The last speech verb before the quote in its sentence: only the token before the quote can
  // hold the quote mark inside it, and it does not count.
  let from = at - 1;
  const straddling = tokens[from];
  if (straddling && straddling.start < q.open.start && straddling.end > q.open.start) from--;
  // A quote after "said," or "began:" goes on with the sentence before it, however the sentences were cut.
  const before = tokens[from];
  const first = before && LEAD_PUNCTUATION.has(before.normal) ? before : tokens[at];
  const sentence = first ? sentences[first.sentence] : undefined;
  // "… the red carpet.“It's …,” he told": a quote opening right after a sentence's stop opens a
  // sentence of its own, however the sentences were cut; no verb before it is its.
  const verb = sentence && from >= 0 && !afterStop(ctx.input.view, q.open.start) ? (lastVerbs(ctx)[from] as number) : -1;
  if (sentence && verb >= sentence.firstToken) {
    const t = verb;
    // "Ada Vance writes warmly about the “lazy critics”", "Ada Vance wrote about it (the “Finale”
    // episode)": a topic or an aside, not her words.
    if (topicOrAside(tokens, t, from)) return null;
    // "Marek said: “…” but Vance was quick to agree: “…”": the verb's words were the quote
    // before; the clause after "and" / "but" is another's.
    if (joinedClauseStart(ctx, (tokens[t] as Token).end, q.open.start) >= 0) return null;
    // "said Mr Weitz, “…”": the name right after the verb; never after "told" / "asked", whose
    // next name is the listener or the outlet ("told Nick that", "told BBC News:").
    // Not when the verb has its subject before it: in "He said Bez was “stressed”" the name opens
    // the reported clause.
    const next = tokens[t + 1];
    if (next && next.start < q.open.start && !OBJECT_VERBS.has((tokens[t] as Token).normal) && !subjectBeforeVerb(ctx, t)) {
      const m = mentionIn(ctx, { start: next.start, end: q.open.start });
      // "called Marie Leroi's work “…”": a possessor after the verb is its object's, not its subject.
      if (m && m.start === next.start && !possessive(ctx, m)) return { span: { start: m.start, end: m.end }, entity: m.entity, via: 'verb' };
    }
    // "He apologised for his absence, joking: “…”": a participle after a comma is the sentence's
    // subject's; elsewhere ("someone was telling them to …") it names nobody.
    if (PARTICIPLE_VERBS.has((tokens[t] as Token).normal)) {
      if (tokens[t - 1]?.normal !== ',' && !statedBefore(tokens, t)) return null;
      // "Mrs. Reynolds replied, that he was, adding, “…”": else the speech verb before it.
      const earlier = t > 0 ? (lastVerbs(ctx)[t - 1] as number) : -1;
      return (
        subjectOf(ctx, t, q.start) ??
        sentenceSubject(ctx, sentence.firstToken, t) ??
        (earlier >= sentence.firstToken ? subjectOf(ctx, earlier, q.start) : clauseSubject(ctx, sentence.firstToken, t - 1))
      );
    }
    // "X said talks with the producers revealed there was “…”": a thing's verb inside what a
    // person said; the quote is the words of the speech verb's subject before it.
    const subject = subjectOf(ctx, t, q.start);
    const before = t > 0 ? (lastVerbs(ctx)[t - 1] as number) : -1;
    // A verb whose words were a quote before this one's clause reports nothing here.
    const earlier = before >= 0 && joinedClauseStart(ctx, (tokens[before] as Token).end, q.open.start) >= 0 ? -1 : before;
    // "Mr Kain said he had been told a fan “…”": the quote stands in what the earlier verb's
    // subject said, whoever the "he" of the reported clause is.
    // "Welch added that he would go on to explain how he “…”": an infinitive inside a clause a
    // person reports is theirs; not "the car will continue to say “…”", no report.
    if (!subject && earlier >= sentence.firstToken && tokens[t - 1]?.normal === 'to' && REPORTED_CLAUSE_OPENERS.has(tokens[earlier + 1]?.normal ?? '')) {
      const reporter = subjectOf(ctx, earlier, q.start);
      return reporter && reporter.entity !== null && (ctx.entities[reporter.entity] as EntityDraft).kind === 'person' ? reporter : null;
    }
    if (subject || earlier < sentence.firstToken || !(thingBefore(tokens, t) || pronounBefore(tokens, t))) return subject;
    return subjectOf(ctx, earlier, q.start);
  }
  // "“…”, said Mr Weitz." / "“…” Lee said." / "“…”--cried Elizabeth."
  let t = firstAtOrAfter(tokens, q.close.end);
  while (t < tokens.length && LEAD_PUNCTUATION.has((tokens[t] as Token).normal) && (tokens[t] as Token).normal !== ':' && t - firstAtOrAfter(tokens, q.close.end) < 3) t++;
  // "“…,” feebly reiterated Matthew": an adverb before the verb.
  if (isLyAdverb(tokens[t]) && isSpeechVerb(tokens[t + 1]?.normal ?? '')) t++;
  const tok = tokens[t];
  // What opens the next paragraph is a statement of its own ("”¶Tarantino said the scene …"),
  // unless it goes on with the quote's sentence in lower case ("”¶said the director").
  if (!tok || (/\n\s*\n/.test(ctx.input.view.slice(q.close.end, tok.start)) && !(isSpeechVerb(tok.normal) && tok.value[0] === tok.normal[0]))) return null;
  // "“…” was Marilla's dry response": a possessive name and a noun for what was said.
  if (tok.normal === 'was') {
    // A name the names stage did not list is still the speaker, by name ("was Marilla's comment").
    const found = mentionIn(ctx, { start: (tokens[t + 1] ?? tok).start, end: (tokens[t + 2] ?? tok).end });
    const name = found && found.start === tokens[t + 1]?.start ? found : properNounAt(ctx, t + 1);
    const after = name ? firstAtOrAfter(tokens, name.end) : -1;
    if (name && (tokens[after]?.normal === "'s" || tokens[after]?.normal === '’s') && !isOutletAt(ctx, name.start, name.end)) {
      let k = after + 1;
      while (k < tokens.length && k - after < 3 && tokens[k]?.pos === 'ADJ') k++;
      if (SPEECH_NOUNS.has(tokens[k]?.normal ?? '')) return { span: { start: name.start, end: name.end }, entity: found === name ? found.entity : null, via: 'verb' };
    }
    return null;
  }
  // "“…” Describing Mr Lee as …": a participle naming someone opens a sentence of its own.
  if ((isSpeechVerb(tok.normal) && !NAMING_PARTICIPLES.has(tok.normal)) || AFTER_QUOTE_VERBS.has(tok.normal)) {
    // The name after the verb, never inside the quote that goes on after it ("cried X, “Y …”").
    const next = ctx.quotes[firstAtOrAfter(ctx.quotes, q.end)];
    // ... nor in the next paragraph.
    const block = ctx.blocks[ctx.ann.sentences[tok.sentence]?.block ?? -1];
    // ... nor in the sentence after ("added Welch. Korn have …").
    let last = t;
    while (last < t + 6 && last + 1 < tokens.length && !SENTENCE_STOPS.has((tokens[last] as Token).normal)) last++;
    const windowEnd = Math.min((tokens[last] as Token).end, next ? next.start : Infinity, block ? block.end : Infinity);
    const m = mentionIn(ctx, { start: tok.end, end: windowEnd });
    // "said Mr Weitz", or with a role between: "said keyboard player Nick Rhodes".
    const gap = m ? ctx.input.view.slice(tok.end, m.start).trim() : '-';
    // Not when a role goes on after the name: "said Hendrix biographer Carl Moss" is Moss.
    const following = m ? tokens[firstAtOrAfter(tokens, m.end)] : undefined;
    const roleAfter = following !== undefined && following.pos === 'NOUN' && following.value[0] === following.normal[0] && isUpper(tokens[firstAtOrAfter(tokens, m?.end ?? 0) + 1]?.value[0] ?? '');
    if (m && !roleAfter && (gap === '' || (APPOSITIVE.test(gap) && !afterNounOf(ctx, m)))) return { span: { start: m.start, end: m.end }, entity: m.entity, via: 'verb' };
    // "said Oscar-winning star Kate Winslet", "said the festival's director, Craig Prater": the
    // name that ends the phrase after the verb.
    const phrase = describedPhrase(ctx, t + 1);
    const named = phrase && nameInPhrase(ctx, phrase);
    if (named) return named;
    // "said Detective Inspector Paul Miller of Thames Valley Police": the name past its ranks.
    const ranked = rankedName(ctx, t + 1);
    if (ranked) return { span: ranked.span, entity: null, via: 'verb' };
    // "said Gervais": a proper noun the names stage did not list is still the speaker, by name.
    const name = properNounAt(ctx, t + 1);
    // "added Burt Reynolds, Davis's co-star": the name before the appositive's comma.
    const whole = name !== null && (!phrase || name.end >= (tokens[phrase.end - 1] as Token).end || tokens[firstAtOrAfter(tokens, name.end)]?.normal === ',');
    const calendar = name !== null && CALENDAR.has(ctx.input.view.slice(name.start, name.end).toLowerCase());
    if (name && whole && !calendar && !isOutletAt(ctx, name.start, name.end)) return { span: name, entity: null, via: 'verb' };
    // "said Grant Dean, chair of …", "added Welch.": capitalised words up to the comma or the full
    // stop, however the tagger read them.
    const toComma = nameToComma(ctx, t + 1);
    if (toComma) return toComma;
    const described = nameAfterAdjectives(ctx, t + 1);
    if (described) return described;
    // "said the 74-year-old comedian": the person named last before the quote.
    return phrase ? describedPerson(ctx, phrase, q.open.start) : null;
  }
  const m = mentionIn(ctx, { start: tok.start, end: (tokens[t + 3] ?? tok).end });
  if (m && m.start === tok.start) {
    const after = firstAtOrAfter(tokens, m.end);
    const v = verbAfterSpeaker(tokens, after);
    if (isSpeechVerb(tokens[v]?.normal ?? '') || wantsToKnow(tokens, after)) {
      const named: SpeakerDraft = { span: { start: m.start, end: m.end }, entity: m.entity, via: 'verb' };
      return opensOwnStatement(ctx, q, v, named) ? null : named;
    }
    // "”, Joseph Dias, general secretary of the forum, said": the name, an appositive, the verb;
    // not after a quote that ends its sentence, nor before a colon that opens the next quote.
    if (tokens[after]?.normal === ',' && !closesSentence(ctx, q)) {
      for (let k = after + 1; k < tokens.length && k - after <= MAX_APPOSITIVE_AFTER; k++) {
        const w = tokens[k] as Token;
        if (w.sentence !== tok.sentence) break;
        if (w.normal !== ',') continue;
        const v = verbAfterSpeaker(tokens, k + 1);
        if (!isSpeechVerb(tokens[v]?.normal ?? '')) break;
        const next = tokens[v + 1];
        return next?.normal === ':' ? null : { span: { start: m.start, end: m.end }, entity: m.entity, via: 'verb' };
      }
    }
  }
  // "” Detective Sergeant Ann Roe of Avon Police said": the name past its ranks, then the verb.
  const ranked = rankedName(ctx, t);
  if (ranked && (isSpeechVerb(tokens[verbAfterSpeaker(tokens, ranked.after)]?.normal ?? '') || memberSpeaks(ctx, ranked.after))) {
    const named: SpeakerDraft = { span: ranked.span, entity: null, via: 'verb' };
    return opensOwnStatement(ctx, q, verbAfterSpeaker(tokens, ranked.after), named) ? null : named;
  }
  // "” MP Kefa Ssempgani told parliament": a proper noun, then the verb.
  const lead = ROLE_NOUNS.has(tok.normal) || tok.normal === 'mp' ? t + 1 : t;
  const name = properNounAt(ctx, lead);
  if (name && !isOutletAt(ctx, name.start, name.end)) {
    const v = verbAfterSpeaker(tokens, firstAtOrAfter(tokens, name.end));
    if (isSpeechVerb(tokens[v]?.normal ?? '')) {
      const named: SpeakerDraft = { span: name, entity: null, via: 'verb' };
      return opensOwnStatement(ctx, q, v, named) ? null : named;
    }
  }
  // "” William Hill spokesman Rupert Adams said", "” the 74-year-old comedian told Radio 1": a
  // phrase, then the verb.
  const phrase = closesSentence(ctx, q) ? null : describedPhrase(ctx, t);
  // "” the festival's organiser in Leeds, Ruth Okafor, told reporters": the appositive's closing comma.
  const appositive = phrase !== null && tokens[phrase.end]?.normal === ',' && tokens.slice(phrase.start, phrase.end).some((w) => w.normal === ',');
  let verbAt = phrase === null ? -1 : appositive ? phrase.end + 1 : phrase.end;
  // "the director wryly said": a manner adverb before the verb.
  if (verbAt >= 0 && isLyAdverb(tokens[verbAt])) verbAt++;
  if (phrase && isSpeechVerb(tokens[verbAt]?.normal ?? '')) {
    return nameInPhrase(ctx, phrase) ?? describedPerson(ctx, phrase, q.open.start);
  }
  if (SPEAKER_PRONOUNS.has(tok.normal) && isSpeechVerb(tokens[verbAfterSpeaker(tokens, t + 1)]?.normal ?? '')) {
    return pronounReferent(ctx, q.open.start, tok.normal, subjectOf);
  }
  return null;
}

/** Most words between a topic word and its quoted phrase ("about the very “…”"). */
const MAX_TOPIC_WORDS = 3;

/** Most tokens read back from a quote towards its speech verb for an aside still open. */
const MAX_ASIDE_TOKENS = 60;

/**
 * True when the speech verb at `v` is followed (past manner adverbs) by a word that makes what
 * follows its topic ("wrote about"), or when a bracket opened after it is still open at token
 * `last`, the one before the quote: the quote is then no part of the verb's words.
 */
function topicOrAside(tokens: readonly Token[], v: number, last: number): boolean {
  let k = v + 1;
  while (k <= last && isLyAdverb(tokens[k])) k++;
  // The quote heads the topic's own phrase ("about the “lazy critics”"); not after a comma, a
  // pronoun or another preposition ("says about her, “…”", "writes about it in a column “…”").
  if (k <= last && TOPIC_WORDS.has((tokens[k] as Token).normal) && last - k <= MAX_TOPIC_WORDS) {
    let j = k + 1;
    while (j <= last && TOPIC_PHRASE_POS.has((tokens[j] as Token).pos)) j++;
    if (j > last) return true;
  }
  // Back from the quote: a "(" before any unmatched ")" is an aside still open, unless the quote
  // opens it: a bracket that holds only the quote holds the speaker's own words ("said the shoot
  // was long (“the worst week of my life”)").
  let closed = 0;
  for (let j = last; j > v && last - j < MAX_ASIDE_TOKENS; j--) {
    const w = (tokens[j] as Token).normal;
    if (w === ')') closed++;
    else if (w === '(' && closed-- === 0) return j < last;
  }
  return false;
}

/**
 * "Consider how Rick spits venom at Ilsa, saying: …", "When Carson died, President Bush led the
 * tributes, saying …": the subject of the clause a participle after a comma (at token `comma`)
 * hangs on: the last name before the comma that a verb follows; names after that verb are its
 * objects. Null when none does.
 */
function clauseSubject(ctx: Context, first: number, comma: number): SpeakerDraft | null {
  const { tokens } = ctx.ann;
  // The clause: back from the comma to the comma or sentence start before it.
  let open = comma - 1;
  while (open > first && (tokens[open - 1] as Token).normal !== ',') open--;
  const start = (tokens[open] as Token).start;
  for (let i = firstAtOrAfter(ctx.mentions, (tokens[comma] as Token).start) - 1; i >= 0; i--) {
    const m = ctx.mentions[i] as Mention;
    if (m.start < start) break;
    if (m.quoted) continue;
    const verb = tokens[verbAfterSpeaker(tokens, firstAtOrAfter(tokens, m.end))];
    if (verb?.pos !== 'VERB' || verb.start >= (tokens[comma] as Token).start) continue;
    // A verb before the name in its clause makes it an object ("trying to prevent X performing"),
    // unless a word opening a clause stands between ("Consider how X spits").
    for (let k = firstAtOrAfter(tokens, m.start) - 1; k >= open; k--) {
      const w = tokens[k] as Token;
      if (CLAUSE_OPENERS.has(w.normal)) break;
      if (w.pos === 'VERB' || w.pos === 'AUX') return null;
    }
    return { span: { start: m.start, end: m.end }, entity: m.entity, via: 'verb' };
  }
  return null;
}

/**
 * True when the participle at token `t` follows, with no comma, a word telling the state of the
 * sentence's subject ("he had been reluctant saying", "she looked visibly moved adding"): an
 * adjective, or a participle after an "-ly" adverb ("visibly shaken"). The participle is then that subject's,
 * as after a comma; after a noun ("a page saying", "the villager saying") it names its noun.
 */
function statedBefore(tokens: readonly Token[], t: number): boolean {
  const w = tokens[t - 1];
  if (!w || w.sentence !== (tokens[t] as Token).sentence || w.value[0] !== w.normal[0]) return false;
  if (w.pos === 'ADJ') return true;
  return w.pos === 'VERB' && isLyAdverb(tokens[t - 2]);
}

/** Words opening a clause whose subject follows them. */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['how', 'as', 'when', 'while', 'after', 'before', 'because', 'since', 'that', 'where', 'and', 'but']);

/** True when a pronoun or a name stands right before the speech verb at `v` (past fillers): its subject. */
function subjectBeforeVerb(ctx: Context, v: number): boolean {
  const { tokens } = ctx.ann;
  let k = v - 1;
  while (k >= 0 && VERB_FILLERS.has((tokens[k] as Token).normal)) k--;
  const w = tokens[k];
  if (!w || w.sentence !== (tokens[v] as Token).sentence) return false;
  if (SUBJECT_PRONOUNS.has(w.normal)) return true;
  // "Jo Reyes, the show's co-producer, said Hale was “…”": an appositive closing right before the
  // verb sets its subject before it.
  if (w.normal === ',' && appositiveCloses(ctx, k)) return true;
  // "The lawsuit said Willis has endured “…”", "a spokesman said Mr Lee was": a noun for someone
  // or something that speaks before the verb is its subject; the name after the verb opens what
  // was reported. Not a noun of time or manner ("after a time exclaimed X").
  if (w.pos === 'NOUN' && w.value[0] === w.normal[0] && canSpeak(w.normal)) return true;
  const m = ctx.mentions[firstAtOrAfter(ctx.mentions, w.end) - 1];
  if (m !== undefined && m.end === w.end && !m.quoted) return true;
  // "Halvorsen Media said Brandle had …": a proper noun the names stage did not list (a firm, a
  // body) opening the sentence is the verb's subject just as well.
  return w.pos === 'PROPN' && isUpper(w.value[0]) && properNounAt(ctx, (ctx.ann.sentences[w.sentence] as { firstToken: number }).firstToken)?.end === w.end;
}

/** Longest appositive between a subject and the comma before its verb, in tokens. */
const MAX_APPOSITIVE_BEFORE_VERB = 10;

/**
 * True when the comma at token `comma` closes an appositive set after a name or a noun ("Jo
 * Reyes, the show's co-producer,", "Jo Reyes, 45,", "The producer, Jo Reyes,"): a description in
 * lower case or an age, or a name, between two commas of one sentence.
 */
function appositiveCloses(ctx: Context, comma: number): boolean {
  const { tokens } = ctx.ann;
  const close = tokens[comma] as Token;
  for (let j = comma - 1; j > 0 && comma - j <= MAX_APPOSITIVE_BEFORE_VERB; j--) {
    const w = tokens[j] as Token;
    if (w.sentence !== close.sentence) return false;
    if (w.normal !== ',') continue;
    const head = tokens[j - 1] as Token;
    const first = tokens[j + 1] as Token;
    if (j + 1 === comma || head.sentence !== close.sentence) return false;
    const inner = { start: first.start, end: (tokens[comma - 1] as Token).end };
    const named = mentionIn(ctx, inner);
    const described = first.value[0] === first.normal[0] && /^[\p{Ll}\d]/u.test(first.value);
    if (!described && !(named && named.start === inner.start && named.end === inner.end)) return false;
    const m = ctx.mentions[firstAtOrAfter(ctx.mentions, head.end) - 1];
    return (m !== undefined && m.end === head.end && !m.quoted) || head.pos === 'NOUN' || head.pos === 'PROPN';
  }
  return false;
}

/** Pronouns that are a verb's subject. */
const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'i', 'we', 'it', 'you']);

/** True when "he" / "she" stands before the speech verb at `t`, past auxiliaries ("he had been told"). */
function pronounBefore(tokens: readonly Token[], t: number): boolean {
  let k = t - 1;
  while (k >= 0 && t - k <= 3 && (VERB_FILLERS.has((tokens[k] as Token).normal) || (tokens[k] as Token).normal === 'been')) k--;
  const w = tokens[k];
  return w !== undefined && (w.normal === 'he' || w.normal === 'she');
}

/** True when the word right before the speech verb at `t` is a common noun ("the talks revealed"), no person. */
function thingBefore(tokens: readonly Token[], t: number): boolean {
  const w = tokens[t - 1];
  return w !== undefined && w.pos === 'NOUN' && w.value[0] === w.normal[0] && !ROLE_NOUNS.has(w.normal);
}

/** Longest stretch between the last attributed quote (or its speaker's name) and this quote, for a run glued to it. */
const MAX_GLUE = 80;

/**
 * "“We lost,” said Ann Lee. “The pitch was bad.” Tom Hale said that the league …": after a quote
 * that ends its sentence, a name (`named`) whose speech verb at token `v` goes on to report a
 * clause opens a statement of its own; when the quote is glued to the run of someone else's quotes
 * in this paragraph (only the rest of their attribution between), it goes on with that run, not
 * with this name (the sieves after this one read the run). Never across a paragraph break: there
 * the name keeps the quote.
 */
function opensOwnStatement(ctx: Context, q: MarkedQuoteDraft, v: number, named: SpeakerDraft): boolean {
  const { tokens } = ctx.ann;
  if (!closesSentence(ctx, q) || !REPORTED_CLAUSE_OPENERS.has(tokens[v + 1]?.normal ?? '')) return false;
  const last = ctx.lastSpeaker;
  if (!last || last.end > q.open.start || q.open.start - last.end > MAX_GLUE) return false;
  const block = blockAt(ctx, q.open.start);
  if (block !== last.block) return false;
  // Glued: no paragraph break, and after the attribution's own full stop nothing but the quote.
  const between = ctx.input.view.slice(last.end, q.open.start);
  const stop = between.search(/[.!?:]/);
  if (between.includes('\n') || (stop >= 0 && /\p{L}/u.test(between.slice(stop)))) return false;
  const { view } = ctx.input;
  return last.speaker.entity !== null && named.entity !== null
    ? last.speaker.entity !== named.entity
    : view.slice(last.speaker.span.start, last.speaker.span.end) !== view.slice(named.span.start, named.span.end);
}

/** Verbs that attribute a quote only right after it, inverted ("“…,” thought Marilla"); elsewhere a noun or no speech. */
const AFTER_QUOTE_VERBS: ReadonlySet<string> = new Set(['thought']);

/** "“…?” Marilla wanted to know": a question's asker. */
function wantsToKnow(tokens: readonly Token[], t: number): boolean {
  return (tokens[t]?.normal === 'wanted' || tokens[t]?.normal === 'wants') && tokens[t + 1]?.normal === 'to' && tokens[t + 2]?.normal === 'know';
}

/** Most words of a name read up to its comma. */
const MAX_NAME_WORDS = 3;

/**
 * "said Grant Dean, chair of the interactive committee.", "added Welch.": one to three
 * capitalised words right after a speech verb that follows a quote, closed by the sentence's full
 * stop or by a comma before a lower-case description or an age; the speaker by name, whatever
 * the tagger read the words as. Never an outlet, a day or a month.
 */
function nameToComma(ctx: Context, from: number): SpeakerDraft | null {
  const { tokens } = ctx.ann;
  const first = tokens[from];
  if (!first || NOT_NAME_OPENERS.has(first.normal)) return null;
  let k = from;
  while (k < tokens.length && k - from < MAX_NAME_WORDS) {
    const w = tokens[k] as Token;
    if (w.sentence !== first.sentence || !isUpper(w.value[0]) || (k > from && CALENDAR.has(w.normal)) || !/^\p{L}[\p{L}'’-]*$/u.test(w.value) || (k > from && w.start !== (tokens[k - 1] as Token).end + 1)) break;
    k++;
  }
  if (k === from || (k === from + 1 && CALENDAR.has(first.normal))) return null;
  const close = tokens[k];
  const after = tokens[k + 1];
  const closed =
    !close || close.sentence !== first.sentence || SENTENCE_STOPS.has(close.normal) ||
    (close.normal === ',' && after !== undefined && after.sentence === first.sentence && (!isUpper(after.value[0]) || /^\d/.test(after.value)) && /^[\p{L}\d]/u.test(after.value));
  if (!closed) return null;
  const span = { start: first.start, end: (tokens[k - 1] as Token).end };
  if (isOutletAt(ctx, span.start, span.end)) return null;
  const m = mentionIn(ctx, span);
  return m && m.start === span.start && m.end === span.end ? { span, entity: m.entity, via: 'verb' } : { span, entity: null, via: 'verb' };
}

/** Most adjectives before a name ("said the unsympathetic Marilla"). */
const MAX_ADJECTIVES = 2;

/**
 * "said the unsympathetic Marilla", "said astonished Marilla": adjectives, then a proper noun the
 * names stage did not list, closing the clause; the speaker by name.
 */
function nameAfterAdjectives(ctx: Context, from: number): SpeakerDraft | null {
  const { tokens } = ctx.ann;
  let k = tokens[from]?.normal === 'the' ? from + 1 : from;
  const first = k;
  while (k - first < MAX_ADJECTIVES && tokens[k]?.pos === 'ADJ') k++;
  if (k === first) return null;
  const name = properNounAt(ctx, k);
  if (!name || isOutletAt(ctx, name.start, name.end)) return null;
  const next = tokens[firstAtOrAfter(tokens, name.end)];
  return !next || next.pos === 'PUNCT' ? { span: name, entity: null, via: 'verb' } : null;
}

/** Speech verbs whose next word is the listener, not the speaker ("told Nick", "asked BBC News"). */
const OBJECT_VERBS: ReadonlySet<string> = new Set([
  'tell', 'tells', 'told', 'ask', 'asks', 'asked', 'reminded', 'reminds', 'assured', 'assures', 'warn', 'warns', 'warned',
  'urged', 'begged', 'begs', 'scolded', ...EVALUATIVE_VERBS, ...NAMING_PARTICIPLES,
]);


/** Marks that end a sentence right before a quote's opening mark. */
const STOPS_BEFORE_QUOTE: ReadonlySet<string> = new Set(['.', '!', '?']);

/** True when the text before offset `at`, spaces aside, ends with a sentence's stop. */
function afterStop(view: string, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && (view[k] === ' ' || view[k] === '\t')) k--;
  return STOPS_BEFORE_QUOTE.has(view[k] as string);
}
