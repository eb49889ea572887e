/**
 * Sieve: a quote going on from the one before. A later quote in the same sentence as an attributed
 * one, right after it with only the attribution between ("“A,” returned Marilla. “B”"), or with
 * nothing but spaces and punctuation between in one paragraph, shares its speaker (`context`).
 */
import { PERSON_NOUNS, SENTENCE_STOPS } from '../../../data/speaker-words';
import { NAMING_VERBS, SPEAKER_PRONOUNS } from '../../../data/speech-verbs';
import { isLetter, isSpace, isUpper } from '../../../text/chars';
import { firstAtOrAfter } from '../../../text/search';
import { joinedClauseStart } from '../joined-clause';
import type { MarkedQuoteDraft, SpeakerDraft, Token } from '../../stage-types';
import { isSpeechVerb } from '../context';
import { genderOf } from '../gender';
import { PRONOUN_GENDER } from '../subject-shapes';
import type { Context, Mention, QuoteAt } from '../types';

/** The speaker of the speech quote before, when this one goes on from it. */
export function byContinuation(ctx: Context, { quote, sentence, block, previous }: QuoteAt<MarkedQuoteDraft>): SpeakerDraft | null {
  const { speaker, quote: before } = previous;
  if (!speaker || !before || otherPronounAfter(ctx, quote, speaker)) return null;
  // "Marek said: “…” but Vance was not convinced. “…”": a clause of another's joined after the
  // quote before stands between; whose words follow is not plain.
  if (joinedClauseStart(ctx, before.start, quote.open.start) >= 0) return null;
  const goesOn =
    previous.sentence === sentence ||
    reopened(ctx, before, quote) ||
    (previous.block === block &&
      (onlyAttribution(ctx, before, quote) || nothingBetween(ctx, before, quote) || namedAttribution(ctx, before, quote, speaker) || reportGoesOn(ctx, before, quote, speaker)));
  if (goesOn || (!ctx.dialogueHeavy && previous.block === block - 1 && nextParagraph(ctx, before, quote, speaker))) return { ...speaker, via: 'context' };
  return null;
}

/**
 * True when the quote is attributed right after its close to a "he" or "she" whose gender is not
 * the speaker before's, as the text shows it (`“A,” she said. “B,” he said.`), or to a "they" (a
 * group, `“B,” they said.`): someone else speaks, even when nobody can say who.
 */
function otherPronounAfter(ctx: Context, quote: MarkedQuoteDraft, speaker: SpeakerDraft): boolean {
  const pronoun = attributingPronoun(ctx, quote);
  if (pronoun === 'they') return true;
  const want = pronoun === null ? null : (PRONOUN_GENDER[pronoun] ?? null);
  const gender = want === null ? null : genderOf(ctx, speaker);
  return gender !== null && gender !== want;
}

/** The pronoun that attributes the quote right after its close, before a speech verb (`“…,” they said`), or null. */
export function attributingPronoun(ctx: Context, quote: MarkedQuoteDraft): string | null {
  const { tokens } = ctx.ann;
  let t = firstAtOrAfter(tokens, quote.close.end);
  if (tokens[t]?.normal === ',') t++;
  const pronoun = tokens[t];
  const verb = tokens[t + 1];
  return pronoun && verb && pronoun.pos === 'PRON' && isSpeechVerb(verb.normal) ? pronoun.normal : null;
}

/**
 * True when the quote before was never closed and this one's mark reopens it, with only white
 * space between (`He said: “A.` ¶ `“B.”`, `“A. “B.”`): one person's words, cut into parts.
 */
export function reopened(ctx: Context, before: MarkedQuoteDraft, quote: MarkedQuoteDraft): boolean {
  return before.close.start === before.close.end && !/\S/.test(ctx.input.view.slice(before.close.end, quote.open.start));
}

/**
 * In reports, a paragraph that opens with a quote and attributes it to nobody, right after a
 * paragraph that closes with an attributed quote (`“…,” she said.` ¶ `“…”`), with a run of
 * one person's quoted statements (`He said: “A.” “B.”` ¶ `“C.”`), or with a sentence that reports
 * what its subject said and quotes part of it (`X said he was “glad to be home” after the tour.` ¶
 * `“…”`): the speaker goes on.
 */
function nextParagraph(ctx: Context, before: MarkedQuoteDraft, quote: MarkedQuoteDraft, speaker: SpeakerDraft): boolean {
  const { view } = ctx.input;
  const between = view.slice(before.close.end, quote.open.start);
  const br = between.indexOf('\n');
  if (br < 0 || /\S/.test(between.slice(br))) return false;
  if (closesReport(ctx, before, speaker, before.close.end + br)) return silentTail(ctx, quote);
  if (br > MAX_ATTRIBUTION) return false;
  // The quote before is followed by its attribution ("…,” she said.), as reports write it when the
  // same person goes on; a single quote that closes its paragraph leaves the next one open, a run
  // of them is a statement the next paragraph carries on.
  if (!/\p{L}/u.test(between.slice(0, br)) && !closesRun(ctx, before, quote)) return false;
  if ((between.slice(0, br).match(/[.!?](?=\s|$)/g)?.length ?? 0) > 1) return false;
  return silentTail(ctx, quote);
}

