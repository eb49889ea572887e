/**
 * Stage 6: attribute speakers, by an ordered list of sieves ({@link SIEVES}): for each quote the
 * first sieve that answers gives its speaker; when none answers, the speaker stays null (a wrong
 * speaker is worse than none). Quotes are read in text order, so a sieve may use what the earlier
 * quotes were given (the last speaker, the quote before).
 */
import { firstAtOrAfter } from '../../text/search';
import type { QuoteKind } from '../../types';
import type { Annotation, Block, EntityDraft, MarkedQuoteDraft, NormalizedText, QuoteDraft, SpeakerDraft } from '../stage-types';
import { addressedIn } from './addressed';
import { makeContext, speakerAt } from './context';
import { genderOf } from './gender';
import { saidByGroup } from './group-said';
import { linkSpeaker } from './link';
import { backfillSandwiched } from './sandwiched';
import { unsaid } from './unsaid';
import { saidByWriter } from './writer-said';
import { wholeName } from './phrases';
import { byAgent } from './sieves/agent';
import { byAppositive } from './sieves/appositive';
import { byClosingSource } from './sieves/closing-source';
import { byColon } from './sieves/colon';
import { byContinuation, reopened } from './sieves/continuation';
import { byCoordinatedVerb } from './sieves/coordinated';
import { byDash } from './sieves/dash';
import { byGivenRole } from './sieves/given-role';
import { byHowPut } from './sieves/how-put';
import { byInterview } from './sieves/interview';
import { byLeadIn } from './sieves/lead-in';
import { byPriorPronoun } from './sieves/prior-pronoun';
import { byPriorSentence } from './sieves/prior-sentence';
import { byPossessor } from './sieves/possessor';
import { byProfile } from './sieves/profile';
import { byVerb } from './sieves/verb';
import { byView } from './sieves/view';
import type { Context, QuoteAt } from './types';

/** One sieve: the quote kinds it reads, and the speaker it finds for one quote, or null. */
export interface Sieve {
  name: string;
  kinds: readonly QuoteKind[];
  find: (ctx: Context, at: QuoteAt) => SpeakerDraft | null;
}

/** The speaker of a script line (`Name : words`), as the segmenter found it. */
const script: Sieve = {
  name: 'script',
  kinds: ['dialogue'],
  find: (ctx, { quote }) => (quote.kind === 'dialogue' ? speakerAt(ctx, quote.scriptSpeaker, 'script') : null),
};

/** True for a quote between marks (every kind but a script line's). */
const isMarked = (at: QuoteAt): at is QuoteAt<MarkedQuoteDraft> => at.quote.kind !== 'dialogue';

/** A sieve of speech quotes: the quote it is given has its marks. */
function speech(name: string, find: (ctx: Context, at: QuoteAt<MarkedQuoteDraft>) => SpeakerDraft | null): Sieve {
  return { name, kinds: ['speech'], find: (ctx, at) => (isMarked(at) ? find(ctx, at) : null) };
}

/** The sieves, in the order they are asked; the first that answers wins. */
export const SIEVES: readonly Sieve[] = [
  script,
  // `“…” – Wu-Jin`, `“…” – Assembly Woman (Park Eun-Hee)`
  speech('dash', (ctx, { quote }) => byDash(ctx, quote)),
  // `“…,” was the reply from X`, `“…”, as told by X`: the agent after the quote, no verb of theirs
  speech('agent', (ctx, { quote }) => byAgent(ctx, quote)),
  // `“…” That was how X put it.`, `“…,” is how X describes it`: the words taken back as X's
  speech('how-put', (ctx, { quote }) => byHowPut(ctx, quote)),
  // `said X`, `X said`, `said Titanic actress X`, `the director elaborated`, `she said`
  speech('verb', (ctx, { quote }) => byVerb(ctx, quote)),
  // `“…,” the singer's son Arlo, 57, said`: a name, an appositive between commas, the verb
  speech('appositive', (ctx, { quote }) => byAppositive(ctx, quote)),
  // in reports, `X had “no other choice” but to go, lead singer Y has said.`: the source closing the sentence
  speech('closing-source', (ctx, { quote }) => byClosingSource(ctx, quote)),
  // `Darcy smiled and said, “…”`: the sentence's opening name, subject of both verbs
  speech('coordinated', (ctx, { quote }) => byCoordinatedVerb(ctx, quote)),
  // a paragraph-opening quote after one ending "Matthew said:"
  speech('lead-in', (ctx, { quote }) => byLeadIn(ctx, quote)),
  // in reports, `X echoed those sentiments: “…”`, `“…”, according to editor X`
  speech('colon', (ctx, { quote }) => byColon(ctx, quote)),
  // in reports, `X thinks the sequel is “a step too far”`: a phrase inside a named person's view
  speech('view', (ctx, { quote }) => byView(ctx, quote)),
  // `Arnold's “I'll be back”`: a line given to its possessor
  speech('possessor', (ctx, { quote }) => byPossessor(ctx, quote)),
  // an interview: `Why did you record it at home?` ¶ `“…”`, the one person the intro names
  speech('interview', (ctx, { quote, block }) => byInterview(ctx, quote, block)),
  // `“…,” his son said` after `Nogar's son Stephen`: the one person the text gave that role
  speech('given-role', (ctx, { quote }) => byGivenRole(ctx, quote)),
  // `“A,” returned Marilla. “B”`: the quote before's speaker
  speech('continuation', byContinuation),
  // `X remembered the night. “…”` in reports
  speech('prior-sentence', (ctx, { quote, previous }) => byPriorSentence(ctx, quote, previous.quote, previous.speaker)),
  // `She remembered the night. “…”`: the person the pronoun means
  speech('prior-pronoun', (ctx, { quote, previous }) => byPriorPronoun(ctx, quote, previous.quote)),
  // a profile quoting one person: `He gave up on technique. “…”`, that person
  speech('profile', (ctx, { quote, previous }) => byProfile(ctx, quote, previous.quote)),
];