/**
 * True when the quote before closes its paragraph as the last of a run of one person's quoted
 * statements, glued to the quote before it (`He said: “A.” “B.”`, or `“A. “B.”`), ending in a full
 * stop, a question or an exclamation inside its closing mark, and the next quote opens a statement
 * of its own with a capital (`“If I did …`). A fragment (`called it “a mess”`) or a lone quote says
 * nothing about who speaks next.
 */
function closesRun(ctx: Context, before: MarkedQuoteDraft, quote: MarkedQuoteDraft): boolean {
  const { view } = ctx.input;
  if (before.close.start === before.close.end) return false;
  const prior = ctx.quotes[firstAtOrAfter(ctx.quotes, before.start) - 1];
  if (!prior || prior.kind === 'dialogue' || !(nothingBetween(ctx, prior, before) || reopened(ctx, prior, before)) || view.slice(prior.close.end, before.open.start).includes('\n')) return false;
  let i = before.close.start - 1;
  while (i > before.open.end && isSpace(view[i])) i--;
  if (!SENTENCE_STOPS.has(view[i] as string)) return false;
  let k = quote.open.end;
  while (k < quote.close.start && isSpace(view[k])) k++;
  return isUpper(view[k]);
}

/**
 * True when the quote before stands in the last sentence of its paragraph (which ends at `end`),
 * after that sentence's speaker and a speech verb of theirs, inside the clause the verb reports
 * (`X said he was “…” with …`, `X told the paper the band were tired of “…”.`): the sentence
 * reports that person's words, and a quote opening the next paragraph with no attribution of its
 * own goes on with them. A verb naming or judging a thing (`X called it “…”`) reports no statement.
 */
function closesReport(ctx: Context, before: MarkedQuoteDraft, speaker: SpeakerDraft, end: number): boolean {
  const { tokens, sentences } = ctx.ann;
  const at = firstAtOrAfter(tokens, before.open.start);
  const last = firstAtOrAfter(tokens, end) - 1;
  const s = tokens[at]?.sentence;
  if (s === undefined || last < at || (tokens[last] as Token).sentence !== s) return false;
  const sentence = sentences[s];
  if (!sentence || speaker.span.start < sentence.start || speaker.span.end > before.open.start) return false;
  // The words in marks are part of a reported clause (`he was “…”`), not a statement the verb
  // leads into (`X said: “…”`, `X said that “…”`), after which the next paragraph is open.
  const lead = tokens[at - 1];
  if (!lead || lead.sentence !== s || isSpeechVerb(lead.normal) || lead.normal === 'that' || !/\p{L}/u.test(lead.value)) return false;
  // "X called the reviews “…”" names a thing: a label, no statement that goes on.
  let verb = false;
  for (let t = firstAtOrAfter(tokens, speaker.span.end); t < at; t++) {
    const w = (tokens[t] as Token).normal;
    if (NAMING_VERBS.has(w)) return false;
    verb ||= isSpeechVerb(w);
  }
  return verb;
}

/** True when nothing after the quote in its sentence names a speaker or speaks. */
export function silentTail(ctx: Context, quote: MarkedQuoteDraft): boolean {
  const { tokens } = ctx.ann;
  const from = firstAtOrAfter(tokens, quote.close.end);
  const sentence = tokens[from - 1]?.sentence;
  for (let t = from; t < tokens.length && (tokens[t] as Token).sentence === sentence && t - from < MAX_TAIL_TOKENS; t++) {
    const k = tokens[t] as Token;
    if (isSpeechVerb(k.normal) || SPEAKER_PRONOUNS.has(k.normal) || (k.pos === 'PROPN' && isUpper(k.value[0]))) return false;
  }
  return true;
}

/**
 * In reports, a quote opening a sentence of the paragraph where the quote before was attributed
 * (`X said it was “heartening” to see it. “…”`), with nobody else named, no speech verb and no
 * he / she between them, and no attribution of its own after it: the same person goes on.
 */
function reportGoesOn(ctx: Context, before: MarkedQuoteDraft, q: MarkedQuoteDraft, speaker: SpeakerDraft): boolean {
  if (ctx.dialogueHeavy || q.open.start - before.close.end > MAX_REPORT_ATTRIBUTION) return false;
  const { view } = ctx.input;
  let i = q.open.start - 1;
  while (i > before.close.end && isSpace(view[i])) i--;
  if (!SENTENCE_STOPS.has(view[i] as string)) return false;
  for (let k = firstAtOrAfter(ctx.mentions, before.close.end); k < ctx.mentions.length; k++) {
    const m = ctx.mentions[k] as Mention;
    if (m.start >= q.open.start) break;
    if (!m.quoted && m.entity !== speaker.entity) return false;
  }
  const { tokens } = ctx.ann;
  for (let t = firstAtOrAfter(tokens, before.close.end); t < tokens.length && (tokens[t] as Token).start < q.open.start; t++) {
    const k = tokens[t] as Token;
    if (isSpeechVerb(k.normal) || SPEAKER_PRONOUNS.has(k.normal) || k.normal === 'i') return false;
  }
  return silentTail(ctx, q);
}

/** Tokens read after a quote for an attribution of its own. */
const MAX_TAIL_TOKENS = 12;

/** Longest stretch between two quotes that can be only an attribution ("returned Marilla."). */
const MAX_ATTRIBUTION = 80;

/** True when the text between two quotes is a short attribution and no second sentence. */
function onlyAttribution(ctx: Context, before: MarkedQuoteDraft, q: MarkedQuoteDraft): boolean {
  const between = ctx.input.view.slice(before.close.end, q.open.start);
  if (between.length > MAX_ATTRIBUTION) return false;
  const ends = between.match(/[.!?](?=\s|$)/g)?.length ?? 0;
  // "returned Marilla. “B”": after the attribution's full stop, nothing but the next quote.
  const stop = between.search(/[.!?](?=\s|$)/);
  if (stop >= 0 && /\p{L}/u.test(between.slice(stop))) return false;
  return ends <= 1 && /\p{L}/u.test(between) === true && speechVerbBetween(ctx, before.close.end, q.open.start) && namesSpeaker(ctx, before.close.end, q.open.start);
}

/** Longest attribution with a description of its speaker, in reports ("said X, chief executive of …."). */
const MAX_REPORT_ATTRIBUTION = 240;

/**
 * In reports, an attribution that names the speaker of the quote before, however long the
 * description after the name, then a full stop and the next quote (`“A,” said X, chief executive
 * of Y. “B”`): the same person goes on.
 */
function namedAttribution(ctx: Context, before: MarkedQuoteDraft, q: MarkedQuoteDraft, speaker: SpeakerDraft): boolean {
  if (ctx.dialogueHeavy || speaker.span.start < before.close.end || speaker.span.end > q.open.start) return false;
  if (q.open.start - before.close.end > MAX_REPORT_ATTRIBUTION) return false;
  const between = withoutNameBangs(ctx.input.view.slice(before.close.end, q.open.start));
  if ((between.match(/[.!?](?=\s|$)/g)?.length ?? 0) !== 1) return false;
  const stop = between.search(/[.!?](?=\s|$)/);
  return !/\p{L}/u.test(between.slice(stop)) && speechVerbBetween(ctx, before.close.end, q.open.start);
}

/**
 * The text with the "!" of names taken out ("POW! Entertainment", "Kerrang! magazine": right after
 * a capitalised word, with words after it), so that they do not count as sentence ends.
 */
function withoutNameBangs(text: string): string {
  let out = '';
  let wordStart = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (ch === '!' && wordStart >= 0 && isUpper(text[wordStart]) && isSpace(text[i + 1]) && /[\p{L}\p{N}]/u.test(text[i + 2] ?? '')) continue;
    if (isLetter(ch)) {
      if (wordStart < 0) wordStart = i;
    } else wordStart = -1;
    out += ch;
  }
  return out;
}

/**
 * True when a name, a proper noun, "I", "he" / "she" or a noun for a person ("the director")
 * stands between two offsets: an attribution names its speaker ("returned Marilla"); "later being
 * described as" does not.
 */
function namesSpeaker(ctx: Context, start: number, end: number): boolean {
  const m = ctx.mentions[firstAtOrAfter(ctx.mentions, start)];
  if (m && m.end <= end) return true;
  const { tokens } = ctx.ann;
  for (let t = firstAtOrAfter(tokens, start); t < tokens.length && (tokens[t] as Token).start < end; t++) {
    const k = tokens[t] as Token;
    if (SPEAKER_PRONOUNS.has(k.normal) || k.normal === 'i' || (k.pos === 'PROPN' && isUpper(k.value[0])) || PERSON_NOUNS.has(k.normal)) return true;
  }
  return false;
}

/**
 * True when only white space and punctuation stand between two quotes of one paragraph
 * (`He said: "A." "B."`): the second goes on with the first's words; a name or a verb between
 * would make it someone else's.
 */
function nothingBetween(ctx: Context, before: MarkedQuoteDraft, q: MarkedQuoteDraft): boolean {
  const between = ctx.input.view.slice(before.close.end, q.open.start);
  return between.length <= MAX_ATTRIBUTION && !/[\p{L}\p{N}]/u.test(between);
}

/** True when a speech verb stands between two offsets. */
function speechVerbBetween(ctx: Context, start: number, end: number): boolean {
  const { tokens } = ctx.ann;
  for (let t = firstAtOrAfter(tokens, start); t < tokens.length && (tokens[t] as Token).start < end; t++) {
    if (isSpeechVerb((tokens[t] as Token).normal)) return true;
  }
  return false;
}