/** Stage 6: one speaker (or null) per quote, in the quotes' order. */
export function attributeSpeakers(
  input: NormalizedText,
  ann: Annotation,
  blocks: readonly Block[],
  entities: readonly EntityDraft[],
  quotes: readonly QuoteDraft[],
  sieves: readonly Sieve[] = SIEVES,
): (SpeakerDraft | null)[] {
  // No quote, no speaker: the context (every mention, sorted) is not built for nothing.
  if (quotes.length === 0) return [];
  const ctx = makeContext(input, ann, blocks, entities, quotes);
  const speakers: (SpeakerDraft | null)[] = [];
  const previous: QuoteAt['previous'] = { quote: null, sentence: -1, block: -1, speaker: null };
  const forms: Parameters<typeof linkSpeaker>[2] = { index: null };
  const deniedAt: boolean[] = [];
  for (const quote of quotes) {
    let sentence = -1;
    let block = -1;
    if (quote.kind === 'speech') {
      sentence = ann.tokens[firstAtOrAfter(ann.tokens, quote.open.start)]?.sentence ?? -1;
      block = ann.sentences[sentence]?.block ?? -1;
    }
    const at: QuoteAt = { quote, sentence, block, previous };
    let speaker: SpeakerDraft | null = null;
    ctx.pronounMet = null;
    // "Never did Ruth say “sorry”": the text names who did not speak, so no sieve is asked.
    // "I say “…”": the writer's own words, nobody's the text names.
    const denied = quote.kind === 'speech' && (unsaid(ctx, quote) || saidByWriter(ann.tokens, quote));
    deniedAt.push(denied);
    for (const sieve of denied ? [] : sieves) {
      if (!sieve.kinds.includes(quote.kind)) continue;
      speaker = sieve.find(ctx, at);
      if (speaker) break;
    }
    // "“Good night, Anne,” she said": a speaker found by a pronoun or the quotes around is not the one the words call to.
    if (speaker && (speaker.via === 'pronoun' || speaker.via === 'context') && speaker.entity !== null && addressedIn(ctx, quote, speaker.entity)) speaker = null;
    // "“Where's the fun?” they asked themselves": the group's words, not the one person around.
    if (speaker && (speaker.via === 'pronoun' || speaker.via === 'context') && saidByGroup(ctx, quote)) speaker = null;
    if (speaker) notePronounGender(ctx, speaker);
    // A name the names stage cut short ("Cent" for "50 Cent") is given whole.
    if (speaker) speaker = linkSpeaker(ctx, wholeName(ctx, speaker), forms);
    // The speech quotes are the thread the context sieves follow ("he added", the quote before).
    if (quote.kind === 'speech') {
      Object.assign(previous, { quote, sentence, block, speaker });
      if (speaker) {
        ctx.lastSpeaker = { speaker, block, end: Math.max(quote.end, speaker.span.end) };
        noteVoice(ctx.voice, speaker);
      }
    }
    speakers.push(speaker);
  }
  backfillReopened(ctx, quotes, speakers);
  // Given after the sieves: the quote after's speaker is known only then.
  backfillSandwiched(ctx, quotes, speakers, deniedAt);
  return speakers;
}

/**
 * A speaker found by "he" / "she" whose gender the text showed nowhere else ("Quinn Adler
 * arrived. “…,” she said") has that pronoun's gender from then on: the text's own word for them
 * outweighs a given name borne by both sexes, and a later "he" is someone else.
 */
function notePronounGender(ctx: Context, speaker: SpeakerDraft): void {
  const met = ctx.pronounMet;
  if (speaker.via !== 'pronoun' || met === null || speaker.entity !== met.entity) return;
  if (genderOf(ctx, speaker) === null) ctx.genders.set(met.entity, met.gender);
}

/** Counts one more quote given `speaker` in {@link Context.voice}. */
function noteVoice(voice: Context['voice'], speaker: SpeakerDraft): void {
  if (speaker.entity === null || (voice.speaker !== null && voice.speaker.entity !== speaker.entity)) voice.mixed = true;
  voice.speaker ??= speaker;
  voice.count++;
}

/**
 * After the sieves, read back to front: a quote never closed whose next quote reopens it (`“A.` ¶
 * `“B,” said X.`) is the same person's words, attributed only at the end; it takes that speaker.
 */
function backfillReopened(ctx: Context, quotes: readonly QuoteDraft[], speakers: (SpeakerDraft | null)[]): void {
  for (let i = quotes.length - 2; i >= 0; i--) {
    const q = quotes[i] as QuoteDraft;
    const next = quotes[i + 1] as QuoteDraft;
    const speaker = speakers[i + 1];
    if (speakers[i] || !speaker || q.kind !== 'speech' || next.kind !== 'speech' || !reopened(ctx, q, next)) continue;
    speakers[i] = { ...speaker, via: 'context' };
  }
}
